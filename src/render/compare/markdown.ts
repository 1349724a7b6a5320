// The cross-organisation comparison as Markdown (for a report or a pull request): the provision matrix as a table
// with a word in every cell, so colour is never needed to read it (a cell held by part of a clause names it: "zin
// 3"), each clause cited as the pages cite it with the ID `confirm` takes beside it, the parts with an excerpt, and
// what each document lacks (that list's wording from templates/labels/<lang>.yaml). Policy text is escaped.
import { missingProvisions } from '../../compare/provisions/missing.js';
import type { Alignment } from '../../compare/read/types.js';
import {
  CELL_KINDS,
  CELL_SIGNS,
  type CellKind,
  cellEvidence,
  cellKind,
  cellWords,
  emptyCellWords,
} from '../shared/compare/cell-kind.js';
import { lawNote, requirementGroups, TOPIC_SIGNS, topicRows, topicsNote } from '../shared/compare/topics.js';
import { fillLabel, type Labels } from '../../wording/labels.js';
import { confirmationLines, confirmCommand, evidenceText } from '../shared/compare/confirmations.js';
import { leftOutSection } from '../shared/compare/left-out.js';
import { excerpt, partLabel, partMembers, rowSummary, tableMembers } from '../shared/compare/parts.js';
import { formatDecimal } from '../../text/output-language.js';
import { type ClauseNamer, clauseNamer } from '../shared/compare/clause-name.js';

/**
 * A cell's sign and word, in the comparison's language: the reference and a one-organisation row are never
 * "identical" (cell-kind.ts).
 */
function cellWord(kind: CellKind, labels: Labels): string {
  return `${CELL_SIGNS[kind]} ${cellWords(labels)[kind]}`;
}

const escapeCell = (text: string): string =>
  text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`).replace(/\s+/g, ' ');

/**
 * How the Markdown names a clause: as a reader cites it, with the ID `confirm` takes beside it ("Artikel 2, onder f
 * (aanpak.incident)"); `ref` for the matrix's cells and lists, the ID as code ("Artikel 2, onder f `aanpak.incident`").
 */
interface MarkdownNames {
  name: ClauseNamer;
  ref(key: string, id: string): string;
}

function markdownNames(alignment: Alignment, labels: Labels): MarkdownNames {
  const cite = clauseNamer(alignment, labels, (cited) => cited);
  return {
    name: clauseNamer(alignment, labels, (cited, id) => `${cited} (${id})`),
    ref: (key, id) => {
      const cited = cite(key, id);
      return cited === id ? `\`${id}\`` : `${escapeCell(cited)} \`${id}\``;
    },
  };
}

/** "Missing at …" as Markdown: a heading per document, a list of provisions with their matrix number. */
function missingMarkdown(alignment: Alignment, labels: Labels, name: ClauseNamer): string[] {
  const missing = alignment.missing ?? missingProvisions(alignment);
  const others = alignment.documents.length - 1;
  const out = ['', `### ${escapeCell(labels.compareMissing)}`, '', escapeCell(labels.compareMissingNote)];
  const cellWords = (index: number, key: string): string => {
    const provision = alignment.provisions[index];
    return provision ? emptyCellWords(provision, key, labels, name) : labels.compareAbsent;
  };
  for (const document of alignment.documents) {
    const list = missing[document.key] ?? [];
    out.push(
      '',
      `#### ${escapeCell(fillLabel(labels.compareMissingAt, { name: document.name, count: list.length }))}`,
      '',
    );
    if (list.length === 0) out.push(escapeCell(labels.compareMissingNone));
    for (const item of list)
      out.push(
        `- ${item.provision + 1}. ${escapeCell(item.label)} (${escapeCell(fillLabel(labels.compareMissingHeld, { held: item.at.length, others }))}): ${escapeCell(cellWords(item.provision, document.key))}`,
      );
  }
  return out;
}

/** The similarity table: each policy against each. */
function similarityMarkdown(alignment: Alignment, keys: string[], names: string[], lang: string): string[] {
  const out = [`| | ${names.join(' | ')} |`, `| --- | ${keys.map(() => '---').join(' | ')} |`];
  keys.forEach((row, index) =>
    out.push(
      `| ${names[index]} | ${keys.map((column) => formatDecimal(alignment.similarity[row]?.[column] ?? 0, lang)).join(' | ')} |`,
    ),
  );
  return out;
}

/** The topics of the kind of policy and who covers each; nothing when the kind has no topic list. */
function topicsMarkdown(
  alignment: Alignment,
  labels: Labels,
  keys: string[],
  names: string[],
  name: ClauseNamer,
): string[] {
  const topics = topicRows(alignment, labels, name);
  if (topics.length === 0) return [];
  const out = [
    '',
    `### ${escapeCell(labels.compareTopics)}`,
    '',
    escapeCell(topicsNote(alignment, labels)),
    '',
    `| ${escapeCell(labels.compareTopic)} | ${names.join(' | ')} | ${escapeCell(labels.compareTopicProvisions)} |`,
    `| --- | ${keys.map(() => '---').join(' | ')} | --- |`,
  ];
  for (const topic of topics) {
    const cells = topic.cells.map((cell) => `${TOPIC_SIGNS[cell.state]} ${escapeCell(cell.text)}`);
    out.push(`| ${escapeCell(topic.name)} | ${cells.join(' | ')} | ${topic.provisions.join(', ')} |`);
  }
  return out;
}

/** What the law asks of the kind of policy: per organisation a table of the required topics and what was found. */
function lawMarkdown(alignment: Alignment, labels: Labels, names: string[], name: ClauseNamer): string[] {
  const groups = requirementGroups(alignment, labels, name);
  if (groups.length === 0) return [];
  const out = ['', `### ${escapeCell(labels.compareLaw)}`, '', escapeCell(lawNote(alignment, labels))];
  groups.forEach((group, index) => {
    out.push(
      '',
      `#### ${names[index] ?? escapeCell(group.key)}`,
      '',
      `| ${escapeCell(labels.compareTopic)} | ${escapeCell(labels.compareLawRequirement)} | ${names[index] ?? ''} |`,
      '| --- | --- | --- |',
    );
    for (const row of group.rows) {
      const source = row.source ? ` (${row.source})` : '';
      const note = row.wordsNote ? ` (${row.wordsNote})` : '';
      out.push(
        `| ${escapeCell(row.name)} | ${escapeCell(`${row.basis}: "${row.words}"${note}${source}`)} | ${TOPIC_SIGNS[row.cell.state]} ${escapeCell(row.cell.text)} |`,
      );
    }
  });
  return out;
}

/** The provision matrix: per provision, how each policy holds it and in which clauses. */
function provisionsMarkdown(
  alignment: Alignment,
  labels: Labels,
  keys: string[],
  names: string[],
  clauses: MarkdownNames,
): string[] {
  const out = [
    '',
    `### ${escapeCell(labels.compareProvisions)}`,
    '',
    `${escapeCell(labels.compareLegend)}: ${escapeCell(CELL_KINDS.map((kind) => cellWord(kind, labels)).join(', '))}.`,
    '',
    escapeCell(labels.compareUnmatchedNote),
    '',
    `| ${escapeCell(labels.compareProvision)} | ${names.join(' | ')} |`,
    `| --- | ${keys.map(() => '---').join(' | ')} |`,
  ];
  alignment.provisions.forEach((provision, index) => {
    const cells = keys.map((key) => {
      const members = provision.members[key];
      if (!members) {
        // What the cell points at: the possible match, the clauses on its topic, the clause that comes closest.
        const evidence = cellEvidence(provision, key, labels, 2, clauses.name);
        return `${escapeCell(cellWord(cellKind(provision, key), labels))}${evidence ? ` (${escapeCell(evidence)})` : ''}`;
      }
      const confirmed = members.some((member) => member.confirmed) ? `, ${escapeCell(labels.compareConfirmed)}` : '';
      const refs = members.map((member) => {
        const ref = clauses.ref(key, member.id);
        return member.part ? `${ref}, ${escapeCell(partLabel(member.part, labels))}` : ref;
      });
      const adds = members.find((member) => member.adds)?.adds;
      const word = adds
        ? `${CELL_SIGNS.different} ${fillLabel(labels.compareAdds, { words: adds })}`
        : cellWord(cellKind(provision, key), labels);
      return `${escapeCell(word)}${confirmed} (${refs.join(', ')})`;
    });
    // Numbered as the other formats number them: the topics table names its provisions by these numbers.
    out.push(`| ${index + 1}. ${escapeCell(provision.label)} | ${cells.join(' | ')} |`);
  });
  return out;
}

/** The clauses that hold only part of a provision, and the tables compared row by row. */
function partsAndTablesMarkdown(alignment: Alignment, labels: Labels, clauses: MarkdownNames): string[] {
  const out: string[] = [];
  const parts = partMembers(alignment.provisions);
  if (parts.length > 0)
    out.push(
      '',
      `### ${escapeCell(labels.compareParts)}`,
      '',
      ...parts.map(
        ({ number, key, member }) =>
          `- ${number}. ${escapeCell(key)} ${clauses.ref(key, member.id)}${member.part ? `, ${escapeCell(partLabel(member.part, labels))}` : ''}: “${escapeCell(excerpt(member.text))}”`,
      ),
    );
  const tables = tableMembers(alignment.provisions);
  if (tables.length > 0)
    out.push(
      '',
      `### ${escapeCell(labels.compareTableRows)}`,
      '',
      ...tables.map(
        ({ number, key, member, rows }) =>
          `- ${number}. ${escapeCell(key)} ${clauses.ref(key, member.id)}: ${escapeCell(rowSummary(rows, labels))}`,
      ),
    );
  return out;
}

/** The possible matches to confirm, each with its command, and the confirmations already recorded. */
function reviewMarkdown(alignment: Alignment, labels: Labels): string[] {
  const out: string[] = [];
  const possible = alignment.provisions.flatMap((provision) =>
    Object.entries(provision.suggestions ?? {}).map(
      ([key, suggestion]) =>
        `- ${escapeCell(provision.label)}: ${key} \`${suggestion.id}\` (${evidenceText(suggestion, labels)}): \`${confirmCommand(provision, key, suggestion)}\``,
    ),
  );
  if (possible.length > 0) out.push('', `### ${escapeCell(labels.comparePossibleMatches)}`, '', ...possible);
  const confirmations = confirmationLines(alignment, labels);
  if (confirmations.length > 0)
    out.push(
      '',
      `### ${escapeCell(labels.compareConfirmationsHeading)}`,
      '',
      ...confirmations.map((line) => `- ${line}`),
    );
  return out;
}

/** The files of the folders compared that are not in it, said under the headline. */
function leftOutMarkdown(alignment: Alignment, labels: Labels): string[] {
  const section = leftOutSection(alignment, labels);
  if (!section) return [];
  return [
    `### ${escapeCell(section.title)}`,
    '',
    escapeCell(section.note),
    '',
    ...section.lines.map((line) => `- ${escapeCell(line)}`),
    '',
  ];
}

export function renderCompareMarkdown(alignment: Alignment, labels: Labels): string {
  const keys = alignment.documents.map((document) => document.key);
  const names = alignment.documents.map((document) => escapeCell(document.name));
  const clauses = markdownNames(alignment, labels);
  const out: string[] = [
    `## ${escapeCell(labels.compareTitle)}`,
    '',
    escapeCell(
      fillLabel(labels.compareTextHeadline, {
        documents: keys.length,
        base: alignment.documents.find((document) => document.key === alignment.base)?.name ?? alignment.base,
        provisions: alignment.provisions.length,
      }),
    ),
    '',
    ...leftOutMarkdown(alignment, labels),
    `### ${escapeCell(labels.compareTextSimilarity)}`,
    '',
    ...similarityMarkdown(alignment, keys, names, labels.lang),
    ...topicsMarkdown(alignment, labels, keys, names, clauses.name),
    ...lawMarkdown(alignment, labels, names, clauses.name),
    ...provisionsMarkdown(alignment, labels, keys, names, clauses),
    ...partsAndTablesMarkdown(alignment, labels, clauses),
    ...missingMarkdown(alignment, labels, clauses.name),
    ...reviewMarkdown(alignment, labels),
  ];
  return `${out.join('\n')}\n`;
}

// The cross-organisation comparison as terminal text: the documents (numbered, with their readable names), the
// document similarity matrix, then one line per provision with a sign per document (the signs of every format,
// CELL_SIGNS: = identical, ≈ reworded, — not found …; ✓ after a sign: confirmed by a person; ½ after a sign: a sentence
// or row of a clause, listed below the matrix with its clause, which sentence and an excerpt), the possible matches
// with the command that settles each, each document's own provisions, and what each document lacks (wording of that
// list and of "sentence 3" from templates/labels/<lang>.yaml, in the base document's language). A clause is cited as
// the document cites it, as the pages cite it ("Artikel 3, lid 2"; render/shared/compare/clause-name.ts), with the ID
// `confirm` takes beside it in brackets ("Artikel 3, lid 2 [artikel-3.2]"), as the text brackets every key it names.
import { missingProvisions } from '../../compare/provisions/missing.js';
import type { Alignment } from '../../compare/read/types.js';
import { CELL_KINDS, CELL_SIGNS, cellKind, cellWords, emptyCellWords } from '../shared/compare/cell-kind.js';
import { lawNote, requirementGroups, TOPIC_SIGNS, topicRows, topicsNote } from '../shared/compare/topics.js';
import { fillLabel, type Labels } from '../../wording/labels.js';
import { confirmationLines, confirmCommand, evidenceText } from '../shared/compare/confirmations.js';
import { leftOutSection } from '../shared/compare/left-out.js';
import { excerpt, partLabel, partMembers, rowSummary, tableMembers } from '../shared/compare/parts.js';
import { type ClauseNamer, clauseNamer } from '../shared/compare/clause-name.js';
import { formatDecimal } from '../../text/output-language.js';

function cell(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text + ' '.repeat(width - chars.length);
}

/** "Missing at …": per document, the provisions it lacks with the matrix number and how many others state them. */
export function missingLines(
  alignment: Alignment,
  labels: Labels,
  name: ClauseNamer = textNamer(alignment, labels),
): string[] {
  const missing = alignment.missing ?? missingProvisions(alignment);
  const others = alignment.documents.length - 1;
  const lines: string[] = ['', labels.compareMissing, labels.compareMissingNote];
  const cellWords = (index: number, key: string): string => {
    const provision = alignment.provisions[index];
    return provision ? emptyCellWords(provision, key, labels, name) : labels.compareAbsent;
  };
  for (const document of alignment.documents) {
    const list = missing[document.key] ?? [];
    lines.push('', fillLabel(labels.compareMissingAt, { name: document.name, count: list.length }));
    if (list.length === 0) lines.push(`  ${labels.compareMissingNone}`);
    for (const item of list)
      lines.push(
        `  ${String(item.provision + 1).padStart(3)}  ${item.label}  (${fillLabel(labels.compareMissingHeld, { held: item.at.length, others })}) — ${cellWords(item.provision, document.key)}`,
      );
  }
  return lines;
}

/** A clause as the text names it: its citation with its ID in brackets, the ID alone where it has no number. */
function textNamer(alignment: Alignment, labels: Labels): ClauseNamer {
  return clauseNamer(alignment, labels, (cited, id) => `${cited} [${id}]`);
}

/** Columns are numbered: a name cut to a few letters repeats whenever names start alike. */
function columnName(index: number): string {
  return String(index + 1);
}

/** The similarity table: each policy against each, under the column numbers. */
function similarityText(alignment: Alignment, labels: Labels, keys: string[]): string[] {
  const width = Math.max(String(keys.length).length + 1, 5);
  const lines = [
    labels.compareTextSimilarity,
    `${cell('', width)}${keys.map((_, index) => cell(columnName(index), width)).join('')}`,
  ];
  keys.forEach((row, index) => {
    lines.push(
      `${cell(columnName(index), width)}${keys.map((other) => cell(formatDecimal(alignment.similarity[row]?.[other] ?? 0, labels.lang), width)).join('')}`,
    );
  });
  return lines;
}

/** The topics of the kind of policy and who covers each; nothing when the kind has no topic list. */
function topicsText(alignment: Alignment, labels: Labels, name: ClauseNamer): string[] {
  const topics = topicRows(alignment, labels, name);
  if (topics.length === 0) return [];
  const lines = ['', `${labels.compareTopics} (${topics.length})`, topicsNote(alignment, labels)];
  for (const topic of topics) {
    lines.push('', `${topic.name}  [${topic.id}]`);
    topic.cells.forEach((topicCell, index) =>
      lines.push(`  ${columnName(index).padStart(2)} ${TOPIC_SIGNS[topicCell.state]} ${topicCell.text}`),
    );
    if (topic.provisions.length > 0)
      lines.push(`     ${labels.compareTopicProvisions}: ${topic.provisions.join(', ')}`);
  }
  return lines;
}

/** What the law asks of the kind of policy, per organisation: each required topic and what the tool found. */
function lawText(alignment: Alignment, labels: Labels, name: ClauseNamer): string[] {
  const groups = requirementGroups(alignment, labels, name);
  if (groups.length === 0) return [];
  const lines = ['', labels.compareLaw, lawNote(alignment, labels)];
  groups.forEach((group, index) => {
    const name = alignment.documents[index]?.name ?? group.key;
    lines.push('', `${columnName(index).padStart(2)}  ${name}`);
    for (const row of group.rows) {
      lines.push(`  ${TOPIC_SIGNS[row.cell.state]} ${row.name} (${row.basis}): ${row.cell.text}`);
    }
  });
  return lines;
}

/** Each kind's sign and word, as the keys of the PDF and HTML matrices give them: "• referentie, = gelijk, …". */
function legendKinds(labels: Labels): string {
  const words = cellWords(labels);
  return CELL_KINDS.map((kind) => `${CELL_SIGNS[kind]} ${words[kind]}`).join(', ');
}

/** The provision matrix: a symbol per policy (✓ confirmed, ½ in part) before each provision. */
function provisionsText(alignment: Alignment, labels: Labels, keys: string[]): string[] {
  const lines = [
    '',
    fillLabel(labels.compareTextLegend, { kinds: legendKinds(labels) }),
    labels.compareUnmatchedNote,
    `${keys.map((_, index) => cell(columnName(index), 3)).join(' ')}  ${labels.compareTextProvision}`,
  ];
  for (const provision of alignment.provisions) {
    const marks = keys.map((key) => {
      const member = provision.members[key]?.[0];
      const kind = cellKind(provision, key);
      if (!member) return cell(CELL_SIGNS[kind], 3);
      return cell(`${CELL_SIGNS[kind]}${member.confirmed ? '✓' : ''}${member.part ? '½' : ''}`, 3);
    });
    lines.push(`${marks.join(' ')}  ${provision.label}`);
    // A member that rewords the reference but adds a rule: named beneath, as the other formats name it in the cell.
    keys.forEach((key, index) => {
      const adds = provision.members[key]?.find((member) => member.adds)?.adds;
      if (adds)
        lines.push(
          `${' '.repeat(4 * index)}${cell(CELL_SIGNS.different, 3)}  ${fillLabel(labels.compareAdds, { words: adds })}`,
        );
    });
  }
  return lines;
}

/** The empty cells that are not plainly "not found": not matched (with what they point at) and confirmed absent. */
function unmatchedText(alignment: Alignment, labels: Labels, name: ClauseNamer): string[] {
  const lines: string[] = [];
  alignment.provisions.forEach((provision, index) => {
    for (const key of alignment.documents.map((document) => document.key)) {
      const kind = cellKind(provision, key);
      if (kind !== 'unmatched' && kind !== 'confirmed-absent' && !provision.notFound?.[key]?.absent) continue;
      lines.push(
        `  ${String(index + 1).padStart(3)}  ${key} ${CELL_SIGNS[kind]} ${emptyCellWords(provision, key, labels, name)}`,
      );
    }
  });
  return lines.length > 0 ? ['', `${labels.compareUnmatchedList}:`, ...lines] : [];
}

/** The clauses that hold only part of a provision, and the tables compared row by row. */
function partsAndTablesText(alignment: Alignment, labels: Labels, name: ClauseNamer): string[] {
  const lines: string[] = [];
  const parts = partMembers(alignment.provisions);
  if (parts.length > 0)
    lines.push(
      '',
      `${labels.compareParts} (${parts.length}):`,
      ...parts.map(
        ({ number, key, member }) =>
          `  ${String(number).padStart(3)}  ${key} ${name(key, member.id)}${member.part ? `, ${partLabel(member.part, labels)}` : ''}: "${excerpt(member.text)}"`,
      ),
    );
  const tables = tableMembers(alignment.provisions);
  if (tables.length > 0)
    lines.push(
      '',
      `${labels.compareTableRows}:`,
      ...tables.map(
        ({ number, key, member, rows }) =>
          `  ${String(number).padStart(3)}  ${key} ${name(key, member.id)}: ${rowSummary(rows, labels)}`,
      ),
    );
  return lines;
}

/** The possible matches to confirm, each with its command, and the confirmations already recorded. */
function reviewText(alignment: Alignment, labels: Labels, name: ClauseNamer): string[] {
  const lines: string[] = [];
  const possible = alignment.provisions.flatMap((provision) =>
    Object.entries(provision.suggestions ?? {}).map(([key, suggestion]) => [
      `  ${provision.label}: ${key} ${name(key, suggestion.id)} (${evidenceText(suggestion, labels)})`,
      `    ${confirmCommand(provision, key, suggestion)}   (${labels.compareConfirmNot})`,
    ]),
  );
  if (possible.length > 0) lines.push('', `${labels.comparePossibleMatches} (${possible.length}):`, ...possible.flat());
  const confirmations = confirmationLines(alignment, labels);
  if (confirmations.length > 0) lines.push('', ...confirmations);
  return lines;
}

/** Per policy, the provisions only it holds. */
function onlyInText(alignment: Alignment, labels: Labels, name: ClauseNamer): string[] {
  const lines: string[] = [];
  for (const document of alignment.documents) {
    const own = alignment.provisions.filter(
      (provision) => Object.keys(provision.members).length === 1 && provision.members[document.key],
    );
    if (own.length > 0)
      lines.push(
        '',
        fillLabel(labels.compareTextOnlyIn, { name: document.name, count: own.length }),
        ...own.map(
          (provision) =>
            `  ${provision.members[document.key]?.map((member) => name(document.key, member.id)).join(' + ')}  ${provision.label}`,
        ),
      );
  }
  return lines;
}

/** The files of the folders compared that are not in it, said under the documents that are. */
function leftOutText(alignment: Alignment, labels: Labels): string[] {
  const section = leftOutSection(alignment, labels);
  if (!section) return [];
  return [`${section.title}:`, section.note, ...section.lines.map((line) => `  ${line}`), ''];
}

export function renderCompareText(alignment: Alignment, labels: Labels): string {
  const documents = alignment.documents;
  const keys = documents.map((document) => document.key);
  const name = textNamer(alignment, labels);
  const lines: string[] = [
    fillLabel(labels.compareTextHeadline, {
      documents: keys.length,
      base: alignment.base,
      provisions: alignment.provisions.length,
    }),
    '',
    ...documents.map((document, index) => `${columnName(index).padStart(3)}  ${document.name}  [${document.key}]`),
    '',
    ...leftOutText(alignment, labels),
    ...similarityText(alignment, labels, keys),
    ...topicsText(alignment, labels, name),
    ...lawText(alignment, labels, name),
    ...provisionsText(alignment, labels, keys),
    ...unmatchedText(alignment, labels, name),
    ...partsAndTablesText(alignment, labels, name),
    ...reviewText(alignment, labels, name),
    ...onlyInText(alignment, labels, name),
    ...missingLines(alignment, labels, name),
  ];
  return `${lines.join('\n')}\n`;
}

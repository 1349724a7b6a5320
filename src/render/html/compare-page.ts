// The cross-organisation comparison as a page: the provision matrix (a coloured cell per organisation that also
// carries a symbol and a word), a filter for the provisions that differ, per provision the texts side by side with
// the redline against the reference text, and what each organisation lacks. Each clause is cited as the board pack
// cites it, in the page's language ("Artikel 2, onder f": clause-name.ts); the documents' similarity figures stay in the JSON (issue 69 item 5). A cell held by
// part of a clause (a sentence, a table row: src/compare/terms/units.ts) names the part in the matrix and beside the
// clause in the side-by-side view, which shows that part's text. The workplace's download (served) says to answer a
// question in the workplace instead of showing the `clausemark confirm` command that settles it. The page in out/
// holds both wordings of its notes and commands (src/text/served-words.ts): opened from disk it names the commands;
// served by `serve` beside the workplace, the workplace's words and the page's buttons stand in their place.
import { missingProvisions } from '../../compare/provisions/missing.js';
import { openQuestionCount, type ReviewQuestion, reviewQuestions } from '../../compare/provisions/review-queue.js';
import type { Alignment, Member, Provision } from '../../compare/read/types.js';
import {
  CELL_KINDS,
  CELL_SIGNS,
  type CellKind,
  cellEvidence,
  cellKind,
  cellWords,
  emptyCellWords,
} from '../shared/compare/cell-kind.js';
import { clauseNamer, type ClauseNamer } from '../shared/compare/clause-name.js';
import { confirmationSummary, confirmCommand, notAppliedReason } from '../shared/compare/confirmations.js';
import { leftOutSection } from '../shared/compare/left-out.js';
import { partLabel, rowSummary } from '../shared/compare/parts.js';
import { lawNote, requirementGroups, TOPIC_SIGNS, topicName, topicRows, topicsNote } from '../shared/compare/topics.js';
import { eitherHtml } from '../../text/served-words.js';
import { renderTemplate } from '../../wording/engine.js';
import { escapeHtml } from '../shared/html-escape.js';
import { formatDecimal } from '../../text/output-language.js';
import { fillLabel, type Labels } from '../../wording/labels.js';
import type { SiteWords } from '../../wording/site-words.js';
import { renderPage, type PageFrame } from './page.js';

/**
 * possible: absent, but the aligner points at a clause that may state it (a suggestion, never a claim); reference:
 * the text the others are compared with; only: no other organisation states it (cell-kind.ts).
 */
export type CellStatus = CellKind;

const STATUSES = CELL_KINDS;

interface RedlineOp {
  text: string;
  del: boolean;
  ins: boolean;
}

/** A member's text as redline ops: the word diff against the reference for reworded members, else the plain text. */
function opsOf(member: Member): RedlineOp[] {
  if (member.words && (member.status === 'reworded' || member.adds)) {
    return member.words.map((word) => ({ text: word.text, del: word.op === 'delete', ins: word.op === 'insert' }));
  }
  return [{ text: member.text, del: false, ins: false }];
}

/** The anchor of provision `index` (0-based) on the page. */
const provisionAnchor = (index: number): string => `provision-${index + 1}`;

/** A document as the page's columns show it. */
interface Column {
  key: string;
  organisation: string;
  isBase: boolean;
}

/** Similarity as the PDF prints it: 0 to 1 with two decimals, in the document's number style. */
interface Decimals {
  format(value: number): string;
}
function decimalsOf(labels: Labels): Decimals {
  return { format: (value) => formatDecimal(value, labels.lang) };
}

export function compareContext(alignment: Alignment, words: SiteWords, labels: Labels, served = false): object {
  const names = cellWords(labels);
  const word = (status: CellStatus): string => names[status];
  const decimals = decimalsOf(labels);
  const documents: Column[] = alignment.documents.map((document) => ({
    key: document.key,
    // The readable name (src/compare/read/keys.ts): two documents of one organisation are told apart in the header.
    organisation: document.name || document.organisation || document.key,
    isBase: document.key === alignment.base,
  }));
  const name = clauseNamer(alignment, labels);
  const provisions = provisionRows(alignment, documents, labels, name);
  const shared = alignment.provisions.filter((provision) =>
    documents.every((document) => provision.members[document.key]),
  ).length;
  const report = alignment.confirmations;
  const confirmations = report && {
    summary: confirmationSummary(labels, report.confirmed, report.rejected),
    notApplied: report.skipped.map((skipped) =>
      fillLabel(labels.compareNotApplied, {
        pair: skipped.pair.join(' ↔ '),
        reason: notAppliedReason(labels, skipped.reason),
      }),
    ),
  };
  return {
    words,
    labels,
    notes: notesHtml(alignment, labels, served),
    missing: missingLists(alignment, documents, labels, name),
    confirmations,
    leftOut: leftOutSection(alignment, labels),
    questions: reviewQueue(alignment, labels, decimals),
    questionsMore: questionsLeft(alignment, labels),
    summary: fillLabel(labels.compareSummary, { documents: documents.length, provisions: provisions.length, shared }),
    documents,
    provisions,
    topics: topicRows(alignment, labels, name).map((topic) => ({
      ...topic,
      cells: topic.cells.map((cell) => ({ ...cell, sign: TOPIC_SIGNS[cell.state] })),
      provisions: topic.provisions.map((number) => ({ number, anchor: provisionAnchor(number - 1) })),
    })),
    law: requirementGroups(alignment, labels, name).map((group, index) => ({
      name: documents[index]?.organisation ?? group.key,
      rows: group.rows.map((row) => ({ ...row, sign: TOPIC_SIGNS[row.cell.state] })),
    })),
    legend: STATUSES.map((status) => ({ status, symbol: CELL_SIGNS[status], word: word(status) })),
  };
}

/** The matrix: per provision a cell per document, with its clauses, their redline and a possible match. */
function provisionRows(alignment: Alignment, documents: readonly Column[], labels: Labels, name: ClauseNamer) {
  const names = cellWords(labels);
  return alignment.provisions.map((provision, index) => {
    const cells = documents.map((document) => {
      const members = provision.members[document.key];
      const suggestion = provision.suggestions?.[document.key];
      const status = cellKind(provision, document.key);
      return {
        organisation: document.organisation,
        status,
        symbol: CELL_SIGNS[status],
        // A rewording that adds a rule says what it adds (additions.ts).
        word: members?.find((member) => member.adds)
          ? fillLabel(labels.compareAdds, { words: members.find((member) => member.adds)?.adds ?? '' })
          : names[status],
        members: (members ?? []).map((member) => ({
          id: member.id,
          name: name(document.key, member.id),
          part: member.part && partLabel(member.part, labels),
          rows: member.rows && rowSummary(member.rows, labels),
          ops: opsOf(member),
          confirmed: member.confirmed,
        })),
        part: members?.[0]?.part && partLabel(members[0].part, labels),
        // An empty cell: what it points at, and the command by which a person confirms the provision absent there.
        evidence: cellEvidence(provision, document.key, labels, 2, name, true),
        absent: absentQuestion(provision, document.key),
        possible: suggestion && {
          id: suggestion.id,
          name: name(document.key, suggestion.id),
          text: suggestion.text,
          // The words in common, not the score: a board member reads this page (issue 69 item 5).
          evidence: fillLabel(labels.comparePossibleWords, { words: suggestion.shared.join(', ') }),
          command: confirmCommand(provision, document.key, suggestion),
          first: `${provision.reference}:${provision.members[provision.reference]?.[0]?.id ?? ''}`,
          second: `${document.key}:${suggestion.id}`,
        },
      };
    });
    return {
      anchor: provisionAnchor(index),
      number: index + 1,
      label: provision.label,
      differs: cells.some((cell) => cell.status !== 'identical' && cell.status !== 'reference'),
      cells,
    };
  });
}

/** For an empty cell not yet confirmed absent: `confirm --absent ORG REF:CLAUSE-ID` and what serve's button sends. */
function absentQuestion(provision: Provision, key: string) {
  const reference = provision.members[provision.reference]?.find((member) => !member.part);
  // Offered only where the cell says "not found": where a clause comes near (a possible match, a weak lead, clauses on
  // its topic), one click must not make a false "absent" (issue 42).
  if (provision.members[key] || !reference || cellKind(provision, key) !== 'absent') return undefined;
  const second = `${provision.reference}:${reference.id}`;
  return { first: key, second, command: `clausemark confirm --absent ${key} ${second}` };
}

/** What an empty cell says (not found, not matched and what it points at …), for the lists of what each lacks. */
function provisionCellWords(
  alignment: Alignment,
  index: number,
  key: string,
  labels: Labels,
  name: ClauseNamer,
): string {
  const provision = alignment.provisions[index];
  return provision ? emptyCellWords(provision, key, labels, name, true) : labels.compareAbsent;
}

/** Per document, the provisions others have and it lacks. */
function missingLists(alignment: Alignment, documents: readonly Column[], labels: Labels, name: ClauseNamer) {
  const missingAt = alignment.missing ?? missingProvisions(alignment);
  return documents.map((document) => {
    const items = missingAt[document.key] ?? [];
    return {
      heading: fillLabel(labels.compareMissingAt, { name: document.organisation, count: items.length }),
      items: items.map((item) => ({
        anchor: provisionAnchor(item.provision),
        number: item.provision + 1,
        label: item.label,
        held: fillLabel(labels.compareMissingHeld, { held: item.at.length, others: documents.length - 1 }),
        cell: provisionCellWords(alignment, item.provision, document.key, labels, name),
      })),
    };
  });
}

/** An answer to a question: the command, and what serve's buttons send (confirm-buttons.ts). */
interface Answer {
  first: string;
  second: string;
  command: string;
  /** One button, "confirm absent". */
  absent?: boolean;
  /** Buttons "covers the topic" (on-topic) and, with `no`, "does not" (off-topic). */
  topic?: { no: boolean };
}

/** `confirm --topic ORG:CLAUSE-ID TOPIC`: whether a clause covers a topic. */
const topicAnswer = (clause: string, topic: string, no: boolean): Answer => ({
  first: clause,
  second: topic,
  command: `clausemark confirm --topic ${clause} ${topic}`,
  topic: { no },
});

type TopicQuestion = Extract<ReviewQuestion, { kind: 'topic-possible' | 'topic-not-found' | 'topic-weak' }>;

/**
 * A question on a topic: a clause in the unsure band (does it cover it: yes or no, never "absent"), none near at all
 * (absent?), or a weak assignment (yes, no).
 */
function topicQuestion(question: TopicQuestion, labels: Labels, decimals: Decimals) {
  if (question.kind === 'topic-weak') {
    const text = fillLabel(labels.compareQuestionTopicWeak, {
      name: topicName(question, labels),
      clause: question.clause,
      // A title or the clause's words may have put it there, not a signal word (topic-scores.ts).
      signals: question.signals.length > 0 ? question.signals.join(', ') : labels.compareQuestionTopicWeakEvidence,
      score: decimals.format(question.score),
    });
    const decides = question.decides ? ` ${fillLabel(labels.compareQuestionTopicDecides, { org: question.org })}` : '';
    return { text: `${text}${decides}`, answers: [topicAnswer(question.clause, question.topic, true)] };
  }
  if (question.kind === 'topic-possible') {
    const closest = question.candidates[0] as string;
    const text = fillLabel(labels.compareQuestionTopicPossible, {
      name: topicName(question, labels),
      org: question.org,
      clause: closest,
    });
    return { text, answers: [topicAnswer(closest, question.topic, true)] };
  }
  const text = fillLabel(labels.compareQuestionTopic, { name: topicName(question, labels), org: question.org });
  const absent: Answer = {
    first: question.org,
    second: question.topic,
    absent: true,
    command: `clausemark confirm --absent ${question.org} ${question.topic}`,
  };
  return { text, answers: [absent] };
}

/** The open questions the queue leaves for later (it holds REVIEW_LIMIT, those that change most), or undefined. */
function questionsLeft(alignment: Alignment, labels: Labels): string | undefined {
  const left = openQuestionCount(alignment) - reviewQuestions(alignment).length;
  return left > 0 ? fillLabel(labels.compareQuestionsMore, { count: left }) : undefined;
}

/** The review queue: each question carries its answers, each a command and what its buttons send. */
function reviewQueue(alignment: Alignment, labels: Labels, decimals: Decimals) {
  return reviewQuestions(alignment).map((question) => {
    if (question.kind === 'topic-possible' || question.kind === 'topic-not-found' || question.kind === 'topic-weak')
      return topicQuestion(question, labels, decimals);
    const fill = {
      number: question.provision + 1,
      label: question.label,
      org: question.org,
      first: question.first,
      second: question.second,
      score: decimals.format(question.score),
    };
    const words = {
      possible: labels.compareQuestionPossible,
      'not-matched': labels.compareQuestionNotMatched,
      'low-confidence': labels.compareQuestionLow,
    }[question.kind];
    const pair = ({ first, second }: { first: string; second: string }): Answer => ({
      first,
      second,
      command: `clausemark confirm ${first} ${second}`,
    });
    // Where a clause comes near, the answer is about that clause, or one of the other pairs the cell offers (each
    // its own command and buttons); "absent" is offered only where none does.
    const answers = [question, ...(question.alternatives ?? [])].map(pair);
    return { text: fillLabel(words, fill), anchor: provisionAnchor(question.provision), answers };
  });
}

/** The notes that name `clausemark confirm`, for the workplace's download: to answer in the workplace instead. */
function workplaceNotes(labels: Labels): Labels {
  return {
    ...labels,
    compareQuestionsNote: labels.compareQuestionsNoteWorkplace,
    compareUnmatchedNote: labels.compareUnmatchedNoteWorkplace,
    compareLawNote: labels.compareLawNoteWorkplace,
    compareTopicsInduced: labels.compareTopicsInducedWorkplace,
    compareTopicsFromTitles: labels.compareTopicsFromTitlesWorkplace,
  };
}

/** The same for the page in out/ as `serve` shows it beside the workplace, where the page's own buttons answer. */
function servedNotes(labels: Labels): Labels {
  return {
    ...workplaceNotes(labels),
    compareQuestionsNote: labels.compareQuestionsNoteServed,
    compareConfirmWith: labels.compareAnswerHere,
  };
}

/**
 * The page's notes as HTML: the workplace's download says its own alone; the page in out/ holds the file's and the
 * words `serve` shows beside the workplace (src/text/served-words.ts).
 */
function notesHtml(alignment: Alignment, labels: Labels, served: boolean) {
  const notes = (words: Labels) => ({
    topicsNote: topicsNote(alignment, words),
    lawNote: lawNote(alignment, words),
    unmatchedNote: words.compareUnmatchedNote,
    questionsNote: words.compareQuestionsNote,
    confirmWith: words.compareConfirmWith,
  });
  const own = notes(served ? workplaceNotes(labels) : labels);
  const beside = notes(servedNotes(labels));
  const html = (key: keyof typeof own): string =>
    served ? escapeHtml(own[key]) : eitherHtml(escapeHtml(own[key]), escapeHtml(beside[key]));
  return Object.fromEntries(Object.keys(own).map((key) => [key, html(key as keyof typeof own)]));
}

/** A command in the page's text: named in the file, left out where served (the page's buttons stand beside it). */
const FILE_ONLY_COMMAND = /(<code class="confirm-command"[^>]*>)([^<]*)(<\/code>)/g;

/** The comparison page; `lang` is the base document's language. */
export function renderComparePage(
  alignment: Alignment,
  labels: Labels,
  lang: string,
  frame: PageFrame,
  review?: { href: string; count: number },
  served = false,
): string {
  const words = served ? workplaceNotes(labels) : labels;
  const context = {
    ...compareContext(alignment, frame.words, words, served),
    // The workplace's download: each question is answered by the workplace's buttons, so no command is shown.
    ...(served ? { served } : {}),
    ...(review && review.count > 0
      ? { review: { href: review.href, text: fillLabel(labels.reviewLink, { count: review.count }) } }
      : {}),
  };
  const body = renderTemplate('html/compare', context, { root: frame.root }).replace(
    FILE_ONLY_COMMAND,
    (_, open: string, command: string, close: string) => `${open}${eitherHtml(command, '')}${close}`,
  );
  const names = alignment.documents
    .map((document) => document.name || document.organisation || document.key)
    .join(', ');
  return renderPage(frame, { title: `${frame.words.comparison}: ${names}`, lang, body });
}

// The topics of a comparison as every format shows them: per topic and organisation, the clauses that cover it
// (with the sentence where only a sentence does), "possibly" with the clause that comes close where the tool is
// unsure, or "not found" with how many clauses were read and the closest candidates; beneath each topic, the numbers
// of its provisions. Never "absent": only a person confirms that. And what the law asks of the kind of policy: per
// organisation, each topic a law requires, with the law's words and the same cell. Topic names, questions and what a
// clause lacks are in the comparison's language where the topic list gives them per language; the law's words stay
// Dutch, as the law has them, and a view in another language says so beside them (with a gist the list wrote).
import type { Alignment, LawRow, TopicClause, TopicCoverage } from '../../../compare/read/types.js';
import { formatDate } from '../../../text/format-date.js';
import { outputLanguage } from '../../../text/output-language.js';
import { inLanguage, type PerLanguage } from '../../../text/per-language.js';
import { fillLabel, type Labels } from '../../../wording/labels.js';
import { byId, type ClauseNamer } from './clause-name.js';

/**
 * covered: a clause covers it; possible: one comes close (a person decides); not-found; absent: a person said so;
 * What the law asks only: not-applicable, a legal requirement that does not bind the organisation; direct, one the law
 * applies itself, which the policy need not repeat; schools-only, school law, to an organisation not known to be a
 * school. None of the last three is a finding on the policy, for or against it.
 */
export type TopicCellState =
  | 'covered'
  | 'possible'
  | 'not-found'
  | 'absent'
  | 'not-applicable'
  | 'direct'
  | 'schools-only';

export interface TopicCell {
  key: string;
  covered: boolean;
  state: TopicCellState;
  /** "up.fotos, intro.bewust (zin 3)" or "niet gevonden in 56 artikelen; het dichtst erbij: …". */
  text: string;
}

export interface TopicRow {
  id: string;
  name: string;
  description: string;
  cells: TopicCell[];
  /** 1-based provision numbers, as the matrix numbers them. */
  provisions: number[];
}

/**
 * A covering clause as a reader finds it: its id, which sentences when only some cover the topic, and a person's word
 * on it (confirmed, or an answer made stale by an edit).
 */
function topicClauseRef(clause: TopicClause, labels: Labels, name: string): string {
  const said = clause.confirmed ? labels.compareConfirmed : clause.stale ? labels.compareTopicAnswerStale : '';
  const ref = sentencesRef(clause, labels, name);
  return said ? `${ref} (${said})` : ref;
}

function sentencesRef(clause: TopicClause, labels: Labels, name: string): string {
  const sentences = clause.sentences;
  if (!sentences) return name;
  const first = sentences[0] ?? 0;
  const last = sentences[sentences.length - 1] ?? first;
  const consecutive = last - first + 1 === sentences.length;
  const part =
    sentences.length === 1
      ? fillLabel(labels.compareSentence, { n: first })
      : consecutive
        ? fillLabel(labels.compareSentences, { from: first, to: last })
        : sentences.map((n) => fillLabel(labels.compareSentence, { n })).join(', ');
  return `${name} (${part})`;
}

/** Topic id → name: how a cell names the topic a candidate states ("artikel-3.1 (staat bij Termijn voor het indienen)"). */
export type TopicNames = ReadonlyMap<string, string>;

/** A topic's name in the labels' language: the list's own for it where it gives one per language, else its name. */
export function topicName(topic: { name: string; names?: PerLanguage }, labels: Labels): string {
  return topic.names === undefined ? topic.name : inLanguage(topic.names, labels.lang);
}

const topicNamesOf = (alignment: Alignment, labels: Labels): TopicNames =>
  new Map((alignment.topics ?? []).map((topic) => [topic.id, topicName(topic, labels)]));

/**
 * `name`: how the cell names a clause (its citation: clause-name.ts), by ID where not given; `topicNames`: the
 * names of the comparison's topics, for a candidate that states another topic (said beside it where given).
 */
export function cellOf(
  topic: TopicCoverage,
  key: string,
  labels: Labels,
  name: ClauseNamer = byId,
  topicNames?: TopicNames,
): TopicCell {
  const clauses = topic.clauses[key];
  if (clauses) {
    const text = clauses.map((clause) => topicClauseRef(clause, labels, name(key, clause.id))).join(', ');
    return { key, covered: true, state: 'covered', text };
  }
  const notFound = topic.notFound[key];
  // Absent only where a person confirmed it on the text as it is; otherwise what the tool saw.
  if (notFound?.absent === 'confirmed') {
    return { key, covered: false, state: 'absent', text: labels.compareTopicAbsent };
  }
  const ids =
    notFound?.candidates
      .map((candidate) => {
        const elsewhere = candidate.statesTopic && topicNames?.get(candidate.statesTopic);
        const ref = name(key, candidate.id);
        if (elsewhere) return fillLabel(labels.compareCandidateElsewhere, { id: ref, topic: elsewhere });
        if (candidate.delegated) return fillLabel(labels.compareCandidateDelegated, { id: ref });
        return candidate.definition ? fillLabel(labels.compareCandidateDefinition, { id: ref }) : ref;
      })
      .join(', ') ?? '';
  const possible = notFound?.possible === true && ids !== '';
  const first = notFound?.candidates[0];
  const seen = possible
    ? fillLabel(labels.compareTopicPossible, { ids: first ? name(key, first.id) : ids })
    : ids === ''
      ? labels.compareTopicNotFound
      : fillLabel(labels.compareTopicCandidates, { count: notFound?.looked ?? 0, ids });
  const text = notFound?.absent === 'stale' ? `${seen} (${labels.compareTopicStale})` : seen;
  return { key, covered: false, state: possible ? 'possible' : 'not-found', text };
}

/** The topic rows of an alignment, in the topic list's order; empty when it has no topics. */
export function topicRows(alignment: Alignment, labels: Labels, name: ClauseNamer = byId): TopicRow[] {
  const topicNames = topicNamesOf(alignment, labels);
  return (alignment.topics ?? []).map((topic) => ({
    id: topic.id,
    name: topicName(topic, labels),
    description: inLanguage(topic.descriptions ?? topic.description, labels.lang),
    cells: alignment.documents.map((document) => cellOf(topic, document.key, labels, name, topicNames)),
    provisions: topic.provisions.map((index) => index + 1),
  }));
}

/** The note under the topics heading: what "not found" means, and where the topics came from when no list gave them. */
export function topicsNote(alignment: Alignment, labels: Labels): string {
  if (alignment.topicsInduced?.length) return `${labels.compareTopicsNote} ${labels.compareTopicsInduced}`;
  if (alignment.kindFromTitles)
    return `${labels.compareTopicsNote} ${fillLabel(labels.compareTopicsFromTitles, { kind: alignment.kindFromTitles })}`;
  return labels.compareTopicsNote;
}

/**
 * The sign of a topic cell in every format: ✓ covered, ? possibly, — not found, Ø absent (confirmed by a person); §
 * the law applies directly; · a requirement that does not bind the organisation, or binds only schools.
 */
export const TOPIC_SIGNS: Record<TopicCellState, string> = {
  covered: '✓',
  possible: '?',
  'not-found': '—',
  absent: 'Ø',
  'not-applicable': '·',
  direct: '§',
  'schools-only': '·',
};

/** One legal requirement on a policy: the topic, the law and article, its words, and what the tool found. */
export interface RequirementRow {
  topic: string;
  name: string;
  /** "WPO art. 14 lid 2 onder c". */
  basis: string;
  /** The law's words, in Dutch as the law has them (`wordsLang`), never translated. */
  words: string;
  wordsLang: typeof LAW_WORDS_LANGUAGE;
  /** In a view not in Dutch: "Dutch text of the law", with the topic list's gist where it wrote one; else ''. */
  wordsNote: string;
  /** Where the words were read: the consolidation's address with its date; '' where they were not. */
  source: string;
  /** It binds the organisation only if a question is answered yes: the cell says which. */
  ifApplicable: boolean;
  /** It does not bind the organisation: the cell says whom it binds. */
  notApplicable: boolean;
  /** School law, to an organisation not known to be a school: the cell says whom it binds, with no finding. */
  schoolsOnly: boolean;
  cell: TopicCell;
}

export interface RequirementGroup {
  key: string;
  rows: RequirementRow[];
}

/** The language the topic lists quote the law in: Dutch law, in its own words. */
export const LAW_WORDS_LANGUAGE = 'nl';

/** What a view says beside the law's Dutch words: nothing in a Dutch view, else that they are Dutch (and the gist). */
function wordsNote(row: LawRow, labels: Labels): string {
  const language = outputLanguage(labels.lang);
  if (language === LAW_WORDS_LANGUAGE) return '';
  const gist = row.gist && typeof row.gist !== 'string' ? row.gist[language] : undefined;
  return gist ? fillLabel(labels.compareLawDutchWordsGist, { gist }) : labels.compareLawDutchWords;
}

/**
 * A topic list's text (whom a requirement binds, its note on a law that applies directly, a condition's question, what
 * a clause lacks) in the labels' language.
 */
export function topicListText(text: PerLanguage | undefined, labels: Labels): string {
  return text === undefined ? '' : inLanguage(text, labels.lang);
}

/** The cell of a requirement that may bind: ✓ only where a clause states the requirement itself (law-view.ts). */
function requirementCell(
  row: LawRow,
  topic: TopicCoverage | undefined,
  key: string,
  labels: Labels,
  name: ClauseNamer,
  topicNames: TopicNames,
): TopicCell {
  const ids = row.clauses?.map((id) => name(key, id)).join(', ') ?? '';
  let cell: TopicCell;
  if (row.finding === 'met') cell = { key, covered: true, state: 'covered', text: ids };
  else if (row.finding === 'direct')
    cell = {
      key,
      covered: false,
      state: 'direct',
      text: fillLabel(labels.compareLawDirect, { note: topicListText(row.direct, labels) }),
    };
  else if (row.finding === 'unmet')
    cell = {
      key,
      covered: false,
      state: 'possible',
      text: row.opposite?.length
        ? fillLabel(labels.compareLawOpposite, { ids })
        : row.needs
          ? fillLabel(labels.compareLawUnmet, { ids, needs: topicListText(row.needs, labels) })
          : fillLabel(labels.compareLawUntested, { ids }),
    };
  else if (topic) cell = cellOf(topic, key, labels, name, topicNames);
  else cell = { key, covered: false, state: 'not-found', text: labels.compareTopicNotFound };
  if (row.applies !== 'if-applicable') return cell;
  const ask = row.question
    ? fillLabel(labels.compareLawAsk, { question: topicListText(row.question, labels) })
    : fillLabel(labels.compareLawAskWho, { who: topicListText(row.who, labels) });
  return { ...cell, text: `${ask} — ${cell.text}` };
}

function notApplicableCell(row: LawRow, key: string, labels: Labels): TopicCell {
  if (row.applies === 'schools-only')
    return {
      key,
      covered: false,
      state: 'schools-only',
      text: fillLabel(labels.compareLawSchoolsOnly, { who: topicListText(row.who, labels) }),
    };
  const text = row.question
    ? fillLabel(labels.compareLawAnsweredNo, { question: topicListText(row.question, labels) })
    : fillLabel(labels.compareLawNotApplicable, { who: topicListText(row.who, labels) });
  return { key, covered: false, state: 'not-applicable', text };
}

/**
 * What the law asks of the compared kind of policy, per organisation in the comparison's order (the alignment's law
 * view, src/compare/topics/law-view.ts): each requirement, with the cell every format shows for it. Empty when no topic
 * names a law.
 */
export function requirementGroups(alignment: Alignment, labels: Labels, name: ClauseNamer = byId): RequirementGroup[] {
  const topics = new Map((alignment.topics ?? []).map((topic) => [topic.id, topic]));
  const topicNames = topicNamesOf(alignment, labels);
  return (alignment.law?.groups ?? []).map((group) => ({
    key: group.key,
    rows: group.rows.map((row) => ({
      topic: row.topic,
      name: topicName(row, labels),
      basis: `${row.law} ${row.article}`,
      words: row.words,
      wordsLang: LAW_WORDS_LANGUAGE,
      wordsNote: wordsNote(row, labels),
      source: row.checked ?? '',
      ifApplicable: row.applies === 'if-applicable',
      notApplicable: row.applies === 'not-applicable',
      schoolsOnly: row.applies === 'schools-only',
      cell:
        row.applies === 'not-applicable' || row.applies === 'schools-only'
          ? notApplicableCell(row, group.key, labels)
          : requirementCell(row, topics.get(row.topic), group.key, labels, name, topicNames),
    })),
  }));
}

/**
 * As of which date each law's text was read ("Wettekst van: WPO 1 augustus 2026; Awb 1 juli 2026."), of the laws
 * `only` names when given; '' when none is cited.
 */
export function lawAsOf(alignment: Alignment, labels: Labels, only?: ReadonlySet<string>): string {
  const dates = (alignment.law?.asOf ?? [])
    .filter(({ law }) => !only || only.has(law))
    .map(
      ({ law, date }) => `${law} ${date ? (formatDate(date, labels.lang) ?? date) : labels.compareLawUnverifiedText}`,
    )
    .join('; ');
  return dates ? fillLabel(labels.compareLawAsOf, { dates }) : '';
}

/** The note under "What the law asks": what its cells mean, and as of which date each law's text was read. */
export function lawNote(alignment: Alignment, labels: Labels): string {
  const asOf = lawAsOf(alignment, labels);
  return asOf ? `${labels.compareLawNote} ${asOf}` : labels.compareLawNote;
}

// The topics of a comparison as every format shows them: per topic and organisation, the clauses that cover it
// (with the sentence where only a sentence does) or "not found" with how many clauses were read and the closest
// candidates; beneath each topic, the numbers of its provisions. Never "absent": only a person confirms that.
import type { Alignment, TopicClause, TopicCoverage } from '../../../compare/types.js';
import { fillLabel, type Labels } from '../../../wording/labels.js';

export interface TopicCell {
  key: string;
  covered: boolean;
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
function topicClauseRef(clause: TopicClause, labels: Labels): string {
  const said = clause.confirmed ? labels.compareConfirmed : clause.stale ? labels.compareTopicAnswerStale : '';
  const ref = sentencesRef(clause, labels);
  return said ? `${ref} (${said})` : ref;
}

function sentencesRef(clause: TopicClause, labels: Labels): string {
  const sentences = clause.sentences;
  if (!sentences) return clause.id;
  const first = sentences[0] ?? 0;
  const last = sentences[sentences.length - 1] ?? first;
  const consecutive = last - first + 1 === sentences.length;
  const part =
    sentences.length === 1
      ? fillLabel(labels.compareSentence, { n: first })
      : consecutive
        ? fillLabel(labels.compareSentences, { from: first, to: last })
        : sentences.map((n) => fillLabel(labels.compareSentence, { n })).join(', ');
  return `${clause.id} (${part})`;
}

function cellOf(topic: TopicCoverage, key: string, labels: Labels): TopicCell {
  const clauses = topic.clauses[key];
  if (clauses) return { key, covered: true, text: clauses.map((clause) => topicClauseRef(clause, labels)).join(', ') };
  const notFound = topic.notFound[key];
  // Absent only where a person confirmed it on the text as it is; otherwise what the tool saw.
  if (notFound?.absent === 'confirmed') return { key, covered: false, text: labels.compareTopicAbsent };
  const ids = notFound?.candidates.map((candidate) => candidate.id).join(', ') ?? '';
  const seen =
    ids === ''
      ? labels.compareTopicNotFound
      : fillLabel(labels.compareTopicCandidates, { count: notFound?.looked ?? 0, ids });
  return { key, covered: false, text: notFound?.absent === 'stale' ? `${seen} (${labels.compareTopicStale})` : seen };
}

/** The topic rows of an alignment, in the topic list's order; empty when it has no topics. */
export function topicRows(alignment: Alignment, labels: Labels): TopicRow[] {
  return (alignment.topics ?? []).map((topic) => ({
    id: topic.id,
    name: topic.name,
    description: topic.description,
    cells: alignment.documents.map((document) => cellOf(topic, document.key, labels)),
    provisions: topic.provisions.map((index) => index + 1),
  }));
}

/** The note under the topics heading: what "not found" means, and where the topics came from when no list gave them. */
export function topicsNote(alignment: Alignment, labels: Labels): string {
  return alignment.topicsInduced?.length
    ? `${labels.compareTopicsNote} ${labels.compareTopicsInduced}`
    : labels.compareTopicsNote;
}

// The open questions of a comparison as a person answers them (src/compare/provisions/review-queue.ts), for the report's
// review page (src/render/html/review-page.ts) and the workplace's (src/render/workplace/questions.ts): grouped by
// topic, each with the texts it asks about quoted and the organisations named, and its answers as `clausemark confirm`
// takes them (same / different, on-topic / off-topic, absent). No clause ids and no scores for the reader: a person
// judges texts, not numbers. A handful of questions per topic (REVIEW_PER_TOPIC), most telling first; the rest are
// counted, and stay on the comparison page, as do the weak leads of "not matched" cells.
import { type ReviewQuestion, reviewQuestions } from '../../../compare/provisions/review-queue.js';
import { asksOfPolicy } from '../../../compare/read/law-rows.js';
import type { Alignment, TopicCoverage } from '../../../compare/read/types.js';
import { fillLabel, type Labels } from '../../../wording/labels.js';
import { lawAsOf, topicName } from './topics.js';

/** At most this many questions per topic on the page. */
export const REVIEW_PER_TOPIC = 5;

/** An answer: what `clausemark confirm` is given (first, second, verdict), and its word. */
export interface ReviewButton {
  first: string;
  second: string;
  verdict: 'same' | 'different' | 'on-topic' | 'off-topic' | 'absent';
  label: string;
}

export interface Quote {
  org: string;
  text: string;
}

export interface ReviewItem {
  question: string;
  note?: string;
  quotes: Quote[];
  buttons: ReviewButton[];
  /** Sorts a topic's questions: decisions that settle a cell first. */
  rank: number;
}

export interface ReviewGroup {
  id: string;
  name: string;
  items: ReviewItem[];
  more?: string;
}

/** Every clause's text, from the provisions (every clause is a whole member of exactly one): ORG:ID → text. */
function clauseTexts(alignment: Alignment): Map<string, string> {
  const texts = new Map<string, string>();
  for (const provision of alignment.provisions)
    for (const [key, members] of Object.entries(provision.members))
      for (const member of members) if (!member.part) texts.set(`${key}:${member.id}`, member.text);
  return texts;
}

/**
 * "De wet vraagt dit: WPO art. 14 lid 1. Wettekst van: WPO 1 augustus 2026." for the organisation: only the
 * requirements of the topic that bind it or may and ask its policy to state them (law-rows.ts), never one that is
 * not applicable to it, school law where it is not known to be a school, or one the law applies directly.
 */
function lawNoteOf(
  alignment: Alignment,
  topic: TopicCoverage | undefined,
  org: string,
  labels: Labels,
): string | undefined {
  if (!topic?.law?.length) return undefined;
  const rows = alignment.law?.groups.find((group) => group.key === org)?.rows;
  const bases = rows ? rows.filter((row) => row.topic === topic.id && asksOfPolicy(row)) : topic.law;
  if (bases.length === 0) return undefined;
  const required = fillLabel(labels.reviewRequired, {
    basis: bases.map((basis) => `${basis.law} ${basis.article}`).join('; '),
  });
  const asOf = lawAsOf(alignment, labels, new Set(bases.map((basis) => basis.law)));
  return asOf ? `${required} ${asOf}` : required;
}

function topicItem(
  question: Extract<ReviewQuestion, { kind: 'topic-possible' | 'topic-not-found' | 'topic-weak' }>,
  alignment: Alignment,
  topic: TopicCoverage | undefined,
  name: (key: string) => string,
  texts: ReadonlyMap<string, string>,
  labels: Labels,
): ReviewItem {
  const org = name(question.org);
  const note = lawNoteOf(alignment, topic, question.org, labels);
  if (question.kind === 'topic-not-found') {
    return {
      question: fillLabel(labels.reviewTopicNotFound, { org }),
      ...(note ? { note } : {}),
      quotes: [],
      buttons: [{ first: question.org, second: question.topic, verdict: 'absent', label: labels.reviewAbsent }],
      rank: question.required ? 1 : 3,
    };
  }
  const clause = question.kind === 'topic-possible' ? (question.candidates[0] as string) : question.clause;
  const answer = (verdict: 'on-topic' | 'off-topic', label: string): ReviewButton => ({
    first: clause,
    second: question.topic,
    verdict,
    label,
  });
  return {
    question: fillLabel(question.kind === 'topic-possible' ? labels.reviewTopicPossible : labels.reviewTopicWeak, {
      org,
    }),
    ...(note ? { note } : {}),
    quotes: [{ org, text: texts.get(clause) ?? '' }],
    buttons: [answer('on-topic', labels.reviewCovers), answer('off-topic', labels.reviewNot)],
    rank: question.kind === 'topic-possible' ? 0 : 2,
  };
}

function pairItem(
  question: Extract<ReviewQuestion, { kind: 'possible' | 'not-matched' | 'low-confidence' }>,
  alignment: Alignment,
  name: (key: string) => string,
  texts: ReadonlyMap<string, string>,
  labels: Labels,
): ReviewItem {
  const provision = alignment.provisions[question.provision];
  const lead = provision?.suggestions?.[question.org] ?? provision?.notFound?.[question.org]?.lead;
  const [firstOrg] = question.first.split(':');
  const second = texts.get(question.second) ?? lead?.text ?? '';
  const answer = (verdict: 'same' | 'different', label: string): ReviewButton => ({
    first: question.first,
    second: question.second,
    verdict,
    label,
  });
  return {
    question: labels.reviewPair,
    quotes: [
      { org: name(firstOrg ?? ''), text: texts.get(question.first) ?? provision?.label ?? '' },
      { org: name(question.org), text: second },
    ],
    buttons: [answer('same', labels.reviewSame), answer('different', labels.reviewDifferent)],
    rank: question.kind === 'possible' ? 4 : 5,
  };
}

/** The review page's groups: one per topic with questions (in the topic list's order), then the other provisions. */
export function reviewGroups(alignment: Alignment, labels: Labels): ReviewGroup[] {
  const names = new Map(alignment.documents.map((document) => [document.key, document.name || document.key]));
  const name = (key: string): string => names.get(key) ?? key;
  const texts = clauseTexts(alignment);
  const topics = alignment.topics ?? [];
  const byTopic = new Map<string, ReviewItem[]>(topics.map((topic) => [topic.id, []]));
  const other: ReviewItem[] = [];
  for (const question of reviewQuestions(alignment)) {
    if (question.kind === 'topic-possible' || question.kind === 'topic-not-found' || question.kind === 'topic-weak') {
      const topic = topics.find((candidate) => candidate.id === question.topic);
      byTopic.get(question.topic)?.push(topicItem(question, alignment, topic, name, texts, labels));
      continue;
    }
    // A weak lead (a clause that only just clears the lowest bar) is mostly wrong: it stays on the comparison page.
    if (question.kind === 'not-matched') continue;
    const item = pairItem(question, alignment, name, texts, labels);
    const topic = topics.find((candidate) => candidate.provisions.includes(question.provision));
    (topic ? (byTopic.get(topic.id) as ReviewItem[]) : other).push(item);
  }
  const group = (id: string, title: string, items: ReviewItem[]): ReviewGroup => {
    const sorted = [...items].sort((a, b) => a.rank - b.rank);
    const shown = sorted.slice(0, REVIEW_PER_TOPIC);
    const rest = sorted.length - shown.length;
    return {
      id,
      name: title,
      items: shown,
      ...(rest > 0 ? { more: fillLabel(labels.reviewMore, { count: rest }) } : {}),
    };
  };
  const groups = topics.flatMap((topic) => {
    const items = byTopic.get(topic.id) ?? [];
    return items.length > 0 ? [group(topic.id, topicName(topic, labels), items)] : [];
  });
  if (other.length > 0) groups.push(group('overige', labels.reviewOther, other));
  return groups;
}

/** How many questions the review page shows (the link on the comparison page says so). */
export function reviewCount(alignment: Alignment, labels: Labels): number {
  return reviewGroups(alignment, labels).reduce((sum, group) => sum + group.items.length, 0);
}

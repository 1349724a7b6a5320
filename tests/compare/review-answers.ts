// A person working down the review queue (src/compare/provisions/review-queue.ts) of the five seeds, answering each
// question from the hand labels as someone who knows the texts would, and recording each answer as `clausemark
// confirm` records it (into a temporary alignments file); then the comparison again with those answers, as `compare`
// reads them. Used by tests/compare/review-answers.integration.test.ts.
//
// The answers: a pair question is "the same" when a pair label (any of the sets given) pairs its clause with a whole
// member of the provision, else, where the question offers other pairs (its alternatives: the cell's next clauses,
// or clauses offered beside the asked one), the first of those a label pairs is "the same"; where none is, the asked
// pair is "not the same" (`--not`); a topic question is answered from the seeds' topic labels
// (tests/fixtures/topic-labels/social-media.yaml): a clause covers the topic or not (`--topic`, `--topic --not`), and
// a topic no clause comes near is absent (`--absent`) only where no clause of the organisation is labelled with it —
// else the person has no answer the queue offers, and the question is counted as answered all the same.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { alignPolicies, type Alignment, type ReviewQuestion, reviewQuestions } from '../../src/compare/index.js';
import { confirmAbsence, confirmPairing, confirmTopic } from '../../src/compare/confirm/confirm.js';
import {
  readAbsences,
  readConfirmations,
  readProvisionAbsences,
  readTopicVerdicts,
} from '../../src/compare/read/confirmations.js';
import type { TopicDefinition } from '../../src/compare/read/topic-list.js';
import { addLawView } from '../../src/compare/topics/law-view.js';
import type { Policy } from '../../src/model/policy.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { type Labels, sideKeys, splitKey } from './evaluate.js';

const TOPIC_LABELS = join(PROJECT_ROOT, 'tests', 'fixtures', 'topic-labels', 'social-media.yaml');

/** org → clause id → the topics it covers. */
type TopicLabels = Record<string, Record<string, string[]>>;

export function readTopicLabels(): TopicLabels {
  return (parse(readFileSync(TOPIC_LABELS, 'utf8')) as { labels: TopicLabels }).labels;
}

/** The seeds aligned as `compare` aligns them, with the answers of `file` when given, and the law's view. */
export function alignAsCompare(
  policies: readonly Policy[],
  topics: readonly TopicDefinition[] | undefined,
  file?: string,
): Alignment {
  const alignment = alignPolicies(policies, {
    topics: topics ?? 'induce',
    ...(file
      ? {
          confirmations: readConfirmations(file),
          absences: readAbsences(file),
          provisionAbsences: readProvisionAbsences(file),
          topicVerdicts: readTopicVerdicts(file),
        }
      : {}),
  });
  addLawView(alignment, policies, PROJECT_ROOT);
  return alignment;
}

export interface Answered {
  question: ReviewQuestion;
  /** What the person answered, as the command's arguments. */
  answer: string;
}

/** Every clause a pair label gives as a counterpart of `key`. */
function partnersOf(sets: readonly Labels[]): Map<string, Set<string>> {
  const partners = new Map<string, Set<string>>();
  for (const labels of sets)
    for (const [a, b] of [...labels.pairs, ...labels.paraphrases])
      for (const x of sideKeys(a))
        for (const y of sideKeys(b)) {
          partners.set(x, (partners.get(x) ?? new Set()).add(y));
          partners.set(y, (partners.get(y) ?? new Set()).add(x));
        }
  return partners;
}

/** How the person answers, from the hand labels: see the head of this file. */
function answerer(sets: readonly Labels[]) {
  const partners = partnersOf(sets);
  const topicLabels = readTopicLabels();
  const covers = (key: string, topic: string): boolean => {
    const [org, id] = splitKey(key);
    return topicLabels[org]?.[id]?.includes(topic) ?? false;
  };
  /** Records the answer to `question`, asked of `alignment`, into `file`; returns it as the command's arguments. */
  return (policies: readonly Policy[], alignment: Alignment, question: ReviewQuestion, file: string): string => {
    if ('provision' in question) {
      const provision = alignment.provisions[question.provision];
      const members = Object.entries(provision?.members ?? {}).flatMap(([key, list]) =>
        key === question.org ? [] : list.filter((member) => !member.part).map((member) => `${key}:${member.id}`),
      );
      // The pair asked about, else one of the other pairs the question offers (its alternatives), else none: a pair
      // beside the provision is the same when a label pairs the clause with a whole member of it; beside the asked
      // clause, when a label pairs the two.
      const offered = [
        { first: question.first, second: question.second },
        ...('alternatives' in question ? (question.alternatives ?? []) : []),
      ];
      const chosen = offered.find(({ first, second }) =>
        first === question.first
          ? members.some((member) => partners.get(member)?.has(second))
          : partners.get(first)?.has(second),
      );
      const side = (key: string) => {
        const [org, clause] = splitKey(key);
        return { org, clause };
      };
      const { first, second } = chosen ?? { first: question.first, second: question.second };
      confirmPairing(policies, chosen ? 'same' : 'different', side(first), side(second), { file });
      return `${chosen ? '' : '--not '}${first} ${second}`;
    }
    if (question.kind === 'topic-weak' || question.kind === 'topic-possible') {
      const clause = question.kind === 'topic-weak' ? question.clause : (question.candidates[0] ?? '');
      const yes = covers(clause, question.topic);
      const [org, id] = splitKey(clause);
      confirmTopic(policies, yes ? 'on-topic' : 'off-topic', { org, clause: id }, question.topic, {
        root: PROJECT_ROOT,
        file,
      });
      return `--topic ${yes ? '' : '--not '}${clause} ${question.topic}`;
    }
    const labelled = Object.values(topicLabels[question.org] ?? {}).some((topics) => topics.includes(question.topic));
    if (!labelled) confirmAbsence(policies, question.org, question.topic, { root: PROJECT_ROOT, file });
    return labelled
      ? `(covered in words the queue does not name: no answer) ${question.org} ${question.topic}`
      : `--absent ${question.org} ${question.topic}`;
  };
}

const answersFile = (): string => join(mkdtempSync(join(tmpdir(), 'clausemark-review-answers-')), 'alignments.yaml');

/**
 * Answers the first `count` questions of the queue as one page shows them, in its order, into a new alignments file,
 * and returns the answers and the file.
 */
export function answerQueue(
  policies: readonly Policy[],
  alignment: Alignment,
  sets: readonly Labels[],
  count: number,
): { answered: Answered[]; file: string } {
  const file = answersFile();
  const answer = answerer(sets);
  const answered = reviewQuestions(alignment)
    .slice(0, count)
    .map((question) => ({ question, answer: answer(policies, alignment, question, file) }));
  return { answered, file };
}

/**
 * Answers `count` questions as `clausemark serve --watch` asks them: each time the first question of the queue of the
 * comparison made again with the answers so far (what an answer settles is asked no more). Returns the answers, the
 * file and the last comparison.
 */
export function answerOneByOne(
  policies: readonly Policy[],
  topics: readonly TopicDefinition[] | undefined,
  sets: readonly Labels[],
  count: number,
): { answered: Answered[]; file: string; alignment: Alignment } {
  const file = answersFile();
  const answer = answerer(sets);
  const answered: Answered[] = [];
  let alignment = alignAsCompare(policies, topics);
  // A question the person has no answer to (a topic covered in words the queue does not name) stays in the queue: the
  // next one is taken.
  const asked = new Set<string>();
  const keyOf = (question: ReviewQuestion): string =>
    JSON.stringify(
      'provision' in question ? [question.first, question.second] : [question.kind, question.org, question.topic],
    );
  for (let at = 0; at < count; at++) {
    const question = reviewQuestions(alignment).find((candidate) => !asked.has(keyOf(candidate)));
    if (!question) break;
    asked.add(keyOf(question));
    answered.push({ question, answer: answer(policies, alignment, question, file) });
    alignment = alignAsCompare(policies, topics, file);
  }
  return { answered, file, alignment };
}

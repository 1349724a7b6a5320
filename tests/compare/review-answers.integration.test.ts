// A review one person finishes (issue 73 item 3): the queue of the five seeds holds at most REVIEW_LIMIT questions,
// and so does that of five short regulations (the klachtenregelingen of ../shared/dev-corpus/nl-kinds labelled in
// tests/fixtures/topic-labels/nl-kinds); each answer changes the page; and what ten answers, given from the hand labels
// (tests/compare/review-answers.ts), do to the seed alignment's recall and precision on the three label sets. The
// figures are printed for the record (docs/compare.md quotes them) and held as they are, so a change that makes the
// first ten answers do less fails here. The target, recall ≥ 0.95 after ten answers on the held-out pairs,
// is not reached: see docs/compare.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Alignment, reviewQuestions, topicsFor } from '../../src/compare/index.js';
import { openQuestionCount, REVIEW_LIMIT, reviewRank } from '../../src/compare/provisions/review-queue.js';
import type { Policy } from '../../src/model/policy.js';
import { loadPolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT, policyPath, SEED_ORGS } from '../support/paths.js';
import { evaluate, HELD_OUT_PATH, type Labels, PARAPHRASE_PATH, readLabels, type Scores } from './evaluate.js';
import { corpus, labelledDocuments, readKindLabels } from './kind-labels.js';
import { type Answered, alignAsCompare, answerQueue } from './review-answers.js';

const ANSWERS = 10;
let policies: Policy[];
let before: Alignment;
let after: Alignment;
let answered: Answered[];
const sets: [string, Labels][] = [];

beforeAll(() => {
  policies = SEED_ORGS.map((org) => loadPolicy(policyPath(org)).policy);
  const topics = topicsFor(policies, PROJECT_ROOT);
  before = alignAsCompare(policies, topics);
  sets.push(
    ['tuning', readLabels()],
    ['held-out', readLabels(HELD_OUT_PATH)],
    ['paraphrases', readLabels(PARAPHRASE_PATH)],
  );
  const given = answerQueue(
    policies,
    before,
    sets.map(([, labels]) => labels),
    ANSWERS,
  );
  answered = given.answered;
  after = alignAsCompare(policies, topics, given.file);
});

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;
const line = (scores: Scores): string =>
  `recall ${percent(scores.all.recall)} (${scores.all.found}/${scores.all.labelled}), precision ${percent(scores.precision)} (${scores.falsePositives.length} wrong)`;

/** Does a provision that holds `first` offer `second` beside it (its possible match or a candidate of its cell)? */
const offered = (alignment: Alignment, first: string, second: string): boolean => {
  const [org, id] = [second.slice(0, second.indexOf(':')), second.slice(second.indexOf(':') + 1)];
  const [firstOrg, firstId] = [first.slice(0, first.indexOf(':')), first.slice(first.indexOf(':') + 1)];
  return alignment.provisions.some(
    (provision) =>
      provision.members[firstOrg]?.some((member) => member.id === firstId) &&
      (provision.suggestions?.[org]?.id === id ||
        (provision.notFound?.[org]?.candidates ?? []).some((candidate) => candidate.id === id)),
  );
};

/** Do the two clauses share a provision? */
const together = (alignment: Alignment, first: string, second: string): boolean =>
  alignment.provisions.some((provision) =>
    [first, second].every((key) => {
      const org = key.slice(0, key.indexOf(':'));
      return provision.members[org]?.some((member) => member.id === key.slice(key.indexOf(':') + 1));
    }),
  );

describe('the review queue of the five seeds', () => {
  it(`holds at most ${REVIEW_LIMIT} questions (there were 444), each changing the page when answered`, () => {
    const questions = reviewQuestions(before);
    console.log(
      `review queue of the five seeds: ${questions.length} questions of ${openQuestionCount(before)} open that change a cell`,
    );
    expect(questions.length).toBeLessThanOrEqual(REVIEW_LIMIT);
    expect(answered).toHaveLength(Math.min(ANSWERS, questions.length));
    const asked = new Set(
      reviewQuestions(after).flatMap((question) =>
        'second' in question ? [`${question.first}|${question.second}`] : [],
      ),
    );
    for (const { question, answer } of answered) {
      if (question.kind === 'topic-weak' || question.kind === 'topic-possible') {
        // A clause answered on a topic: the cell names it as confirmed, or no longer at all.
        const clause = question.kind === 'topic-weak' ? question.clause : (question.candidates[0] ?? '');
        const id = clause.slice(clause.indexOf(':') + 1);
        const topic = after.topics?.find((candidate) => candidate.id === question.topic);
        const named = topic?.clauses[question.org]?.find((candidate) => candidate.id === id);
        if (answer.includes('--not')) {
          expect(named).toBeUndefined();
          expect(topic?.notFound[question.org]?.candidates.some((candidate) => candidate.id === id) ?? false).toBe(
            false,
          );
        } else expect(named?.confirmed).toBe(true);
        continue;
      }
      if (!('second' in question)) continue;
      // Answered, it is asked no more; "the same" puts the two in one provision, "not the same" takes the clause
      // off the cell it was offered in.
      expect(asked.has(`${question.first}|${question.second}`)).toBe(false);
      if (answer.startsWith('--not')) expect(offered(after, question.first, question.second)).toBe(false);
      else expect(together(after, question.first, question.second)).toBe(true);
    }
  });

  it(`reports recall and precision after the first ${ANSWERS} answers, from the hand labels`, () => {
    const lines = [`seed alignment before and after the review queue's first ${ANSWERS} answers:`];
    const figures: Record<string, { before: Scores; after: Scores }> = {};
    for (const [name, labels] of sets) {
      figures[name] = { before: evaluate(before, labels), after: evaluate(after, labels) };
      lines.push(`  ${name}: before ${line(figures[name].before)}; after ${line(figures[name].after)}`);
    }
    lines.push(...answered.map(({ question, answer }) => `  answered (${question.kind}): ${answer}`));
    console.log(lines.join('\n'));
    const { tuning, 'held-out': heldOut, paraphrases } = figures as Record<string, { before: Scores; after: Scores }>;
    if (!tuning || !heldOut || !paraphrases) throw new Error('three label sets');
    // Held at what this measures: the answers lose no pair and add no wrong one. The first ten questions are topic
    // cells (a board asks per topic; the seeds' topics name no law), which join no pair: recall stays where it was
    // (tuning 76/80, held-out 3/11, paraphrases 5/25), under the 0.95 on the held-out pairs.
    for (const set of [tuning, heldOut, paraphrases]) {
      expect(set.after.all.found).toBeGreaterThanOrEqual(set.before.all.found);
      expect(set.after.falsePositives.length).toBeLessThanOrEqual(set.before.falsePositives.length);
    }
    expect(tuning.after.all.recall).toBeGreaterThanOrEqual(0.95);
    expect(tuning.after.precision).toBeGreaterThanOrEqual(0.98);
    expect(heldOut.after.all.found).toBeGreaterThanOrEqual(3);
    expect(heldOut.after.precision).toBeGreaterThanOrEqual(0.98);
  });
});

describe.skipIf(!corpus.present)(
  'the review queue of five short regulations (skipped when ../shared/dev-corpus is absent)',
  () => {
    it(`holds at most ${REVIEW_LIMIT} questions, the cells of "Wat de wet vraagt" first`, () => {
      // The five of the first labelled set (tuning and held-out); the regulations labelled later are more than five.
      const documents = labelledDocuments(readKindLabels('klachtenregeling'))
        .filter((document) => document.set !== 'added')
        .map((document) => document.policy);
      const alignment = alignAsCompare(documents, topicsFor(documents, PROJECT_ROOT));
      const questions = reviewQuestions(alignment);
      console.log(
        `review queue of five klachtenregelingen: ${questions.length} questions of ${openQuestionCount(alignment)} open that change a cell`,
      );
      expect(documents).toHaveLength(5);
      expect(questions.length).toBeLessThanOrEqual(REVIEW_LIMIT);
      // The law asks for a klachtenregeling's topics (templates/topics/klachtenregeling.yaml): its cells come first.
      const ranks = questions.map((question) => reviewRank(alignment, question));
      expect(ranks[0]).toBe(0);
      expect(ranks).toEqual([...ranks].sort((a, b) => (a ?? 9) - (b ?? 9)));
    });
  },
);

// A review one person finishes (issue 73 item 3): the queue of the five seeds holds at most REVIEW_LIMIT questions,
// and so does that of five short regulations (the klachtenregelingen of ../shared/dev-corpus/nl-kinds labelled in
// tests/fixtures/topic-labels/nl-kinds); each answer changes the page, and "the same" settles every question that
// competes for its two clauses; and what ten answers, given from the hand labels (tests/compare/review-answers.ts), do
// to the seed alignment's recall and precision on the three label sets — the first ten of one page, ten asked one
// by one as `serve --watch` asks them (the comparison made again after each answer), and the whole queue of one page. The figures are printed for the
// record (docs/compare.md quotes them) and held as they are, so a change that makes the first ten answers do less
// fails here. The target, recall ≥ 0.95 after ten answers, is not reached: see docs/compare.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Alignment, reviewQuestions, type TopicDefinition, topicsFor } from '../../src/compare/index.js';
import { openQuestionCount, REVIEW_LIMIT, reviewRank } from '../../src/compare/provisions/review-queue.js';
import type { Policy } from '../../src/model/policy.js';
import { loadPolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT, policyPath, SEED_ORGS } from '../support/paths.js';
import {
  evaluate,
  HELD_OUT_PATH,
  type Labels,
  PARAPHRASE_PATH,
  readLabels,
  type Scores,
  splitKey,
} from './evaluate.js';
import { corpus, labelledDocuments, readKindLabels } from './kind-labels.js';
import { type Answered, alignAsCompare, answerOneByOne, answerQueue } from './review-answers.js';

const ANSWERS = 10;
/** Eleven comparisons of the five seeds, one after each answer, on a shared machine. */
const ONE_BY_ONE_TIMEOUT = 300_000;
let policies: Policy[];
let before: Alignment;
let after: Alignment;
let answered: Answered[];
let topics: TopicDefinition[] | undefined;
const sets: [string, Labels][] = [];

beforeAll(() => {
  policies = SEED_ORGS.map((org) => loadPolicy(policyPath(org)).policy);
  topics = topicsFor(policies, PROJECT_ROOT);
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

/** Is the clause offered beside any provision (as its possible match or a candidate of one of its cells)? */
const offeredAnywhere = (alignment: Alignment, key: string): boolean => {
  const [org, id] = splitKey(key);
  return alignment.provisions.some(
    (provision) =>
      provision.suggestions?.[org]?.id === id ||
      (provision.notFound?.[org]?.candidates ?? []).some((candidate) => candidate.id === id) ||
      provision.notFound?.[org]?.lead?.id === id,
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
    let confirmedPairs = 0;
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
      // Answered, it is asked no more; "the same" (of the asked pair or of one the question offers beside it) puts
      // the two in one provision and offers neither beside another (it settles every question that competes for
      // them), "not the same" takes the clause off the cell it was offered in.
      expect(asked.has(`${question.first}|${question.second}`)).toBe(false);
      const [first, second] = answer.replace(/^--not /, '').split(' ') as [string, string];
      if (answer.startsWith('--not')) expect(offered(after, first, second)).toBe(false);
      else {
        expect([question, ...(question.alternatives ?? [])]).toContainEqual(expect.objectContaining({ first, second }));
        expect(together(after, first, second)).toBe(true);
        expect([first, second].filter((key) => offeredAnywhere(after, key))).toEqual([]);
        confirmedPairs++;
      }
    }
    // The queue's first ten hold pairs, not only topic cells: some are "the same" (before issue 73's ordering, none).
    expect(confirmedPairs).toBeGreaterThan(0);
  });

  it(`reports recall and precision after the first ${ANSWERS} answers of one page, from the hand labels`, () => {
    const figures = report(`the first ${ANSWERS} answers of one page`, after, answered);
    // Held at what this measures: the answers lose no pair and add no wrong one, and four of the ten join a labelled
    // pair (tuning 76/80 → 77/80, held-out 3/11 → 5/11, paraphrases 5/25 → 7/25; before issue 73's ordering the ten
    // were topic cells and joined none; before a question offered the cell's other pairs, held-out 4/11). Since the
    // defined-term pass (definition-links.ts) the comparison starts from held-out 6/11 and paraphrases 6/25, and ten
    // answers give 77/80, 8/11, 8/25. Under the 0.95.
    holds(figures, { tuning: 77, 'held-out': 8, paraphrases: 8 });
  });

  it(`reports recall and precision after the whole queue of one page (at most ${REVIEW_LIMIT} answers)`, () => {
    const whole = answerQueue(
      policies,
      before,
      sets.map(([, labels]) => labels),
      REVIEW_LIMIT,
    );
    const figures = report(`the whole queue of one page`, alignAsCompare(policies, topics, whole.file), whole.answered);
    // Held at what this measures: tuning 80/80, held-out 9/11, paraphrases 11/25, no wrong pair added. Before the
    // queue skipped clauses already aligned with a clause of the organisation asked about (a "the same" there tears
    // a provision apart), the whole queue answered gave 78/80 with three wrong pairs added (precision 0.951),
    // 6/11 and 11/25. The defined-term pass changed none of the three.
    holds(figures, { tuning: 80, 'held-out': 9, paraphrases: 11 });
  });

  it(
    `reports recall and precision after ${ANSWERS} answers asked one by one, as serve --watch asks them`,
    () => {
      const oneByOne = answerOneByOne(
        policies,
        topics,
        sets.map(([, labels]) => labels),
        ANSWERS,
      );
      expect(oneByOne.answered).toHaveLength(ANSWERS);
      const figures = report(`${ANSWERS} answers asked one by one`, oneByOne.alignment, oneByOne.answered);
      // Held at what this measures (before the defined-term pass: tuning 77/80, held-out 4/11, paraphrases 7/25): a "not the same" brings the
      // cell's next candidate up, which may be the pair. (5/11 before the queue skipped clauses already aligned with
      // a clause of the organisation asked about: that rule lets an unlabelled pair into the first ten, and is
      // worth five labelled pairs and three wrong ones fewer over the whole queue, above.) Since the defined-term pass:
      // 77/80, 7/11, 8/25.
      holds(figures, { tuning: 77, 'held-out': 7, paraphrases: 8 });
    },
    ONE_BY_ONE_TIMEOUT,
  );
});

type Figures = Record<string, { before: Scores; after: Scores }>;

/** Prints recall and precision on the three label sets before and after `answered`, and returns them. */
function report(title: string, answeredAlignment: Alignment, given: readonly Answered[]): Figures {
  const lines = [`seed alignment before and after ${title}:`];
  const figures: Figures = {};
  for (const [name, labels] of sets) {
    const entry = { before: evaluate(before, labels), after: evaluate(answeredAlignment, labels) };
    figures[name] = entry;
    lines.push(`  ${name}: before ${line(entry.before)}; after ${line(entry.after)}`);
  }
  const total = (which: 'before' | 'after'): string => {
    const found = Object.values(figures).reduce((sum, entry) => sum + entry[which].all.found, 0);
    const labelled = Object.values(figures).reduce((sum, entry) => sum + entry[which].all.labelled, 0);
    return `${found}/${labelled} = ${percent(found / labelled)}`;
  };
  lines.push(`  all three sets: recall before ${total('before')}; after ${total('after')}`);
  lines.push(...given.map(({ question, answer }) => `  answered (${question.kind}): ${answer}`));
  console.log(lines.join('\n'));
  return figures;
}

/** No set loses a pair or gains a wrong one; each finds at least `found` of its pairs; precision stays ≥ 0.98. */
function holds(figures: Figures, found: Record<string, number>): void {
  expect(Object.keys(figures).sort()).toEqual(Object.keys(found).sort());
  for (const [name, entry] of Object.entries(figures)) {
    expect(entry.after.all.found).toBeGreaterThanOrEqual(entry.before.all.found);
    expect(entry.after.falsePositives.length).toBeLessThanOrEqual(entry.before.falsePositives.length);
    expect(entry.after.all.found).toBeGreaterThanOrEqual(found[name] ?? Number.POSITIVE_INFINITY);
    expect(entry.after.precision).toBeGreaterThanOrEqual(0.98);
  }
}

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

// Missed pairs offered as candidates (issue 42 item 5): of the labelled pairs of the five seeds that the aligner
// leaves in two provisions, how many reach a person — named among the candidates of the empty cell beside one of the
// two clauses (`provisions[].notFound[ORG].candidates` or its possible match: what the matrix shows), and asked about
// by a pair question of the review queue (`reviewQuestions`: possible and not-matched questions, one per empty cell,
// not asked twice for the same two provisions or clause; at most REVIEW_LIMIT questions in all). Measured per label
// set: the tuning pairs, the held-out pairs and the paraphrases of issue 17; the pair questions are judged by the
// three sets together. Aligned as `compare` aligns the
// seeds: with the kind's topic list. The figures are printed for the record (docs/compare.md quotes them) and held as
// they are, so a change that offers fewer missed pairs, or floods the queue, fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import { alignPolicies, type Alignment, reviewQuestions, topicsFor } from '../../src/compare/index.js';
import { CELL_CANDIDATES } from '../../src/compare/provisions/provision-evidence.js';
import { REVIEW_LIMIT } from '../../src/compare/provisions/review-queue.js';
import type { Provision } from '../../src/compare/read/types.js';
import { loadPolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT, policyPath, SEED_ORGS } from '../support/paths.js';
import {
  HELD_OUT_PATH,
  type LabelPair,
  type Labels,
  PARAPHRASE_PATH,
  readLabels,
  sideKeys,
  splitKey,
} from './evaluate.js';

let alignment: Alignment;
const sets: [string, Labels][] = [];
beforeAll(() => {
  const policies = SEED_ORGS.map((org) => loadPolicy(policyPath(org)).policy);
  alignment = alignPolicies(policies, { topics: topicsFor(policies, PROJECT_ROOT) });
  sets.push(
    ['tuning', readLabels()],
    ['held-out', readLabels(HELD_OUT_PATH)],
    ['paraphrases', readLabels(PARAPHRASE_PATH)],
  );
});

/** Does the provision hold the clause, whole or in part? */
const holds = (provision: Provision, key: string): boolean => {
  const [org, id] = splitKey(key);
  return provision.members[org]?.some((member) => member.id === id) ?? false;
};

/** The labelled pairs no provision holds together. */
const missedPairs = (labels: Labels): LabelPair[] =>
  [...labels.pairs, ...labels.paraphrases].filter(
    ([a, b]) =>
      !alignment.provisions.some(
        (provision) => sideKeys(a).some((x) => holds(provision, x)) && sideKeys(b).some((y) => holds(provision, y)),
      ),
  );

/** Is some clause of one side offered beside a provision that holds a clause of the other, by `offers`? */
const offered = (pair: LabelPair, offers: (provision: number, org: string) => string[]): boolean => {
  const [a, b] = pair;
  const one = (xs: string[], ys: string[]): boolean =>
    xs.some((x) =>
      ys.some((y) => {
        const [org, id] = splitKey(y);
        return alignment.provisions.some((provision, index) => holds(provision, x) && offers(index, org).includes(id));
      }),
    );
  return one(sideKeys(a), sideKeys(b)) || one(sideKeys(b), sideKeys(a));
};

describe('pairs the aligner misses, on the five seeds', () => {
  it('are offered as candidates in their empty cell and asked about in the review queue', () => {
    const questions = reviewQuestions(alignment).flatMap((question) =>
      question.kind === 'possible' || question.kind === 'not-matched' ? [question] : [],
    );
    const inCell = (index: number, org: string): string[] => {
      const provision = alignment.provisions[index];
      const suggestion = provision?.suggestions?.[org]?.id;
      const candidates = provision?.notFound?.[org]?.candidates?.map((candidate) => candidate.id) ?? [];
      return suggestion ? [suggestion, ...candidates] : candidates;
    };
    const asked = (index: number, org: string): string[] =>
      questions
        .filter((question) => question.provision === index && question.org === org)
        .map((question) => splitKey(question.second)[1]);
    const lines: string[] = [];
    const totals = { missed: 0, inCell: 0, asked: 0 };
    for (const [name, labels] of sets) {
      const missed = missedPairs(labels);
      const cell = missed.filter((pair) => offered(pair, inCell)).length;
      const queue = missed.filter((pair) => offered(pair, asked)).length;
      lines.push(
        `  ${name}: ${missed.length} missed; ${cell} among their cell's candidates, ${queue} asked in the review queue`,
      );
      totals.missed += missed.length;
      totals.inCell += cell;
      totals.asked += queue;
    }
    // The pair questions judged by the three label sets: right when a label pairs the clause asked about with a
    // member of the provision, wrong when a label gives a member no counterpart there or another one.
    const partners = new Map<string, Set<string>>();
    const none = new Set<string>();
    for (const [, labels] of sets) {
      for (const [a, b] of [...labels.pairs, ...labels.paraphrases])
        for (const x of sideKeys(a))
          for (const y of sideKeys(b)) {
            partners.set(x, (partners.get(x) ?? new Set()).add(y));
            partners.set(y, (partners.get(y) ?? new Set()).add(x));
          }
      for (const negative of labels.negatives)
        for (const org of negative.absentIn) none.add(`${negative.clause}@${org}`);
    }
    let right = 0;
    let wrong = 0;
    for (const question of questions) {
      const provision = alignment.provisions[question.provision] as Provision;
      const members = Object.entries(provision.members).flatMap(([key, list]) =>
        list.filter((member) => !member.part).map((member) => `${key}:${member.id}`),
      );
      if (members.some((member) => partners.get(member)?.has(question.second))) right++;
      else if (
        members.some(
          (member) =>
            none.has(`${member}@${question.org}`) ||
            [...(partners.get(member) ?? [])].some((other) => splitKey(other)[0] === question.org),
        )
      )
        wrong++;
    }
    console.log(
      [
        `missed pairs offered: ${totals.inCell} of ${totals.missed} among their cell's candidates (at most ${CELL_CANDIDATES} a cell), ${totals.asked} asked in the review queue`,
        ...lines,
        `pair questions: ${questions.length} (possible ${questions.filter((question) => question.kind === 'possible').length}); judged by the labels ${right} right, ${wrong} wrong`,
      ].join('\n'),
    );
    // Every candidate is a clause of the organisation whose cell is empty, not a member of the provision, and no two
    // questions ask about the same two clauses.
    for (const provision of alignment.provisions)
      for (const [org, cell] of Object.entries(provision.notFound ?? {})) {
        expect(provision.absent).toContain(org);
        expect((cell.candidates ?? []).length).toBeLessThanOrEqual(CELL_CANDIDATES);
        for (const candidate of cell.candidates ?? []) expect(holds(provision, `${org}:${candidate.id}`)).toBe(false);
      }
    const pairs = questions.map((question) => [question.first, question.second].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
    // Held at what this measures. Before the cells had candidates, 0 of the 37 were offered and the queue held 90 pair
    // questions (1 right, 48 wrong by the labels); with them 31 were among their cell's candidates and 23 asked, in 337
    // pair questions (28 right, 131 wrong): the price of reaching the paraphrases, which score 0.05–0.15. Since pass
    // two's length ratio keeps Allure's definition of social media apart, 22 are asked: one held-out pair fewer (the
    // rows it reshaped ask about other clauses first), though it is still among its cell's candidates; and since a
    // candidate that scores nothing against the provision is not asked about, in 323 questions (27 right, 130 wrong).
    // Pass four (lead-topic-links.ts) found five of the tuning set's nine: 32 missed, the tuning set's 4 all among
    // their cell's candidates and all asked (were 8 and 5 of 9), the held-out and issue-17 lines as they were; 316
    // questions (26 right, 126 wrong).
    // Since the queue holds at most REVIEW_LIMIT questions, those that change most of the page first (issue 73), 2 of
    // the 32 were asked, in 39 pair questions (3 right, 17 wrong by the labels), behind the topic cells; since a
    // missed pair with a strong candidate (each other's closest, on one topic) comes before the topic cells that no
    // law asks for, and a join of two "+ alleen hier" rows first, 10 are asked, in 39 pair questions (9 right, 18
    // wrong). The rest stay among their cell's candidates, and come to the queue as those before them are answered.
    // The defined-term pass (definition-links.ts) joins four of the 32, the definitions of social media (three
    // held-out, one issue-17 pair), all four among their cell's candidates before and one of them asked: 28 missed,
    // 23 among their cell's candidates, 9 asked, in 39 pair questions (8 right, 18 wrong).
    expect(totals.missed).toBe(28);
    expect(totals.inCell).toBeGreaterThanOrEqual(23);
    expect(totals.asked).toBeGreaterThanOrEqual(9);
    expect(questions.length).toBeLessThanOrEqual(REVIEW_LIMIT);
  });
});

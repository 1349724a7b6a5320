// The five seed policies: precision and recall against the hand-labelled pairs, the shape of the result, and that
// the grouping depends neither on the order the documents are given in nor on which one is the base. Aligned as
// `compare` aligns them: with the kind's topic list (templates/topics/social-media.yaml), which pass three uses.
import { beforeAll, describe, expect, it } from 'vitest';
import { alignPolicies, type Alignment, type TopicDefinition, topicsFor } from '../../src/compare/index.js';
import type { Policy } from '../../src/model/policy.js';
import { allClauses } from '../../src/model/walk.js';
import { loadPolicy } from '../../src/parse/index.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';
import {
  alignedPairs,
  evaluate,
  HELD_OUT_PATH,
  PARAPHRASE_PATH,
  pairKey,
  readLabels,
  sideKeys,
  splitKey,
  type LabelPair,
  type Labels,
} from './evaluate.js';

const ORGS = ['casparus-college', 'aeres-mbo', 'flex-college', 'allure', 'aloysius'];
let policies: Policy[];
let labels: Labels;
let alignment: Alignment;
let topics: TopicDefinition[] | undefined;

beforeAll(() => {
  policies = ORGS.map((org) => loadPolicy(policyPath(org)).policy);
  labels = readLabels();
  topics = topicsFor(policies, PROJECT_ROOT);
  alignment = alignPolicies(policies, { topics });
});

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;
/** What the alignment reaches on tests/fixtures/compare/paraphrase-pairs.yaml (see the test that reports it). */
const PARAPHRASE_FLOOR = { found: 6, precision: 0.83 };

describe('labelled seed pairs', () => {
  it('name clauses that exist', () => {
    const ids = new Map(
      policies.map((policy) => [policy.meta.org, new Set(allClauses(policy).map(({ clause }) => clause.id))]),
    );
    const keys = [
      ...[...labels.pairs, ...labels.paraphrases].flat().flatMap(sideKeys),
      ...labels.negatives.map((negative) => negative.clause),
    ];
    const unknown = keys.filter((key) => {
      const [org, id] = splitKey(key);
      return !ids.get(org)?.has(id);
    });
    expect(unknown).toEqual([]);
    expect(labels.negatives.flatMap((negative) => negative.absentIn).every((org) => ORGS.includes(org))).toBe(true);
    expect(labels.pairs.length + labels.paraphrases.length).toBeGreaterThanOrEqual(40);
  });

  it('are found with precision and model-text recall of at least 0.9, and half the paraphrases', () => {
    const scores = evaluate(alignment, labels);
    console.log(
      [
        `seed alignment: precision ${percent(scores.precision)} (${scores.all.found} right, ${scores.falsePositives.length} wrong)`,
        `  recall, reworded model text: ${percent(scores.pairs.recall)} (${scores.pairs.found}/${scores.pairs.labelled})`,
        `  recall, paraphrases (Aloysius): ${percent(scores.paraphrases.recall)} (${scores.paraphrases.found}/${scores.paraphrases.labelled})`,
        `  recall, all: ${percent(scores.all.recall)} (${scores.all.found}/${scores.all.labelled})`,
        ...scores.falsePositives.map((pair) => `  wrong: ${pair}`),
        ...[...scores.pairs.missed, ...scores.paraphrases.missed].map((pair) => `  missed: ${pair}`),
      ].join('\n'),
    );
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.pairs.recall).toBeGreaterThanOrEqual(0.9);
    // Floors at what pass two measures (0.50 and 0.84), so a change that loses paraphrases fails here. The issue's
    // target of 0.9 overall is not reached: docs/compare.md says why.
    expect(scores.paraphrases.recall).toBeGreaterThanOrEqual(0.5);
    expect(scores.all.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('are reported on the held-out labels too, which share no pair with the tuning labels', () => {
    const heldOut = readLabels(HELD_OUT_PATH);
    const key = ([a, b]: LabelPair): string => [...sideKeys(a), ...sideKeys(b)].sort().join('|');
    const tuned = new Set([...labels.pairs, ...labels.paraphrases].map(key));
    const pairs = [...heldOut.pairs, ...heldOut.paraphrases];
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    expect(pairs.filter((pair) => tuned.has(key(pair)))).toEqual([]);
    const scores = evaluate(alignment, heldOut);
    // Reported, not asserted beyond what any alignment gives: these were not tuned on, and a floor set from their
    // figure would make them a tuning set.
    console.log(
      `held-out: precision ${percent(scores.precision)} (${scores.all.found} right, ${scores.falsePositives.length} wrong), ` +
        `recall ${percent(scores.all.recall)} (${scores.all.found}/${scores.all.labelled}; model text ${scores.pairs.found}/${scores.pairs.labelled}, ` +
        `paraphrases ${scores.paraphrases.found}/${scores.paraphrases.labelled})`,
    );
    expect(scores.all.labelled).toBe(pairs.length);
  });

  it('are reported on the paraphrase labels of issue 17, written before the dictionary and apart from both sets', () => {
    const paraphrases = readLabels(PARAPHRASE_PATH);
    const ids = new Map(
      policies.map((policy) => [policy.meta.org, new Set(allClauses(policy).map(({ clause }) => clause.id))]),
    );
    const positives = [...paraphrases.pairs, ...paraphrases.paraphrases];
    const different = paraphrases.different ?? [];
    const named = [...positives, ...different].flat().flatMap(sideKeys);
    expect(named.filter((key) => !ids.get(splitKey(key)[0])?.has(splitKey(key)[1]))).toEqual([]);
    expect(positives.length).toBeGreaterThanOrEqual(25);
    expect(different.length).toBeGreaterThanOrEqual(10);
    // No pair repeats one of the earlier files, and no pair contradicts what they say.
    const heldOut = readLabels(HELD_OUT_PATH);
    const earlier = [...labels.pairs, ...labels.paraphrases, ...heldOut.pairs, ...heldOut.paraphrases];
    const earlierKeys = new Set(earlier.map(pairKey));
    expect([...positives, ...different].filter((pair) => earlierKeys.has(pairKey(pair)))).toEqual([]);
    const none = new Set(
      [...labels.negatives, ...heldOut.negatives].flatMap((negative) =>
        negative.absentIn.map((document) => `${negative.clause}@${document}`),
      ),
    );
    const contradicting = positives.filter(([a, b]) =>
      sideKeys(a).some((x) =>
        sideKeys(b).some((y) => none.has(`${x}@${splitKey(y)[0]}`) || none.has(`${y}@${splitKey(x)[0]}`)),
      ),
    );
    expect(contradicting).toEqual([]);

    const scores = evaluate(alignment, paraphrases);
    console.log(
      [
        `paraphrase labels (issue 17): precision ${percent(scores.precision)} (${scores.all.found} right, ${scores.falsePositives.length} wrong), ` +
          `recall ${percent(scores.all.recall)} (${scores.all.found}/${scores.all.labelled}), ` +
          `look-alikes kept apart ${scores.keptApart.kept}/${scores.keptApart.labelled}`,
        ...scores.falsePositives.map((pair) => `  wrong: ${pair}`),
      ].join('\n'),
    );
    // Floors at what the alignment reaches (docs/compare.md, "Lemmas and compound parts"; pass three took it from 2
    // of 25 at 0.667 to 5 at 0.833, the defined-term pass to 6): a change that loses what the dictionary, pass three or
    // the defined-term pass found fails here.
    expect(scores.all.found).toBeGreaterThanOrEqual(PARAPHRASE_FLOOR.found);
    expect(scores.precision).toBeGreaterThanOrEqual(PARAPHRASE_FLOOR.precision);
  });

  it('are found between two documents alone as well', () => {
    const two = alignPolicies(policies.slice(0, 2), { topics });
    const subset: Labels = {
      documents: ORGS.slice(0, 2),
      pairs: labels.pairs.filter((pair) =>
        pair.flatMap(sideKeys).every((key) => ORGS.slice(0, 2).includes(splitKey(key)[0])),
      ),
      paraphrases: [],
      negatives: labels.negatives
        .filter((negative) => ORGS.slice(0, 2).includes(splitKey(negative.clause)[0]))
        .map((negative) => ({
          ...negative,
          absentIn: negative.absentIn.filter((org) => ORGS.slice(0, 2).includes(org)),
        })),
    };
    const scores = evaluate(two, subset);
    console.log(
      `casparus-college ↔ aeres-mbo alone: precision ${percent(scores.precision)}, recall ${percent(scores.pairs.recall)} (${scores.pairs.found}/${scores.pairs.labelled})`,
    );
    expect(subset.pairs.length).toBeGreaterThanOrEqual(10);
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.pairs.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the measure itself', () => {
  const member = (id: string) => ({ id, text: id, status: 'identical' as const, similarity: 1, line: 1 });
  const provision = (members: Record<string, string[]>) => ({
    label: 'x',
    members: Object.fromEntries(Object.entries(members).map(([key, ids]) => [key, ids.map(member)])),
    reference: Object.keys(members)[0] ?? '',
    absent: [],
  });
  const toy: Labels = {
    documents: ['a', 'b'],
    pairs: [
      ['a:1', 'b:1'],
      ['a:2', 'b:2'],
    ],
    paraphrases: [],
    negatives: [{ clause: 'a:3', absentIn: ['b'] }],
  };
  const of = (...provisions: ReturnType<typeof provision>[]): Alignment => ({
    documents: [],
    provisions,
    similarity: {},
    base: 'a',
  });

  it('counts a wrong partner and a pair the labels rule out as false positives, and unlabelled pairs not at all', () => {
    const scores = evaluate(
      of(
        provision({ a: ['1'], b: ['1'] }),
        provision({ a: ['2'], b: ['9'] }),
        provision({ a: ['3'], b: ['3'] }),
        provision({ a: ['4'], b: ['4'] }),
      ),
      toy,
    );
    expect(scores.pairs).toMatchObject({ found: 1, labelled: 2, recall: 0.5, missed: ['a:2 ↔ b:2'] });
    expect(scores.falsePositives).toEqual(['a:2 ↔ b:9', 'a:3 ↔ b:3']);
    expect(scores.precision).toBeCloseTo(1 / 3);
  });

  it('counts a pair labelled as different rules as a false positive when the two share a provision', () => {
    const labelled: Labels = { ...toy, different: [['a:4', 'b:4']] };
    const together = evaluate(of(provision({ a: ['1'], b: ['1'] }), provision({ a: ['4'], b: ['4'] })), labelled);
    expect(together.falsePositives).toEqual(['a:4 ↔ b:4']);
    expect(together.keptApart).toEqual({ kept: 0, labelled: 1 });
    const apart = evaluate(
      of(provision({ a: ['1'], b: ['1'] }), provision({ a: ['4'] }), provision({ b: ['4'] })),
      labelled,
    );
    expect(apart.falsePositives).toEqual([]);
    expect(apart.keptApart).toEqual({ kept: 1, labelled: 1 });
  });

  it('accepts the second half of a split next to the labelled counterpart', () => {
    const scores = evaluate(of(provision({ a: ['1'], b: ['1', '1b'] }), provision({ a: ['2'], b: ['2'] })), toy);
    expect(scores.falsePositives).toEqual([]);
    expect(scores.precision).toBe(1);
  });
});

describe('alignment of the five seeds', () => {
  it('puts every clause of every document in exactly one provision (its sentences may join others apart)', () => {
    for (const [index, policy] of policies.entries()) {
      const key = alignment.documents[index]?.key ?? '';
      const placed = alignment.provisions.flatMap((provision) =>
        (provision.members[key] ?? []).filter((member) => !member.part).map((member) => member.id),
      );
      expect(placed.sort()).toEqual(
        allClauses(policy)
          .map(({ clause }) => clause.id)
          .sort(),
      );
    }
  });

  it('keeps members, absences, references and statuses consistent', () => {
    const keys = alignment.documents.map((document) => document.key);
    expect(keys).toEqual(ORGS);
    expect(alignment.base).toBe('casparus-college');
    for (const provision of alignment.provisions) {
      const present = Object.keys(provision.members);
      expect(present.length).toBeGreaterThan(0);
      expect([...present, ...provision.absent].sort()).toEqual([...keys].sort());
      // The reference is a whole clause: the base's when it has one here, else the first document's that does.
      const whole = present.filter((key) => provision.members[key]?.some((member) => !member.part));
      expect(provision.reference).toBe(
        whole.includes('casparus-college') ? 'casparus-college' : keys.find((key) => whole.includes(key)),
      );
      // The reference's members are the yardstick ("reference"), or "only" when no other organisation states it.
      const own = present.length === 1 ? 'only' : 'reference';
      expect(
        provision.members[provision.reference]?.every((member) => member.status === own && member.similarity === 1),
      ).toBe(true);
      for (const key of present.filter((other) => other !== provision.reference))
        for (const member of provision.members[key] ?? []) expect(member.status).not.toMatch(/^(reference|only)$/);
      expect(provision.label.length).toBeGreaterThan(0);
      expect(provision.label.length).toBeLessThanOrEqual(61);
      for (const members of Object.values(provision.members)) {
        expect(members.length === 1 || members.length === 2).toBe(true);
        for (const member of members) {
          // A redline against the reference for reworded members only.
          // A rewording that adds a rule is 'different' and keeps its redline, naming what it adds (additions.ts).
          if (member.status === 'reworded' || member.adds) expect(member.words?.length).toBeGreaterThan(0);
          else expect(member.words).toBeUndefined();
          if (member.status === 'reworded') expect(member.similarity).toBeGreaterThanOrEqual(0.5);
          if (member.status === 'different' && !member.adds) expect(member.similarity).toBeLessThan(0.5);
        }
      }
    }
  });

  it('finds the common model text in several documents and what each has alone', () => {
    const shared = alignment.provisions.filter((provision) => Object.keys(provision.members).length >= 3);
    expect(shared.length).toBeGreaterThanOrEqual(10);
    const own = (key: string): number =>
      alignment.provisions.filter((provision) => Object.keys(provision.members).join() === key).length;
    // Aloysius wrote its own protocol: most of it is its own.
    expect(own('aloysius')).toBeGreaterThan(40);
  });

  it('gives a symmetric document similarity with 1 on the diagonal', () => {
    for (const a of ORGS) {
      expect(alignment.similarity[a]?.[a]).toBe(1);
      for (const b of ORGS) {
        const value = alignment.similarity[a]?.[b] ?? -1;
        expect(value).toBe(alignment.similarity[b]?.[a]);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
    // The closest adaptations of the model text are closer to each other than to Aloysius.
    expect(alignment.similarity['casparus-college']?.['aeres-mbo']).toBeGreaterThan(
      alignment.similarity['casparus-college']?.['aloysius'] ?? 1,
    );
  });
});

describe('symmetry', () => {
  const orders = [
    [4, 3, 2, 1, 0],
    [2, 0, 4, 1, 3],
    [1, 4, 0, 3, 2],
  ];

  it('groups the same clauses whatever the order of the documents', () => {
    const expected = alignedPairs(alignment);
    for (const order of orders) {
      const shuffled = alignPolicies(
        order.map((i) => policies[i] as Policy),
        { base: 'casparus-college', topics },
      );
      expect(alignedPairs(shuffled)).toEqual(expected);
      // The base's provisions keep its reading order and labels; the others' own provisions are placed (and
      // referenced) by the order given, which is the point of giving one.
      const baseLabels = (result: Alignment): string[] =>
        result.provisions
          .filter((provision) => provision.members['casparus-college']?.some((member) => !member.part))
          .map((provision) => provision.label);
      expect(baseLabels(shuffled)).toEqual(baseLabels(alignment));
    }
  });

  it('groups the same clauses whichever document is the base; only references and statuses change', () => {
    const expected = alignedPairs(alignment);
    const byFlex = alignPolicies(policies, { base: 'flex-college', topics });
    expect(byFlex.base).toBe('flex-college');
    expect(alignedPairs(byFlex)).toEqual(expected);
    const withFlex = byFlex.provisions.filter((provision) =>
      provision.members['flex-college']?.some((member) => !member.part),
    );
    expect(withFlex.every((provision) => provision.reference === 'flex-college')).toBe(true);
    expect(byFlex.similarity).toEqual(alignment.similarity);
  });
});

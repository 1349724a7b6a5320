// Pass two of the alignment (src/compare/passes/second-pass.ts): a rule written in other words is found when the order of
// two adaptations or the agreement of several documents vouches for it, and not on a score alone.
import { describe, expect, it } from 'vitest';
import { alignPolicies, type Alignment } from '../../../src/compare/index.js';
import { clusterLinks } from '../../../src/compare/passes/cluster.js';
import { type AlignDocument, prepareDocuments } from '../../../src/compare/terms/documents.js';
import { Meanwhile } from '../../../src/compare/scores/meanwhile.js';
import { alignPair, PAIR_MIN } from '../../../src/compare/passes/pairwise.js';
import { type RightSide, ScoreMatrix } from '../../../src/compare/scores/score.js';
import {
  anchorChain,
  GAP_MIN,
  MUTUAL_MIN,
  PROVISION_MIN,
  secondPass,
} from '../../../src/compare/passes/second-pass.js';
import type { Policy } from '../../../src/model/policy.js';
import { modelClauses, orgPolicy } from '../fixtures.js';

const section = (clauses: string[]) => ({ title: 'Richtlijnen', clauses });
const nth = (n: number): string => `richtlijnen.${n}`;

/** The model's "doubt → ask your manager" (its 6th clause) in other words: two shared content words and a synonym. */
const DOUBT = 'Twijfel je of je een bericht wel mag plaatsen? Vraag dan eerst je leidinggevende om advies.';
const doubtIndex = 5;

const casparus = orgPolicy('casparus-college', 'Casparus College', [section(modelClauses('Casparus College'))]);
const aeres = orgPolicy('aeres-mbo', 'Aeres MBO', [section(modelClauses('Aeres MBO'))]);

function together(alignment: Alignment, a: [string, string], b: [string, string]): boolean {
  const provision = alignment.provisions.find((candidate) =>
    candidate.members[a[0]]?.some((member) => member.id === a[1]),
  );
  return provision?.members[b[0]]?.some((member) => member.id === b[1]) ?? false;
}

/** The pass-one and words-only scores of two clauses, and whether pass one alone (with clustering) joins them. */
function passOne(policies: Policy[], left: number, right: number, clauses: [number, number]) {
  const { documents, vocabulary } = prepareDocuments(policies);
  const [a, b] = [documents[left], documents[right]];
  if (!a || !b) throw new Error('no such documents');
  const pairs = documents.flatMap((one, i) => documents.slice(i + 1).map((other) => alignPair(one, other, vocabulary)));
  const joined = clusterLinks(documents, pairs)
    .groups()
    .some((group) => group.get(left)?.includes(clauses[0]) && group.get(right)?.includes(clauses[1]));
  return { score: new ScoreMatrix(a, b).at(...clauses), words: new ScoreMatrix(a, b, 'words').at(...clauses), joined };
}

describe('anchorChain', () => {
  it('keeps the longest run of shared provisions in the same order in both documents', () => {
    expect(
      anchorChain([
        [0, 0],
        [1, 5],
        [2, 1],
        [3, 2],
        [4, 6],
      ]),
    ).toEqual([
      [0, 0],
      [2, 1],
      [3, 2],
      [4, 6],
    ]);
    expect(
      anchorChain([
        [3, 0],
        [0, 3],
      ]),
    ).toHaveLength(1);
    expect(anchorChain([])).toEqual([]);
  });

  it('picks the same chain as trying every earlier anchor, ties included (random anchors with repeats)', () => {
    // The definition: for each anchor in order, the longest chain through an earlier anchor strictly before it in
    // both documents (ties: the earliest such anchor); the first anchor with the longest chain ends it.
    const byDefinition = (anchors: [number, number][]): [number, number][] => {
      const sorted = [...anchors].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const length = sorted.map(() => 1);
      const previous = sorted.map(() => -1);
      let best = -1;
      sorted.forEach((at, k) => {
        for (let m = 0; m < k; m++) {
          const before = sorted[m] as [number, number];
          if (before[0] < at[0] && before[1] < at[1] && (length[m] as number) + 1 > (length[k] as number)) {
            length[k] = (length[m] as number) + 1;
            previous[k] = m;
          }
        }
        if (best === -1 || (length[k] as number) > (length[best] as number)) best = k;
      });
      const chain: [number, number][] = [];
      for (let k = best; k >= 0; k = previous[k] as number) chain.unshift(sorted[k] as [number, number]);
      return chain;
    };
    let seed = 11;
    const next = (count: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % count;
    };
    for (let round = 0; round < 300; round++) {
      const size = 1 + next(40);
      const spread = 1 + next(20);
      const anchors = Array.from({ length: size }, (): [number, number] => [next(spread), next(spread)]);
      expect(anchorChain(anchors), JSON.stringify(anchors)).toEqual(byDefinition(anchors));
    }
  });
});

describe('the same rule in other words', () => {
  it('is beyond pass one: its score is below PAIR_MIN and below the bar of a pair found on words alone', () => {
    const other = orgPolicy('aloysius', 'Stichting Aloysius', [section([DOUBT])]);
    const { score, words, joined } = passOne([casparus, other], 0, 1, [doubtIndex, 0]);
    expect(score).toBeLessThan(PAIR_MIN);
    expect(words).toBeLessThan(MUTUAL_MIN);
    expect(joined).toBe(false);
    // Two documents, nothing else to go by: it stays apart.
    expect(
      together(alignPolicies([casparus, other]), ['casparus-college', nth(doubtIndex + 1)], ['aloysius', nth(1)]),
    ).toBe(false);
  });

  it('joins a provision when the documents that share it all prefer it, and it them', () => {
    const other = orgPolicy('aloysius', 'Stichting Aloysius', [
      section([
        'Gebruik de LinkedIn groep niet als marktplaats.',
        DOUBT,
        'Plaats een pasfoto op je account of profiel.',
      ]),
    ]);
    expect(passOne([casparus, aeres, other], 0, 2, [doubtIndex, 1]).words).toBeGreaterThanOrEqual(PROVISION_MIN);
    for (const order of [
      [casparus, aeres, other],
      [other, aeres, casparus],
    ]) {
      const alignment = alignPolicies(order, { base: 'casparus-college' });
      expect(together(alignment, ['casparus-college', nth(doubtIndex + 1)], ['aloysius', nth(2)])).toBe(true);
      expect(together(alignment, ['aeres-mbo', nth(doubtIndex + 1)], ['aloysius', nth(2)])).toBe(true);
      // Sharing the subject's vocabulary ("plaats", "account") is not enough: the other two stay Aloysius's own.
      const own = alignment.provisions.filter((provision) => Object.keys(provision.members).join() === 'aloysius');
      expect(own.map((provision) => provision.members['aloysius']?.[0]?.id).sort()).toEqual([nth(1), nth(3)]);
    }
  });

  it('is found between two adaptations that keep the model order, in the gap between shared provisions', () => {
    const reworded = modelClauses('Aeres MBO').map((text, index) => (index === doubtIndex ? DOUBT : text));
    const inOrder = orgPolicy('aeres-mbo', 'Aeres MBO', [section(reworded)]);
    const { words } = passOne([casparus, inOrder], 0, 1, [doubtIndex, doubtIndex]);
    expect(words).toBeGreaterThanOrEqual(GAP_MIN);
    expect(
      together(
        alignPolicies([casparus, inOrder]),
        ['casparus-college', nth(doubtIndex + 1)],
        ['aeres-mbo', nth(doubtIndex + 1)],
      ),
    ).toBe(true);

    // The same clause moved to the front is out of the model's order: the order no longer vouches for it.
    const moved = [DOUBT, ...reworded.filter((_, index) => index !== doubtIndex)];
    const outOfOrder = orgPolicy('aeres-mbo', 'Aeres MBO', [section(moved)]);
    expect(
      together(alignPolicies([casparus, outOfOrder]), ['casparus-college', nth(doubtIndex + 1)], ['aeres-mbo', nth(1)]),
    ).toBe(false);
  });
});

describe("pass two's words-only right side", () => {
  it('comes with a pair aligned with work for meanwhile, and pass two reads it to the same links and scores', () => {
    const reworded = modelClauses('Aeres MBO').map((text, index) => (index === doubtIndex ? DOUBT : text));
    const { documents, vocabulary } = prepareDocuments([
      casparus,
      orgPolicy('aeres-mbo', 'Aeres MBO', [section(reworded)]),
    ]);
    const [left, right] = documents as [AlignDocument, AlignDocument];
    const meanwhile = new Meanwhile();
    const ahead = alignPair(left, right, vocabulary, meanwhile);
    const made = ahead.wordsRight?.();
    expect(made?.dots).toBeDefined();
    const plain = alignPair(left, right, vocabulary);
    expect(plain.wordsRight).toBeUndefined();
    const groups = clusterLinks(documents, [plain]).groups();
    let asked = 0;
    const counted = {
      ...ahead,
      wordsRight: (): RightSide => {
        asked++;
        return made as RightSide;
      },
    };
    const [viaAhead, viaPlain] = [secondPass([counted], groups, documents), secondPass([plain], groups, documents)];
    expect(asked).toBe(1);
    expect(ahead.wordsRight?.()).toBe(made);
    expect(viaPlain.links[0]?.links.length).toBeGreaterThan(0);
    expect(viaAhead.links[0]?.links).toEqual(viaPlain.links[0]?.links);
    const cells = (words: ScoreMatrix): number[][] =>
      left.clauses.map((_, clause) => Array.from(words.rowEntries(clause).score));
    expect(cells(viaAhead.words[0] as ScoreMatrix)).toEqual(cells(viaPlain.words[0] as ScoreMatrix));
  });
});

// Issue 23, work without bound: the candidate pairs of two documents are proposed by the terms their clauses share
// that are not in a thousand of the other's units (blocking), so thousands of distinct, near-identical clauses a side
// ("Regel N: de school meldt …", one word apart) no longer make every pair a candidate (4,000 a side took 41 s and
// 2.3 GB). Counted as the cells the matrix opens, not timed, so the check is exact.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  COMMON_TERM_POSTINGS,
  PROPOSED_PER_VECTOR,
  ScoreMatrix,
  proposalsPerVector,
} from '../../src/compare/scores/score.js';
import { orgPolicy, preparedPair, RULE_NOUNS as NOUNS, RULE_VERBS as VERBS, verbApartPair } from './fixtures.js';

afterEach(() => vi.restoreAllMocks());

describe('score matrix on thousands of near-identical clauses', () => {
  const count = COMMON_TERM_POSTINGS + 500;
  const [left, right] = verbApartPair(count);
  /** The matrix the count of opened cells made, which the next test reads as well (each test still runs alone). */
  let counted: ScoreMatrix | undefined;

  it('opens a number of cells linear in the clauses, not their product', () => {
    const set = Map.prototype.set;
    let opened = 0;
    vi.spyOn(Map.prototype, 'set').mockImplementation(function (this: Map<unknown, unknown>, key, value) {
      opened++;
      return set.call(this, key, value);
    });
    counted = new ScoreMatrix(left, right);
    vi.restoreAllMocks();
    // Every pair shares "regel", "school", "nummer": all pairs were cells, count² = 2.3 million here. Now a clause's
    // cells come from its rarer terms (its verb and noun, in a few hundred clauses each): about 400 a clause.
    expect(opened).toBeLessThan(count * COMMON_TERM_POSTINGS);
  });

  it('still pairs each rule with its own counterpart, as its best candidate', () => {
    const scores = counted ?? new ScoreMatrix(left, right);
    for (const clause of [0, 1, 500, count - 1]) {
      const candidates = scores.rowCandidates(clause);
      expect(candidates).toContain(clause);
      const best = Math.max(...candidates.map((column) => scores.at(clause, column)));
      expect(scores.at(clause, clause)).toBe(best);
    }
  });
});

/** 64 distinct rules, each `copies` times, in sections of 8; every rule shares "school" and "leerling" with all. */
function repeatedRules(copies: number): { title: string; clauses: string[] }[] {
  const texts = VERBS.flatMap((verb) => NOUNS.map((noun) => `De school ${verb} de ${noun} van de leerling.`));
  const clauses = Array.from({ length: copies }, () => texts).flat();
  return Array.from({ length: clauses.length / 8 }, (_, index) => ({
    title: `Hoofdstuk ${index + 1}`,
    clauses: clauses.slice(index * 8, index * 8 + 8),
  }));
}

class TooMuchWork extends Error {}

/** Replaces `proto[name]` by a version that calls `tick` first; returns what puts the original back. */
function counted<T extends object>(proto: T, name: keyof T & string, tick: () => void): () => void {
  const original = proto[name] as (...args: unknown[]) => unknown;
  // Patched by hand, not with vi.spyOn, which would keep every call's arguments (millions of them).
  proto[name] = function (this: unknown, ...args: unknown[]) {
    tick();
    return original.apply(this, args);
  } as T[keyof T & string];
  return () => {
    proto[name] = original as T[keyof T & string];
  };
}

/**
 * The lookups (Map, Set) and comparisons (sort) the two matrices of a pair of documents are built from, each rule
 * `copies` times a side, counted; throws once there are more than `bound`, so a quadratic run stops early.
 */
function countedWork(copies: number, bound: number): { calls: number; scores: ScoreMatrix } {
  const [left, right] = preparedPair(
    orgPolicy('noord', 'School Noord', repeatedRules(copies)),
    orgPolicy('zuid', 'School Zuid', repeatedRules(copies)),
  );
  let calls = 0;
  const tick = (): void => {
    if (++calls > bound) throw new TooMuchWork(`more than ${bound} steps at ${copies} copies`);
  };
  const sort = Array.prototype.sort;
  const restore = [
    ...(['get', 'set', 'has'] as const).map((name) => counted(Map.prototype, name, tick)),
    ...(['add', 'has'] as const).map((name) => counted(Set.prototype, name, tick)),
    () => {
      Array.prototype.sort = sort;
    },
  ];
  Array.prototype.sort = function <T>(this: T[], compare?: (a: T, b: T) => number) {
    const order = compare ?? ((a: T, b: T) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
    return sort.call(this, (a: T, b: T) => {
      tick();
      return order(a, b);
    }) as T[];
  };
  try {
    const scores = new ScoreMatrix(left, right);
    new ScoreMatrix(left, right, 'words');
    return { calls, scores };
  } finally {
    for (const undo of restore) undo();
  }
}

describe('score matrix on repeated clauses', () => {
  it('does work linear in the clauses when each clause is repeated two or four times as often', () => {
    // Each of 64 rules 4, 8 and 16 times a side. A clause's candidates used to be every copy of every rule it shares
    // a word with (64 × copies of them, sorted), so doubling the copies quadrupled the work; now the best rules'
    // copies fill its 64 candidates and the rest are never spread over the clauses.
    // Counted here: 0.40, 0.81 and 1.65 million; before, 2.8, 12.0 and 50.5 million.
    const base = countedWork(4, Number.POSITIVE_INFINITY).calls;
    expect(countedWork(8, 2.25 * base).calls).toBeLessThanOrEqual(2.25 * base);
    const { calls, scores } = countedWork(16, 4.5 * base);
    expect(calls).toBeLessThanOrEqual(4.5 * base);
    // Still the same candidates: a rule's own copies (one every 64 clauses) score 1, the nearest of them kept.
    expect(scores.rowCandidates(0)).toHaveLength(64);
    expect(scores.at(0, 0)).toBe(1);
    expect(scores.at(0, 64)).toBe(1);
  });
});

/** `count` distinct rules of 8 words from a pool of 24, each word in a third of the rules: in more than a thousand. */
function mixedRules(count: number, seed: number): string[] {
  const pool = VERBS.slice(0, 3).flatMap((verb) => NOUNS.map((noun) => `${noun}${verb.slice(0, 4)}`));
  return Array.from({ length: count }, (_, index) => {
    const words = Array.from({ length: 8 }, (_, k) => pool[(index * 29 + k * 11 + seed * (k + 1)) % pool.length]);
    return `Regel ${index + 1}: ${words.join(' ')}.`;
  });
}

describe('proposals of a clause whose words are each in hundreds of the other document', () => {
  // Two versions of Boek 2 BW (3,400 articles) share such words everywhere: every pair was proposed (47 s, 2.6 GB).
  const count = 3072;
  const [left, right] = preparedPair(
    orgPolicy('oud', 'Versie oud', [{ title: 'Regels', clauses: mixedRules(count, 0) }]),
    orgPolicy('nieuw', 'Versie nieuw', [{ title: 'Regels', clauses: mixedRules(count, 0) }]),
  );

  // Each rule's rarest word is its number, so it proposes no more than the bound (before: 1,920 of 3,072).
  it('proposes at most PROPOSED_PER_VECTOR groups per vector', () => {
    const proposals = proposalsPerVector(left, right);
    const most = Math.max(...proposals.map((row) => row.length));
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(PROPOSED_PER_VECTOR);
  });

  it('still pairs each rule with its own counterpart, as its best candidate', () => {
    const scores = new ScoreMatrix(left, right);
    for (const clause of [0, 1, count / 2, count - 1]) {
      const best = Math.max(...scores.rowCandidates(clause).map((column) => scores.at(clause, column)));
      expect(scores.at(clause, clause)).toBe(best);
    }
  });

  it('below the bound, proposes as before: every group that shares a word', () => {
    const [a, b] = preparedPair(
      orgPolicy('oud', 'Versie oud', [{ title: 'Regels', clauses: mixedRules(200, 0) }]),
      orgPolicy('nieuw', 'Versie nieuw', [{ title: 'Regels', clauses: mixedRules(200, 3) }]),
    );
    const rows = proposalsPerVector(a, b);
    // Every rule shares words with most of the other's: all of them are proposed, below the bound.
    expect(Math.max(...rows.map((row) => row.length))).toBeLessThan(PROPOSED_PER_VECTOR);
    expect(rows.some((row) => row.length > 100)).toBe(true);
  });
});

// The word diff import's accounting runs on whole documents (src/import/anchored-diff.ts): cut at words found once
// in each, Myers between them. It must still report exactly the words one side lacks, and stay a valid diff (the
// equal and removed parts give back the source, the equal and added parts the target).
import { describe, expect, it } from 'vitest';
import { anchoredDiff, uniqueRunPairs } from '../../src/import/anchored-diff.js';

const COMMON = ['de', 'leerling', 'meldt', 'het', 'incident', 'bij', 'mentor'];

function document(length: number): { word: string; line: number }[] {
  // Common words with a unique number every few words, as a regulation's article and day numbers are.
  return Array.from({ length }, (_, index) => ({
    word: index % 5 === 0 ? `n${index}` : (COMMON[index % COMMON.length] as string),
    line: Math.floor(index / 10),
  }));
}

describe('anchoredDiff', () => {
  it('reports exactly the words dropped and added, and gives back both sides', () => {
    const source = document(20_000);
    const dropped = new Set(source.map((_, index) => index).filter((index) => index % 97 === 3));
    const target: string[] = [];
    source.forEach((item, index) => {
      if (index % 250 === 7) target.push('ingevoegd');
      if (!dropped.has(index)) target.push(item.word);
    });
    const parts = anchoredDiff(source, target);
    const removed = parts.filter((part) => part.removed).flatMap((part) => part.value);
    const added = parts.filter((part) => part.added).flatMap((part) => part.value);
    expect(removed.length).toBe(dropped.size);
    expect(added.length).toBe(target.filter((word) => word === 'ingevoegd').length);
    // Equal parts may hold either side's items (as diffArrays gives them): compared as words.
    const wordOf = (item: string | { word: string }): string => (typeof item === 'string' ? item : item.word);
    const sourceBack = parts.filter((part) => !part.added).flatMap((part) => part.value.map(wordOf));
    const targetBack = parts.filter((part) => !part.removed).flatMap((part) => part.value.map(wordOf));
    expect(sourceBack).toEqual(source.map(wordOf));
    expect(targetBack).toEqual(target);
  });

  it('diffs sequences without a single unique word (no anchors) as one stretch', () => {
    const source = ['a', 'b', 'a', 'b'].map((word, line) => ({ word, line }));
    const parts = anchoredDiff(source, ['a', 'b', 'b']);
    expect(parts.filter((part) => part.removed).flatMap((part) => part.value)).toHaveLength(1);
  });
});

describe('uniqueRunPairs', () => {
  /** Runs of three found once in each side, counted by their joined words: what either key must find. */
  function expected(source: readonly number[], target: readonly number[]): [number, number][] {
    const runsOf = (words: readonly number[]) => words.slice(0, -2).map((_, at) => words.slice(at, at + 3).join(' '));
    const [sourceRuns, targetRuns] = [runsOf(source), runsOf(target)];
    const once = (runs: string[], run: string) => runs.indexOf(run) === runs.lastIndexOf(run);
    return sourceRuns.flatMap((run, at): [number, number][] =>
      once(sourceRuns, run) && targetRuns.includes(run) && once(targetRuns, run) ? [[at, targetRuns.indexOf(run)]] : [],
    );
  }
  const sorted = (pairs: [number, number][]) => [...pairs].sort((a, b) => a[0] - b[0]);

  it('finds the same runs keyed by packed numbers as by joined numbers, the key used beyond 2^17 distinct words', () => {
    let seed = 7;
    const next = (below: number) => {
      seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
      return (seed >>> 8) % below;
    };
    for (let round = 0; round < 200; round++) {
      const alphabet = 1 + next(8);
      const source = Array.from({ length: next(40) }, () => next(alphabet));
      const target = Array.from({ length: next(40) }, () => next(alphabet));
      const packed = uniqueRunPairs(source, target, alphabet);
      const joined = uniqueRunPairs(source, target, alphabet, alphabet - 1);
      expect(sorted(packed), `packed, round ${round}`).toEqual(expected(source, target));
      expect(sorted(joined), `joined, round ${round}`).toEqual(expected(source, target));
    }
  });
});

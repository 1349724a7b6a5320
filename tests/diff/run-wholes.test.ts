// HopefulWholes must give exactly the answers of a RareWordIndex over the whole pool, with the wholes that cannot
// split dropped, while reading the pool's words only when a whole lacks many of a part's words.
import { describe, expect, it } from 'vitest';
import { RareWordIndex } from '../../src/diff/candidates.js';
import { HopefulWholes } from '../../src/diff/run-wholes.js';
import { Side } from '../../src/match/entries.js';
import { parsePolicy } from '../../src/parse/index.js';
import { containment } from '../../src/text/similarity.js';
import { seededRandom } from '../support/seeded-random.js';

const CONTAINS = 0.6;

const VOCABULARY = Array.from({ length: 40 }, (_, i) => `woord${String.fromCharCode(97 + (i % 26))}${i}`);

function sentence(next: () => number, length: number): string {
  // Skewed towards the first words, so some are common and some rare.
  return Array.from({ length }, () => VOCABULARY[Math.floor(next() ** 2 * VOCABULARY.length)]).join(' ');
}

function sideOf(next: () => number, clauses: number): Side {
  const body = Array.from({ length: clauses }, () => sentence(next, 3 + Math.floor(next() * 12))).join('\n\n');
  return new Side(parsePolicy(`# Regeling\n\n## Artikelen\n\n${body}\n`, { path: 'x.md' }).policy);
}

describe('HopefulWholes', () => {
  it('finds exactly the hopeful wholes holding enough of a part that a RareWordIndex over the pool finds', () => {
    let compared = 0;
    let viaPool = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const next = seededRandom(seed);
      const side = sideOf(next, 60);
      const pool = Array.from({ length: side.size }, (_, i) => i).filter(() => next() < 0.9);
      const hopeful = pool.filter(() => next() < 0.5);
      const full = new RareWordIndex(side, pool);
      const finder = new HopefulWholes(side, pool, hopeful);
      for (let part = 0; part < 20; part++) {
        const words = new Set(sentence(next, 2 + Math.floor(next() * 20)).split(' '));
        const holds = (index: number): boolean => containment(words, side.profile(index).unigrams) >= CONTAINS;
        const expected = full.lookup(words).filter((index) => hopeful.includes(index) && holds(index));
        const found = finder
          .sharing(words, CONTAINS)
          .filter((index) => holds(index) && finder.reaches(part, words, index));
        expect(found).toEqual(expected.sort((a, b) => a - b));
        compared++;
        const lacking = (index: number): number =>
          [...words].filter((w) => !side.profile(index).unigrams.has(w)).length;
        if (hopeful.some((index) => holds(index) && lacking(index) >= 4)) viaPool++;
      }
    }
    // Both ways of answering were exercised: certain from the whole's own words, and from the pool's word counts.
    expect(compared).toBe(600);
    expect(viaPool).toBeGreaterThan(10);
    expect(viaPool).toBeLessThan(compared);
  });

  it('reads no clause when no whole can split', () => {
    const side = sideOf(seededRandom(7), 30);
    const finder = new HopefulWholes(side, [0, 1, 2], []);
    expect(finder.sharing(new Set(['woorda0']), 0.6)).toEqual([]);
  });
});

// The frontmatter's WrittenNumbers through a structured clone (src/parse/written-numbers.ts): found in `data` and in
// meta's `extra`, at any depth, and made WrittenNumbers again in their places, so a check of the clone says what a
// check of the original says.
import { describe, expect, it } from 'vitest';
import { WrittenNumber } from '../../src/parse/frontmatter.js';
import { parsePolicy } from '../../src/parse/index.js';
import { numberPlaces, reviveNumbers } from '../../src/parse/written-numbers.js';

const SOURCE = '---\nversion: 1.10\neigen: { every: 2.0, next: [1, "2"] }\n---\n# Reglement\n\nTekst.\n';

describe('WrittenNumbers through a clone', () => {
  it('are found where the frontmatter holds them', () => {
    expect(numberPlaces(parsePolicy(SOURCE).policy)).toEqual([
      { root: 'data', path: ['version'] },
      { root: 'data', path: ['eigen', 'every'] },
      { root: 'data', path: ['eigen', 'next', 0] },
      { root: 'extra', path: ['eigen', 'every'] },
      { root: 'extra', path: ['eigen', 'next', 0] },
    ]);
    expect(numberPlaces(parsePolicy('# Reglement\n\nTekst.\n').policy)).toEqual([]);
  });

  it('come back as WrittenNumbers after a structured clone, the rest as it was', () => {
    const { policy } = parsePolicy(SOURCE);
    const clone = structuredClone(policy);
    expect(clone.frontmatter?.data.version).not.toBeInstanceOf(WrittenNumber);
    reviveNumbers(clone, numberPlaces(policy));
    expect(clone.frontmatter?.data.version).toEqual(new WrittenNumber('1.10', 1.1));
    expect(clone.frontmatter?.data.version).toBeInstanceOf(WrittenNumber);
    expect(clone.meta.extra).toEqual(policy.meta.extra);
    expect((clone.meta.extra.eigen as { next: unknown[] }).next[0]).toBeInstanceOf(WrittenNumber);
    expect((clone.meta.extra.eigen as { next: unknown[] }).next[1]).toBe('2');
  });
});

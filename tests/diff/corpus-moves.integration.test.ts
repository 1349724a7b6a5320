// Issue 16, noise: no false "moved" entries for text that occurs more than once. The Dutch civil code has the same
// bracketed notice ("[Dit onderdeel is nog niet in werking getreden]", "[Vervallen per …]") under many articles; its
// words cannot say which copy is which, and before matching used order and context (src/diff/order-context.ts)
// the copies were paired in reading order: from 2021-07-01 to 2022-01-01, three notices that stayed with their
// article were reported as moved (lines 221 → 583, 571 → 886, 874 → 3638). The moved entries of every consecutive
// dev-corpus pair are printed by `npx vite-node scripts/diff-moves.ts` (61 before, 35 after).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { loadComparable } from '../../src/diff/inputs.js';
import { sharedData } from '../support/paths.js';

const corpus = sharedData('dev-corpus');

describe.skipIf(!corpus.present)(
  corpus.present ? 'moved entries on the civil code' : `moved entries on the civil code: skipped, ${corpus.absent}`,
  () => {
    it('a notice that stayed with its article is not moved (BW2 2021-07-01 → 2022-01-01)', () => {
      const before = loadComparable(join(corpus.dir, 'nl-wet-bw2', 'bw2-2021-07-01.txt'));
      const after = loadComparable(join(corpus.dir, 'nl-wet-bw2', 'bw2-2022-01-01.txt'));
      const moved = diffPolicies(before, after).changes.filter((change) => change.kinds.includes('moved'));
      expect(moved.map((change) => `${change.old?.line} → ${change.new?.line}: ${change.old?.text}`)).toEqual([]);
    }, 120_000);
  },
);

// Acceptance for issue 16 (noise): diffPolicies on real version pairs from ../shared/dev-corpus against the changes
// written down by hand (tests/fixtures/labelled/diff-pairs.yaml). Prints per family precision, recall, significance
// agreement and the share of renumbered-only entries in the headline counts; asserts the targets.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { loadComparable } from '../../src/diff/inputs.js';
import { sharedData } from '../support/paths.js';
import { labelledPairs, type PairScore, scorePair } from './labelled-score.js';

const corpus = sharedData('dev-corpus');

/** A family's pairs summed, with the misses and false positives of each pair as notes. */
type FamilyScore = Omit<PairScore, 'falsePositives' | 'misses'> & { notes: string[] };

function scoreFamilies(): Map<string, FamilyScore> {
  const families = new Map<string, FamilyScore>();
  for (const pair of labelledPairs()) {
    const diff = diffPolicies(loadComparable(join(corpus.dir, pair.old)), loadComparable(join(corpus.dir, pair.new)));
    const score: PairScore = scorePair(diff, pair.changes);
    const family = families.get(pair.family) ?? {
      reported: 0,
      expected: 0,
      matched: 0,
      sameSignificance: 0,
      renumberedInHeadline: 0,
      headline: 0,
      notes: [],
    };
    family.reported += score.reported;
    family.expected += score.expected;
    family.matched += score.matched;
    family.sameSignificance += score.sameSignificance;
    family.renumberedInHeadline += score.renumberedInHeadline;
    family.headline += score.headline;
    for (const miss of score.misses) family.notes.push(`${pair.old}: missed ${miss}`);
    for (const extra of score.falsePositives) family.notes.push(`${pair.old}: not a change: ${extra}`);
    families.set(pair.family, family);
  }
  return families;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

const TARGET = 0.95;
/**
 * Families below the target, at what they reach, and why. None today: open-source-policy reached precision 0.80
 * until the parser read 18F's kramdown reference link with a space, `["joint work"] [4]`, as the one link it is
 * (src/parse/spaced-reference-links.ts).
 */
const REACHED: Record<string, { precision: number; recall: number }> = {};

describe.skipIf(!corpus.present)(
  corpus.present
    ? 'diff on hand-labelled version pairs'
    : `diff on hand-labelled version pairs: skipped, ${corpus.absent}`,
  () => {
    const families = corpus.present ? scoreFamilies() : new Map<string, FamilyScore>();
    const rows = [...families].map(([name, family]) => ({
      name,
      precision: ratio(family.matched, family.reported),
      recall: ratio(family.matched, family.expected),
      significance: ratio(family.sameSignificance, family.matched),
      renumberedShare: ratio(family.renumberedInHeadline, family.headline === 0 ? 1 : family.headline),
      family,
    }));

    it('prints per family precision, recall, significance agreement and renumbered-only share', () => {
      const lines = rows.map(
        (row) =>
          `${row.name.padEnd(20)} precision ${row.precision.toFixed(2)} (${row.family.matched}/${row.family.reported})` +
          `  recall ${row.recall.toFixed(2)} (${row.family.matched}/${row.family.expected})` +
          `  significance ${row.significance.toFixed(2)}  renumbered-only in headline ${row.renumberedShare.toFixed(2)}`,
      );
      console.log(['diff vs tests/fixtures/labelled/diff-pairs.yaml', ...lines].join('\n'));
      for (const row of rows)
        if (row.family.notes.length > 0) console.log(`${row.name}:\n  ${row.family.notes.join('\n  ')}`);
      expect(rows.length).toBeGreaterThanOrEqual(6);
    });

    it('renumbered-only entries are not counted in the headline', () => {
      for (const row of rows) expect(row.renumberedShare, row.name).toBe(0);
    });

    it('reaches precision and recall of at least 0.95 per family, or what it reaches where a known miss remains', () => {
      for (const row of rows) {
        const floor = REACHED[row.name] ?? { precision: TARGET, recall: TARGET };
        expect(row.precision, `${row.name}: ${row.family.notes.join('; ')}`).toBeGreaterThanOrEqual(floor.precision);
        expect(row.recall, `${row.name}: ${row.family.notes.join('; ')}`).toBeGreaterThanOrEqual(floor.recall);
      }
    });
  },
);

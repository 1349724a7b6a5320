// Acceptance for issue 26: diff on 21 consecutive version pairs of real English and Dutch documents from
// ../shared/dev-corpus, against the changes written down by hand before tuning (tests/fixtures/diff-labels/
// real-pairs.yaml). Prints the figures and the notes per pair; asserts the targets, or, where one is missed,
// the figure reached (stated in REACHED, so a regression still fails).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { loadComparable } from '../../src/diff/inputs.js';
import { sharedData } from '../support/paths.js';
import { type RealScore, realPairs, scoreRealPair } from './real-pairs-score.js';

const corpus = sharedData('dev-corpus');

function total(): RealScore & { pairs: number; lines: string[] } {
  const sum = {
    pairs: 0,
    reported: 0,
    expected: 0,
    matched: 0,
    falseRenumbered: 0,
    editorialLabelled: 0,
    editorialCalledSubstantive: 0,
    falseReasons: 0,
    notes: [] as string[],
    lines: [] as string[],
  };
  for (const pair of realPairs()) {
    const diff = diffPolicies(loadComparable(join(corpus.dir, pair.old)), loadComparable(join(corpus.dir, pair.new)));
    const score = scoreRealPair(diff, pair);
    sum.pairs++;
    sum.reported += score.reported;
    sum.expected += score.expected;
    sum.matched += score.matched;
    sum.falseRenumbered += score.falseRenumbered;
    sum.editorialLabelled += score.editorialLabelled;
    sum.editorialCalledSubstantive += score.editorialCalledSubstantive;
    sum.falseReasons += score.falseReasons;
    sum.lines.push(`${pair.old} → ${pair.new.split('/').pop()}: ${score.matched}/${score.reported} right`);
    for (const note of score.notes) sum.lines.push(`    ${note}`);
  }
  return sum;
}

/** The targets. */
const TARGET = { right: 0.95, falseRenumbered: 0, editorialToSubstantive: 1 / 30, falseReasons: 0 };
/**
 * Where a target is missed: the figure reached. Before issue 26's work: right 0.87 (60/69), false renumbering 175,
 * editorial → substantive 18 of 48, false reasons 0. After item 4 (equivalent phrases, conjunctions, fuller
 * abbreviations, placeholders): editorial → substantive 5 of 48. After item 5 (rewrites in place):
 * right 0.91 (62/68). After HTML headings read as headings (skylight's `<h2>` no longer joins the clause before it,
 * so three clauses no longer show changed or moved): right 0.95 (62/65), the target. After table-of-contents entries,
 * version lines and same-word splits were judged editorial (src/diff/furniture.ts, classify.ts): editorial →
 * substantive 1 of 48, the target. Every target is now asserted as it stands. After headings were compared (issue 39
 * item 3): right 0.96 (67/70), recall 0.99 (67/68), editorial → substantive still 1 of 48. After a heading's words
 * were judged as a clause's (docs/diff.md: new wording is substantive), the one heading renamed "Process" →
 * "Moderation" and back, which the labels call editorial, is substantive: 3 of 48. A word swapped for another in a
 * heading that names what the clauses under it are about is not surely editorial, and "redactioneel" must be sure;
 * the labels are left as they were written.
 */
const REACHED: Partial<typeof TARGET> = { editorialToSubstantive: 3 / 48 };

describe.skipIf(!corpus.present)(
  corpus.present ? 'diff on real version pairs (issue 26)' : `diff on real version pairs: skipped, ${corpus.absent}`,
  () => {
    const sum = corpus.present ? total() : undefined;
    const right = sum ? sum.matched / Math.max(1, sum.reported) : 0;
    const recall = sum ? sum.matched / Math.max(1, sum.expected) : 0;
    const editorialRate = sum ? sum.editorialCalledSubstantive / Math.max(1, sum.editorialLabelled) : 0;

    it('prints the figures over at least 20 pairs', () => {
      if (!sum) return;
      console.log(
        [
          `diff vs tests/fixtures/diff-labels/real-pairs.yaml (${sum.pairs} pairs)`,
          `  reported changes right ${right.toFixed(2)} (${sum.matched}/${sum.reported}), recall ${recall.toFixed(2)} (${sum.matched}/${sum.expected})`,
          `  false renumbering ${sum.falseRenumbered}`,
          `  editorial → substantive ${sum.editorialCalledSubstantive} of ${sum.editorialLabelled}`,
          `  false reasons ${sum.falseReasons}`,
          ...sum.lines,
        ].join('\n'),
      );
      expect(sum.pairs).toBeGreaterThanOrEqual(20);
    });

    it('reports changes right', () => {
      expect(right).toBeGreaterThanOrEqual(REACHED.right ?? TARGET.right);
    });

    // Issue 39 item 3: the five headings whose words changed (labelled by hand, keyed by their words) were all missed
    // while diff compared clauses only: recall 0.91 (62/68). Reported as heading changes: 0.99 (67/68).
    it('finds the changes a reader sees, reworded headings included (recall 0.95 or more)', () => {
      expect(recall).toBeGreaterThanOrEqual(0.95);
    });

    it('reports no false renumbering', () => {
      expect(sum?.falseRenumbered).toBeLessThanOrEqual(REACHED.falseRenumbered ?? TARGET.falseRenumbered);
    });

    it('calls at most one in 30 editorial changes substantive', () => {
      expect(editorialRate).toBeLessThanOrEqual(REACHED.editorialToSubstantive ?? TARGET.editorialToSubstantive);
    });

    it('gives no false reasons', () => {
      expect(sum?.falseReasons).toBeLessThanOrEqual(REACHED.falseReasons ?? TARGET.falseReasons);
    });
  },
);

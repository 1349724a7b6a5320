// The terminal's comparison is worded in the comparison's language (issue 28 item 1): its headline, the similarity
// table, the key to the symbols and "only in" came from English written in TypeScript.
import { describe, expect, it } from 'vitest';
import { alignPolicies } from '../../../src/compare/index.js';
import { renderCompareText } from '../../../src/render/compare/text.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { orgPolicy } from '../../compare/fixtures.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const alignment = alignPolicies([
  orgPolicy('noord', 'Stichting Noord', [
    { title: 'Regels', clauses: ['Wij plaatsen geen foto’s zonder toestemming.'] },
  ]),
  orgPolicy('zuid', 'Stichting Zuid', [
    { title: 'Regels', clauses: ['Medewerkers houden zich aan de fatsoensnormen.'] },
  ]),
]);

describe('compare --format text', () => {
  it('is Dutch for a Dutch comparison', () => {
    const text = renderCompareText(alignment, loadLabels('nl', { root: PROJECT_ROOT }));
    expect(text).toMatch(/^2 beleidsdocumenten vergeleken \(basis: noord\); \d+ bepalingen\./);
    expect(text).toContain('\nOvereenkomst\n');
    expect(text).toContain('Bepalingen (• referentie, = gelijk');
    expect(text).toMatch(/Alleen bij Stichting Zuid \(1\):/);
    expect(text).not.toMatch(/Comparing|Similarity|Only in|only here/);
  });

  it('is worded as before in English', () => {
    const text = renderCompareText(alignment, loadLabels('en', { root: PROJECT_ROOT }));
    expect(text).toMatch(/^Comparing 2 policies \(base: noord\); \d+ provisions\./);
    expect(text).toContain('\nSimilarity\n');
    expect(text).toContain(
      'Provisions (• reference, = identical, ≈ reworded, ≠ different, + only here, ± matched here only, ? possible match, ◊ not matched, — not found, Ø absent (confirmed by a person); ✓ confirmed; ½ part of a clause)',
    );
    expect(text).toMatch(/Only in Stichting Zuid \(1\):/);
  });
});

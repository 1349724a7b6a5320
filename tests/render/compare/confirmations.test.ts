// The confirmation lines and possible-match evidence of the terminal and Markdown comparison
// (src/render/shared/compare/confirmations.ts) follow the comparison's language: Dutch words for Dutch labels, and the
// English wording exactly as it always was.
import { beforeAll, describe, expect, it } from 'vitest';
import { alignPolicies } from '../../../src/compare/index.js';
import type { Alignment } from '../../../src/compare/read/types.js';
import { renderCompareMarkdown } from '../../../src/render/compare/markdown.js';
import { renderCompareText } from '../../../src/render/compare/text.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { seedPolicy } from '../../support/pdf.js';

const PAIR = 'aloysius:verantw.twijfel ↔ casparus-college:werk.twijfel';
let alignment: Alignment;

/** The seed alignment with one confirmation report and one possible match of known score and words. */
beforeAll(() => {
  alignment = alignPolicies(['aloysius', 'casparus-college'].map(seedPolicy));
  alignment.confirmations = {
    confirmed: 1,
    rejected: 2,
    skipped: [
      { verdict: 'same', pair: ['aloysius:verantw.twijfel', 'casparus-college:werk.twijfel'], reason: 'text-changed' },
      { verdict: 'different', pair: ['aloysius:a', 'casparus-college:b'], reason: 'clause-gone' },
    ],
  };
  const provision = alignment.provisions.find((candidate) => !candidate.members['casparus-college']);
  if (!provision) throw new Error('the seed alignment has no provision missing at casparus-college');
  provision.suggestions = {
    'casparus-college': { id: 'x.y', text: 'Tekst', line: 1, score: 0.19, shared: ['foto', 'toestemming'] },
  };
});

describe('confirmations in the terminal and Markdown comparison', () => {
  it('keeps the English wording byte for byte', () => {
    const labels = loadLabels('en', { root: PROJECT_ROOT });
    const text = renderCompareText(alignment, labels);
    expect(text).toContain('\n1 pairing confirmed and 2 kept apart by a person (alignments.yaml).\n');
    expect(text).toContain(
      `\nNot applied: ${PAIR} (same): a text changed after it was judged; confirm the pair again\n`,
    );
    expect(text).toContain(
      '\nNot applied: aloysius:a ↔ casparus-college:b (different): a clause with that id no longer exists\n',
    );
    expect(text).toContain(': casparus-college x.y (score 0.19; words in common: foto, toestemming)\n');
    expect(text).toMatch(/\nPossible matches \(\d+\):\n/);
    expect(text).toMatch(
      / x\.y \(score.*\n {4}clausemark confirm \S+ casparus-college:x\.y {3}\(add --not if they differ\)\n/,
    );
    const markdown = renderCompareMarkdown(alignment, labels);
    expect(markdown).toContain('\n- 1 pairing confirmed and 2 kept apart by a person (alignments.yaml).\n');
    expect(markdown).toContain(`\n- Not applied: ${PAIR} (same): a text changed after it was judged; confirm`);
    expect(markdown).toContain('casparus-college `x.y` (score 0.19; words in common: foto, toestemming): `');
    expect(markdown).toContain('\n### Possible matches\n\n- ');
    expect(markdown).toContain('\n### Confirmations\n\n- 1 pairing');
  });

  it('words them in Dutch for a Dutch comparison', () => {
    const labels = loadLabels('nl', { root: PROJECT_ROOT });
    for (const output of [renderCompareText(alignment, labels), renderCompareMarkdown(alignment, labels)]) {
      expect(output).toContain('1 koppeling bevestigd en 2 uit elkaar gehouden door een persoon (alignments.yaml).\n');
      expect(output).toContain(
        `Niet toegepast: ${PAIR} (dezelfde): een tekst is gewijzigd nadat erover is geoordeeld; bevestig het paar opnieuw\n`,
      );
      expect(output).toContain('(verschillend): een artikel met dat id bestaat niet meer\n');
      expect(output).toContain('(score 0,19; gedeelde woorden: foto, toestemming)');
      expect(output).toContain('Mogelijke overeenkomsten');
      expect(output).not.toMatch(/Not applied|words in common|pairings? confirmed|Possible matches|Confirmations/);
    }
  });

  it('tells how to reject a possible match in Dutch, and heads the Markdown confirmations in Dutch', () => {
    const labels = loadLabels('nl', { root: PROJECT_ROOT });
    expect(renderCompareText(alignment, labels)).toContain('   (voeg --not toe als ze verschillen)\n');
    expect(renderCompareMarkdown(alignment, labels)).toContain('\n### Bevestigingen\n\n- 1 koppeling');
  });

  it('counts more than one confirmed pairing in the plural', () => {
    const many = { ...alignment, confirmations: { confirmed: 3, rejected: 0, skipped: [] } };
    expect(renderCompareText(many, loadLabels('en', { root: PROJECT_ROOT }))).toContain(
      '\n3 pairings confirmed and 0 kept apart by a person (alignments.yaml).\n',
    );
    expect(renderCompareText(many, loadLabels('nl', { root: PROJECT_ROOT }))).toContain(
      '\n3 koppelingen bevestigd en 0 uit elkaar gehouden door een persoon (alignments.yaml).\n',
    );
  });
});

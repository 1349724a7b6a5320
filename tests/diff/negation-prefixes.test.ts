// Issue 23 item 6: a word turned into its opposite by a prefix (veilig → onveilig, lawful → unlawful) reverses
// what a clause says; it was judged a spelling change (two letters apart) and so editorial, and `diff
// --ignore-editorial` said "Geen wijzigingen". Judged over the hand-labelled pairs of
// tests/fixtures/labelled/negation-prefixes.yaml: every reversal is substantive with the reason "meaning reversed:
// FROM → TO", and the spelling-level controls stay editorial.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffPolicies } from '../../src/diff/diff.js';
import type { ClauseChange } from '../../src/diff/types.js';
import { reasonTexts } from '../support/reasons.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { DEFAULT_META, policyFrom } from './fixtures.js';

interface Labelled {
  reversed: Record<'nl' | 'en', { old: string; from: string; to: string }[]>;
  editorial: Record<'nl' | 'en', { old: string; new: string }[]>;
}
const LABELLED = parse(
  readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'labelled', 'negation-prefixes.yaml'), 'utf8'),
) as Labelled;

function change(oldText: string, newText: string, lang: string): ClauseChange | undefined {
  const policy = (text: string) =>
    policyFrom([{ title: 'Regels', id: 'regels', clauses: [{ id: 'regel', text }] }], { ...DEFAULT_META, lang });
  return diffPolicies(policy(oldText), policy(newText)).changes[0] as ClauseChange | undefined;
}

/** The old text with `from` replaced by `to` (the word itself, not a longer word that contains it). */
function reversedText(old: string, from: string, to: string): string {
  const at = new RegExp(`(?<![\\p{L}-])${from}(?![\\p{L}-])`, 'u');
  expect(old, `"${from}" in "${old}"`).toMatch(at);
  return old.replace(at, to);
}

describe('a meaning reversed by a prefix', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: every labelled reversal is substantive, with "meaning reversed" naming both words`, () => {
      const missed: string[] = [];
      for (const { old, from, to } of LABELLED.reversed[lang]) {
        const found = change(old, reversedText(old, from, to), lang);
        const reasons = found ? reasonTexts(found.reasons) : [];
        if (found?.significance !== 'substantive' || !reasons.includes(`meaning reversed: ${from} → ${to}`))
          missed.push(`${from} → ${to}: ${found?.significance ?? 'no change'} [${reasons.join('; ')}]`);
        // And the other way round: dropping the prefix reverses the meaning just as much.
        const back = change(reversedText(old, from, to), old, lang);
        const backReasons = back ? reasonTexts(back.reasons) : [];
        if (back?.significance !== 'substantive' || !backReasons.includes(`meaning reversed: ${to} → ${from}`))
          missed.push(`${to} → ${from}: ${back?.significance ?? 'no change'} [${backReasons.join('; ')}]`);
      }
      expect(missed).toEqual([]);
    });

    it(`${lang}: the spelling-level controls stay editorial`, () => {
      const wrong = LABELLED.editorial[lang]
        .map(({ old, new: changed }) => ({ old, changed, found: change(old, changed, lang) }))
        .filter(({ found }) => found?.significance !== 'editorial')
        .map(({ old, changed, found }) => `${old} → ${changed}: ${reasonTexts(found?.reasons ?? []).join('; ')}`);
      expect(wrong).toEqual([]);
    });
  }
});

// Issue 26 item 6: reasons right or absent. "Altijd" / "always" / "immer" say how often, not that one must; "may",
// "mag", "darf" grant, they do not oblige; an age ("vanaf 12 jaar", "from age 12", "ab 12 Jahren"), an amount and a
// term ("binnen 5 werkdagen") are named as such in Dutch, English and German, not as a bare number.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import type { ClauseChange } from '../../src/diff/types.js';
import { parsePolicy } from '../../src/parse/index.js';
import { reasonTexts } from '../support/reasons.js';

function reasons(lang: string, before: string, after: string): string[] {
  const policy = (text: string) => parsePolicy(`---\nlang: ${lang}\n---\n# T\n\n## A\n\n${text}\n`).policy;
  const diff = diffPolicies(policy(before), policy(after));
  return reasonTexts((diff.changes[0] as ClauseChange).reasons);
}

describe('reasons name what changed', () => {
  it('"always" is no duty word', () => {
    expect(reasons('nl', 'Leerlingen melden altijd een incident.', 'Leerlingen melden een incident.')).toEqual([
      "text removed: 'altijd'",
    ]);
    expect(reasons('en', 'Reports are always answered.', 'Reports are answered.')).toEqual(["text removed: 'always'"]);
    expect(reasons('de', 'Lehrer dürfen immer ihr Handy nutzen.', 'Lehrer dürfen ihr Handy nutzen.')).toEqual([
      "text removed: 'immer'",
    ]);
  });

  it('a permission is no obligation; permission turned duty is an obligation changed', () => {
    expect(reasons('en', 'Staff may use their own laptop.', 'Staff use their own laptop.')).toEqual([
      "permission 'may' removed",
    ]);
    expect(reasons('de', 'Schüler nutzen das WLAN.', 'Schüler dürfen das WLAN nutzen.')).toContain(
      "permission 'dürfen' added",
    );
    expect(
      reasons('nl', 'Leerlingen mogen hun telefoon gebruiken.', 'Leerlingen moeten hun telefoon gebruiken.'),
    ).toEqual(['obligation mogen → moeten']);
  });

  it('names ages, amounts and terms in nl, en and de', () => {
    const cases: [string, string, string, string][] = [
      ['nl', 'Leerlingen vanaf 12 jaar mogen een telefoon meenemen.', '12', 'age 12 jaar → 14 jaar'],
      ['en', 'Pupils from age 12 may bring a phone.', '12', 'age 12 → 14'],
      ['de', 'Schüler ab 12 Jahren dürfen ein Handy mitbringen.', '12', 'age 12 Jahren → 14 Jahren'],
      ['nl', 'De borg bedraagt EUR 50 per schooljaar.', '50', 'amount EUR 50 → EUR 75'],
      ['en', 'The deposit is 50 euro per school year.', '50', 'amount 50 euro → 75 euro'],
      ['de', 'Die Kaution beträgt EUR 50 pro Schuljahr.', '50', 'amount EUR 50 → EUR 75'],
      ['nl', 'De school antwoordt binnen 5 werkdagen op een klacht.', '5', 'duration 5 werkdagen → 10 werkdagen'],
      ['en', 'The school answers within 5 working days.', '5', 'duration 5 working days → 10 working days'],
      ['de', 'Die Schule antwortet innerhalb von 5 Werktagen.', '5', 'duration 5 Werktagen → 10 Werktagen'],
    ];
    const replacement: Record<string, string> = { '12': '14', '50': '75', '5': '10' };
    for (const [lang, text, figure, expected] of cases) {
      const after = text.replace(new RegExp(`\\b${figure}\\b`), replacement[figure] ?? '');
      expect(reasons(lang, text, after), `${lang}: ${text}`).toEqual([expected]);
    }
  });
});

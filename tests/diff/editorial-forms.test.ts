// Issue 26 item 4: editorial or substantive by what the words do, on texts other than the labelled real pairs:
// an equivalent phrase, a list's conjunction alone, an abbreviation named more fully, a placeholder filled in, and a
// LaTeX page break; and the cases that stay substantive ("and" → "or", a qualifier that is not a fuller name).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { loadComparable } from '../../src/diff/inputs.js';
import type { ClauseChange } from '../../src/diff/types.js';
import { reasonTexts } from '../support/reasons.js';
import { DEFAULT_META, policyFrom } from './fixtures.js';

function change(oldText: string, newText: string, lang: string): ClauseChange {
  const policy = (text: string) =>
    policyFrom([{ title: 'Rules', id: 'rules', clauses: [{ id: 'rule', text }] }], { ...DEFAULT_META, lang });
  const diff = diffPolicies(policy(oldText), policy(newText));
  expect(diff.changes).toHaveLength(1);
  return diff.changes[0] as ClauseChange;
}

const editorial = (oldText: string, newText: string, lang = 'en'): void => {
  const found = change(oldText, newText, lang);
  expect(found.significance, reasonTexts(found.reasons).join('; ')).toBe('editorial');
};

const substantive = (oldText: string, newText: string, lang = 'en'): void => {
  expect(change(oldText, newText, lang).significance).toBe('substantive');
};

describe('editorial forms', () => {
  it('an equivalent phrase is editorial, in en, nl and de', () => {
    editorial(
      'Bring proof of address (e.g., a bank statement).',
      'Bring proof of address (for example, a bank statement).',
    );
    editorial('Bring proof of address (i.e. a bank statement).', 'Bring proof of address (that is a bank statement).');
    editorial(
      'Neem een bewijs mee (bijv. een bankafschrift).',
      'Neem een bewijs mee (bijvoorbeeld een bankafschrift).',
      'nl',
    );
    editorial(
      'Bringen Sie einen Nachweis (z.B. einen Kontoauszug).',
      'Bringen Sie einen Nachweis (zum Beispiel einen Kontoauszug).',
      'de',
    );
    substantive('Bring proof of address (e.g., a bank statement).', 'Bring proof of address (a bank statement only).');
  });

  it('a conjunction or punctuation alone is editorial; one conjunction for another flips the list', () => {
    editorial(
      'Pupils may not bring knives, lighters, fireworks.',
      'Pupils may not bring knives, lighters, or fireworks.',
    );
    editorial('Leerlingen melden pesten; diefstal', 'Leerlingen melden pesten; of diefstal', 'nl');
    substantive('Staff must report theft and bullying.', 'Staff must report theft or bullying.');
    substantive('Het team meldt diefstal of pesten.', 'Het team meldt diefstal en pesten.', 'nl');
  });

  it('a qualifier in capitals before an abbreviation that stays is editorial', () => {
    editorial('Show your QR certificate at the door.', 'Show your EU QR certificate at the door.');
    editorial('Toon een geldig DCC bij de ingang.', 'Toon een geldig EU DCC bij de ingang.', 'nl');
    substantive('Show your certificate at the door.', 'Show your EU certificate at the door.');
  });

  it('a template placeholder filled in is editorial', () => {
    editorial(
      'Report incidents to [NOTE: describe your means of reporting here.]',
      'Report incidents to safety@school.example',
    );
    editorial('Deze verklaring geldt voor [domeinnaam].', 'Deze verklaring geldt voor coronamelder.nl.', 'nl');
    substantive('Report incidents to the office.', 'Report incidents to safety@school.example');
  });

  it('a LaTeX page break coming or going is no clause added or removed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-pagebreak-'));
    const body = ['# Rules', '', 'Pupils arrive on time.', '', 'Pupils bring their books.', ''];
    writeFileSync(join(dir, 'old.md'), body.join('\n'));
    writeFileSync(join(dir, 'new.md'), [...body.slice(0, 4), '\\pagebreak', '', ...body.slice(4)].join('\n'));
    const diff = diffPolicies(loadComparable(join(dir, 'old.md')), loadComparable(join(dir, 'new.md')));
    expect(diff.changes).toEqual([]);
  });
});

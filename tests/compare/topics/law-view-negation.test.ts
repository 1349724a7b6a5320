// "Wat de wet vraagt" gives no ✓ to a clause that says the opposite of what the law asks (src/compare/topics/
// negation.ts, law-view.ts): three schools' klachtenregelingen through the whole comparison, one denying the WPO's
// complaints committee, secrecy and measures, one stating them, one stating them with words that only look like a
// negation ("al dan niet", "niet later dan", "niet alleen", a negated relative clause). The AVG's recipients are
// answered by "nooit aan derden" (the list's `negationMeets`).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alignment, LawRow } from '../../../src/compare/read/types.js';
import { compareJob } from '../../../src/jobs/compare.js';

const REGULATION = (organisation: string, clauses: readonly [string, string][]): string =>
  [
    '---',
    'id: klachtenregeling',
    'title: Klachtenregeling',
    `organisation: ${organisation}`,
    'version: "1.0"',
    'lang: nl',
    '---',
    '',
    '# Klachtenregeling',
    '',
    '## Indienen van een klacht',
    '',
    'Een klacht wordt schriftelijk ingediend. Het klaagschrift bevat de naam en het adres van de indiener, de dagtekening en een omschrijving van de gedraging.',
    '',
    ...clauses.flatMap(([heading, text]) => [`## ${heading}`, '', text, '']),
  ].join('\n');

const SCHOOLS: Record<string, [string, string][]> = {
  ontkent: [
    ['Klachtencommissie', 'De school is niet aangesloten bij een klachtencommissie; er is geen klachtencommissie.'],
    ['Geheimhouding', 'Leden van de commissie zijn niet tot geheimhouding verplicht.'],
    [
      'Beslissing op het oordeel',
      'Het bevoegd gezag deelt niet mee of het het oordeel deelt en neemt geen maatregelen.',
    ],
  ],
  stelt: [
    ['Klachtencommissie', 'De school is aangesloten bij een klachtencommissie.'],
    ['Geheimhouding', 'Leden van de commissie zijn tot geheimhouding verplicht.'],
    [
      'Beslissing op het oordeel',
      'Het bevoegd gezag deelt binnen vier weken mee of het het oordeel deelt en welke maatregelen het neemt.',
    ],
  ],
  schijn: [
    ['Klachtencommissie', 'De klachtencommissie bestaat uit leden die niet bij de klacht betrokken zijn.'],
    ['Geheimhouding', 'Leden zijn niet alleen tot geheimhouding verplicht, maar ook tot zorgvuldigheid.'],
    [
      'Beslissing op het oordeel',
      'Het bevoegd gezag deelt niet later dan vier weken na het oordeel mee of het al dan niet maatregelen neemt.',
    ],
  ],
};

const REQUIREMENTS = ['WPO art. 14 lid 2 onder a', 'WPO art. 14 lid 8', 'WPO art. 14 lid 7'];

async function lawRows(): Promise<Map<string, LawRow[]>> {
  const root = mkdtempSync(join(tmpdir(), 'law-negation-'));
  for (const [org, clauses] of Object.entries(SCHOOLS)) {
    mkdirSync(join(root, 'policies', org), { recursive: true });
    writeFileSync(join(root, 'policies', org, 'procedure.yaml'), 'sector: po\n');
    writeFileSync(join(root, 'policies', org, 'klachtenregeling.md'), REGULATION(org, clauses));
  }
  const out = await compareJob([join(root, 'policies')], { root, format: 'json' });
  const alignment = JSON.parse(String(out)) as Alignment;
  return new Map((alignment.law?.groups ?? []).map((group) => [group.key, group.rows]));
}

const rowOf = (rows: readonly LawRow[] | undefined, name: string): LawRow | undefined =>
  rows?.find((row) => `${row.law} ${row.article}` === name);

describe('what the law asks, of a clause that says the opposite', () => {
  it('gives no ✓ where the only clause negates the requirement, and names it as seeming to say the opposite', async () => {
    const rows = await lawRows();
    for (const name of REQUIREMENTS) {
      const row = rowOf(rows.get('ontkent'), name);
      expect(row?.applies, name).toBe('binds');
      expect(row?.finding, name).toBe('unmet');
      expect(row?.opposite?.length, name).toBeGreaterThan(0);
      expect(row?.text, name).toMatch(/^mogelijk: .*tegendeel/);
    }
    for (const org of ['stelt', 'schijn'])
      for (const name of REQUIREMENTS) {
        const row = rowOf(rows.get(org), name);
        expect(row?.finding, `${org}: ${name}`).toBe('met');
        expect(row?.opposite, `${org}: ${name}`).toBeUndefined();
      }
  }, 60_000);
});

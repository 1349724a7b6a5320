// "Wat de wet vraagt" gives no ✓ to a clause that says the opposite of what the law asks (src/compare/topics/
// negation.ts, law-view.ts): three schools' klachtenregelingen through the whole comparison, one denying the WPO's
// complaints committee, secrecy and measures, one stating them, one stating them with words that only look like a
// negation ("al dan niet", "niet later dan", "niet alleen", a negated relative clause). The AVG's recipients are
// answered by "nooit aan derden" (the list's `negationMeets`). A relative part ends at its verb cluster, a denial after
// the subject does not reach a phrase in its complement (with an article or a bare plural), and a condition that denies
// its subject or object is there gives no ✓; nor a main clause's negation after a condition without a comma.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LegalBasis, readTopicList } from '../../../src/compare/read/topic-list.js';
import type { Alignment, LawRow } from '../../../src/compare/read/types.js';
import { lawView } from '../../../src/compare/topics/law-view.js';
import { compareJob } from '../../../src/jobs/compare.js';
import { PROJECT_ROOT } from '../../support/paths.js';

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

/** The row of one requirement on a topic the clauses `texts` cover (c.1, c.2, …), of an organisation bound by it. */
function rowFor(basis: Partial<LegalBasis>, texts: readonly string[]): LawRow | undefined {
  const law = [{ law: 'AVG', article: 'art. 13 lid 1 onder e', words: '…', when: 'always', ...basis }] as LegalBasis[];
  const clauses = texts.map((text, n) => ({ id: `c.${n + 1}`, line: n + 1, signals: [], score: 1, text }));
  const alignment = {
    documents: [{ key: 'org', name: 'org', path: 'org.md', title: 'org', organisation: 'org', version: '' }],
    provisions: [],
    similarity: {},
    base: 'org',
    topics: [
      { id: 'topic', name: 'Onderwerp', description: '', clauses: { org: clauses }, notFound: {}, provisions: [], law },
    ],
  } as unknown as Alignment;
  return lawView(alignment, [], new Map())?.groups[0]?.rows[0];
}

describe('what the law asks, of clauses that negate and clauses that state', () => {
  it('gives ✓ for the stating clause where another negates, and names only negating clauses otherwise', () => {
    const meets = ['aan derden'];
    const both = rowFor({ meets }, ['Gegevens gaan nooit aan derden.', 'Wij verstrekken gegevens aan derden.']);
    expect(both).toMatchObject({ finding: 'met', clauses: ['c.2'] });
    expect(rowFor({ meets }, ['Gegevens gaan nooit aan derden.'])).toMatchObject({
      finding: 'unmet',
      clauses: ['c.1'],
      opposite: ['c.1'],
    });
    // Where saying none answers the requirement (the AVG's recipients), the denial meets it.
    expect(rowFor({ meets, negationMeets: true }, ['Gegevens gaan nooit aan derden.'])).toMatchObject({
      finding: 'met',
      clauses: ['c.1'],
    });
    // A part negated, another not held at all: what it lacks, not the opposite.
    const parts = rowFor({ meets, alsoMeets: [['bewaartermijn']] }, ['Gegevens gaan nooit aan derden.']);
    expect(parts?.finding).toBe('unmet');
    expect(parts?.opposite).toBeUndefined();
  });

  it('gives ✓ where only a relative part or a complement denies, none where a condition denies the thing is there', () => {
    const meets = ['klachtencommissie*'];
    expect(rowFor({ meets }, ['Het verslag van de klachtencommissie wordt niet opgesteld.'])).toMatchObject({
      finding: 'met',
      clauses: ['c.1'],
    });
    expect(rowFor({ meets }, ['Als de klachtencommissie er niet is, behandelt de directeur de klacht.'])).toMatchObject(
      { finding: 'unmet', opposite: ['c.1'] },
    );
    const gift = 'Een geschenk dat niet kan worden teruggegeven wordt beschikbaar gesteld aan een goed doel.';
    expect(rowFor({ meets: ['beschikbaar'] }, [gift])).toMatchObject({ finding: 'met', clauses: ['c.1'] });
    const gifts = 'Geschenken die niet kunnen worden teruggegeven worden beschikbaar gesteld aan een goed doel.';
    expect(rowFor({ meets: ['beschikbaar'] }, [gifts])).toMatchObject({ finding: 'met', clauses: ['c.1'] });
    const unset = 'Als het bestuur de klachtencommissie niet heeft ingesteld, behandelt de directeur de klacht.';
    expect(rowFor({ meets }, [unset])).toMatchObject({ finding: 'unmet', opposite: ['c.1'] });
    const noComma = 'Als de klacht niet is ingediend stelt het bestuur geen klachtencommissie in.';
    expect(rowFor({ meets }, [noComma])).toMatchObject({ finding: 'unmet', opposite: ['c.1'] });
    expect(
      rowFor({ meets: ['verslag'] }, ['Het verslag van de klachtencommissie wordt niet opgesteld.']),
    ).toMatchObject({ finding: 'unmet', opposite: ['c.1'] });
  });

  it("reads negationMeets on the shipped lists' AVG entries of recipients, transfer, duty and automated decisions", () => {
    for (const kind of ['privacyverklaring', 'privacyreglement']) {
      const list = readTopicList(join(PROJECT_ROOT, 'templates', 'topics', `${kind}.yaml`));
      const denied = list.topics.flatMap((topic) => topic.law ?? []).filter((basis) => basis.negationMeets);
      expect(denied.map((basis) => basis.article).sort(), kind).toEqual([
        'art. 13 lid 1 onder e',
        'art. 13 lid 1 onder f',
        'art. 13 lid 2 onder e',
        'art. 13 lid 2 onder f',
      ]);
    }
  });
});

// The procedure files: the shipped sectors read, a foundation's file over its sector's, a fault at its line.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDuration } from '../../src/procedure/duration.js';
import { proceduresFor } from '../../src/procedure/load.js';
import { thrownError as thrown } from '../support/thrown.js';

function foundation(text?: string): { root: string; policy: string } {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-procedure-'));
  mkdirSync(join(root, 'policies', 'stichting'), { recursive: true });
  if (text !== undefined) writeFileSync(join(root, 'policies', 'stichting', 'procedure.yaml'), text);
  return { root, policy: join(root, 'policies', 'stichting', 'klachtenregeling.md') };
}

describe('procedure files', () => {
  it('ships po, vo, so, vso and mbo, every step with a basis and where it was checked (or why it could not be)', () => {
    for (const sector of ['po', 'vo', 'so', 'vso', 'mbo']) {
      const { root, policy } = foundation(`sector: ${sector}\n`);
      const procedures = proceduresFor(policy, root);
      expect(procedures.sector).toBe(sector);
      expect(Object.keys(procedures.kinds).length).toBeGreaterThanOrEqual(5);
      for (const procedure of Object.values(procedures.kinds)) {
        expect(procedure.steps.at(-1)?.right, `${sector} ${procedure.kind}`).toBe('vaststelling');
        // An address of the consolidated text, with its date, or why nothing could be read (never a bare word).
        for (const step of procedure.steps)
          expect(step.checked).toMatch(
            /^(https:\/\/\S+\d{4}-\d{2}-\d{2}#Artikel\S+$|(Geen wetsartikel|Niet nagelezen): \S+ \S+ \S+)/,
          );
      }
    }
  });

  it('the PO file has the kinds of the issue, with the consent the WMS text gives', () => {
    const { root, policy } = foundation();
    const { kinds } = proceduresFor(policy, root);
    for (const kind of [
      'schoolplan',
      'schoolgids',
      'klachtenregeling',
      'privacyreglement',
      'veiligheidsbeleid',
      'pestprotocol',
      'social-media',
      'formatieplan',
      'werkverdelingsplan',
      'leerlingenstatuut',
      'medezeggenschapsstatuut',
      'medezeggenschapsreglement',
    ])
      expect(kinds[kind], kind).toBeDefined();
    // Lapsed with the text in force from 1 August 2026 (WPO art. 8 lid 5 is empty): the support offer is in the
    // schoolgids, on which the whole council advises (WMS art. 11 lid 1 onder r) while its parents consent to the rest.
    expect(kinds.schoolondersteuningsprofiel).toBeUndefined();
    expect(kinds.schoolgids?.steps.map((step) => [step.part, step.right])).toEqual([
      ['ouders/leerlingen', 'instemming'],
      ['whole', 'advies'],
      ['whole', 'vaststelling'],
    ]);
    expect(kinds.medezeggenschapsreglement?.steps[0]?.basis).toBe(
      'WMS art. 23 lid 2 (twee derde van het aantal leden)',
    );
    expect(kinds.schoolplan?.reviewBasis).toBe('WPO art. 13a lid 1 (ten minste eenmaal in de vier jaar)');
    expect(kinds.klachtenregeling?.steps[0]).toMatchObject({
      right: 'instemming',
      basis: 'WMS art. 10 sub g',
      term: '6w',
    });
    expect(kinds.schoolgids?.steps[0]).toMatchObject({ part: 'ouders/leerlingen', basis: 'WMS art. 13 lid 1 sub g' });
  });

  it("a foundation's file changes the term and a kind's review, keeping the rest of the sector's", () => {
    const { root, policy } = foundation('term: 4w\nkinds:\n  klachtenregeling:\n    review: 3y\n');
    const { kinds } = proceduresFor(policy, root);
    expect(kinds.klachtenregeling?.review).toBe('3y');
    expect(kinds.klachtenregeling?.steps[0]?.basis).toBe('WMS art. 10 sub g');
    expect(kinds.schoolplan?.review).toBe('4y');
  });

  it("a foundation's own review interval is not the law's: the sector's basis for it does not carry over", () => {
    const { root, policy } = foundation('kinds:\n  schoolplan:\n    review: 2y\n');
    const { kinds } = proceduresFor(policy, root);
    expect(kinds.schoolplan).toMatchObject({ review: '2y' });
    expect(kinds.schoolplan?.reviewBasis).toBeUndefined();
    expect(kinds.schoolplan?.reviewChecked).toBeUndefined();
    const sector = proceduresFor(foundation().policy, foundation().root).kinds.schoolplan;
    expect(sector?.reviewBasis).toBe('WPO art. 13a lid 1 (ten minste eenmaal in de vier jaar)');
  });

  it('a wrong right in a foundation file is an error at its line and column, naming the choices', () => {
    const text = 'kinds:\n  klachtenregeling:\n    steps:\n      - { body: raad, right: goedkeuring, basis: x }\n';
    const { root, policy } = foundation(text);
    const error = thrown(() => proceduresFor(policy, root));
    expect(error.message).toBe(
      'procedure file: kinds.klachtenregeling.steps.0.right is "goedkeuring", which is not one of informatie, advies, instemming, vaststelling',
    );
    expect(error.place).toMatchObject({ point: { line: 4, column: 30 } });
  });

  it('an unknown sector is an error at the sector', () => {
    const { root, policy } = foundation('sector: hbo\n');
    expect(thrown(() => proceduresFor(policy, root)).message).toBe('there is no procedure file for sector "hbo"');
  });

  it("reads no procedure.yaml from a sibling folder whose name starts like the project's, nor above it", () => {
    const parent = mkdtempSync(join(tmpdir(), 'clausemark-procedure-sibling-'));
    const root = join(parent, 'p');
    const sibling = join(parent, 'p2');
    mkdirSync(root);
    mkdirSync(join(sibling, 'school'), { recursive: true });
    writeFileSync(join(sibling, 'procedure.yaml'), 'sector: vo\n');
    writeFileSync(join(parent, 'procedure.yaml'), 'sector: mbo\n');
    expect(proceduresFor(join(sibling, 'school', 'klachtenregeling.md'), root).sector).toBe('po');
    expect(proceduresFor(join(sibling, 'klachtenregeling.md'), sibling).sector, 'the control: its own project').toBe(
      'vo',
    );
  });

  it('adds terms in calendar days, weeks, months and years', () => {
    expect(addDuration('2024-03-01', '6w')).toBe('2024-04-12');
    expect(addDuration('2024-01-31', '1m')).toBe('2024-02-29');
    expect(addDuration('2024-02-29', '1y')).toBe('2025-02-28');
    expect(addDuration('2024-02-29', 'soon')).toBeUndefined();
  });
});

// Issue 26 item 5: a clause rewritten in place is that clause modified, not one removed and another added; a clause
// replaced by one with nothing in common stays removed and added. Files without ids, as policies come.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { loadComparable } from '../../src/diff/inputs.js';

function diffOf(oldItems: string[], newItems: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cm-rewrite-'));
  const file = (name: string, items: string[]): string => {
    const lines = [
      '# Gedrag',
      '',
      'Op school en tijdens schoolactiviteiten is het verboden om berichten te plaatsen die:',
      '',
      ...items.map((item) => `- ${item}`),
      '',
      'De directeur beslist over maatregelen na overleg met de mentor van de leerling.',
      '',
    ];
    writeFileSync(join(dir, name), lines.join('\n'));
    return join(dir, name);
  };
  const diff = diffPolicies(loadComparable(file('oud.md', oldItems)), loadComparable(file('nieuw.md', newItems)));
  return diff.changes.map((change) => `${change.kinds.join('+')} ${change.old?.text ?? change.new?.text}`);
}

describe('a rewrite in place', () => {
  it('is one clause modified, not removed and added', () => {
    expect(
      diffOf(
        [
          'kwetsend zijn voor medeleerlingen',
          'beelden of gegevens van anderen bevatten zonder toestemming',
          'reclame maken',
        ],
        [
          'kwetsend zijn voor medeleerlingen',
          'gegevens tonen of verspreiden over anderen die daar geen toestemming voor gaven',
          'reclame maken',
        ],
      ),
    ).toEqual(['modified beelden of gegevens van anderen bevatten zonder toestemming']);
  });

  it('a date line rewritten in place is modified, the line before it removed', () => {
    expect(
      diffOf(
        ['kwetsend zijn', 'Versie 1.2.', 'Laatste herziening: 3 maart 2021.'],
        ['kwetsend zijn', 'Laatste herziening: 14 januari 2023.'],
      ),
    ).toEqual(['removed Versie 1.2.', 'modified Laatste herziening: 3 maart 2021.']);
  });

  it('a clause with nothing in common in the same place stays removed and added', () => {
    expect(
      diffOf(
        ['kwetsend zijn voor medeleerlingen', 'reclame maken voor producten van bedrijven buiten de school', 'x'],
        ['kwetsend zijn voor medeleerlingen', 'oproepen tot geweld tegen personeel of leerlingen', 'x'],
      ).sort(),
    ).toEqual([
      'added oproepen tot geweld tegen personeel of leerlingen',
      'removed reclame maken voor producten van bedrijven buiten de school',
    ]);
  });
});

describe('two groups with the same heading', () => {
  function diffOfText(oldText: string, newText: string): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'cm-same-heading-'));
    writeFileSync(join(dir, 'oud.md'), oldText);
    writeFileSync(join(dir, 'nieuw.md'), newText);
    const diff = diffPolicies(loadComparable(join(dir, 'oud.md')), loadComparable(join(dir, 'nieuw.md')));
    return diff.changes.map((change) => `${change.kinds.join('+')} ${change.old?.text ?? change.new?.text}`);
  }
  const policy = (staffRule: string): string =>
    [
      '# Protocol',
      '',
      '## Leerlingen',
      '',
      '### Algemeen',
      '',
      '1. Leerlingen plaatsen geen beelden van medeleerlingen zonder toestemming.',
      '2. Leerlingen gebruiken hun telefoon alleen in de pauze.',
      '',
      '## Medewerkers',
      '',
      '### Algemeen',
      '',
      `1. ${staffRule}`,
      '2. Medewerkers zijn geen vrienden met leerlingen op sociale media.',
      '',
    ].join('\n');

  it('are paired each with its own: a rule changed under the second is modified there, nothing removed or added', () => {
    expect(
      diffOfText(
        policy('Medewerkers melden een incident binnen vijf werkdagen bij de directeur.'),
        policy('Medewerkers melden een incident binnen twee werkdagen bij de directeur.'),
      ),
    ).toEqual(['modified Medewerkers melden een incident binnen vijf werkdagen bij de directeur.']);
  });
});

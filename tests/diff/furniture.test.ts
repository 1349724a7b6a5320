// Issue 26 item 4: editorial judged as a reader would. An entry of the table of contents only restates a heading,
// a line that only states the version says which text this is, and a clause split in two (or two merged) with the
// same words reads the same rules: each is editorial. The same words outside a table of contents stay substantive.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { parsePolicy } from '../../src/parse/index.js';

function changes(lang: string, before: string, after: string): string[] {
  const policy = (body: string) => parsePolicy(`---\nlang: ${lang}\n---\n# Voorwaarden\n\n${body}\n`).policy;
  return diffPolicies(policy(before), policy(after)).changes.map(
    (change) => `${change.kinds.join('+')} ${change.significance}`,
  );
}

describe('furniture and same-word splits are editorial', () => {
  it('a table of contents entry changed or removed (nl, en)', () => {
    const toc = (entries: string[]) =>
      `## Inhoudsopgave\n\n${entries.map((entry) => `- ${entry}`).join('\n')}\n\n## Doel\n\nDe app controleert bewijzen.`;
    expect(changes('nl', toc(['Een bewijs scannen', 'Doelbinding']), toc(['Een bewijs of EU DCC scannen']))).toEqual([
      'modified editorial',
      'removed editorial',
    ]);
    const contents = (entry: string) => `## Contents\n\n- ${entry}\n\n## Purpose\n\nThe app checks certificates.`;
    expect(changes('en', contents('Scanning a certificate'), contents('Scanning a certificate or EU DCC'))).toEqual([
      'modified editorial',
    ]);
    // The same entry as a rule elsewhere is a change of substance.
    const rules = (entry: string) => `## Regels\n\n- ${entry}\n\n## Doel\n\nDe app controleert bewijzen.`;
    expect(changes('nl', rules('Een bewijs scannen'), rules('Een bewijs of EU DCC scannen'))).toEqual([
      'modified substantive',
    ]);
  });

  it('a line that only states the version', () => {
    const contact = (version: string) => `## Contact\n\n${version}Mail ons via info@example.nl.`;
    expect(changes('nl', contact('Versie 1.2.\n\n'), contact(''))).toEqual(['removed editorial']);
    expect(changes('en', contact('Version 1.2\n\n'), contact('Version 1.3\n\n'))).toEqual(['modified editorial']);
    expect(changes('nl', contact('Versie 1.2 geldt tot 2026.\n\n'), contact(''))).toEqual(['removed substantive']);
  });

  it('a clause split in two with the same words (nl, en), but not one whose words changed', () => {
    const one = 'De plaatsing gebeurt door vrijwilligers. Plaatsing kan daardoor meerdere dagen duren.';
    const two = 'De plaatsing gebeurt door vrijwilligers;\n\nPlaatsing kan daardoor meerdere dagen duren.';
    expect(changes('nl', `## Doorlooptijd\n\n${one}`, `## Doorlooptijd\n\n${two}`)).toEqual(['split editorial']);
    const en = 'Volunteers place the posting. Placement may therefore take several days.';
    const enSplit = 'Volunteers place the posting;\n\nPlacement may therefore take several days.';
    expect(changes('en', `## Timing\n\n${en}`, `## Timing\n\n${enSplit}`)).toEqual(['split editorial']);
    const changed = 'De plaatsing gebeurt door vrijwilligers;\n\nPlaatsing kan daardoor meerdere weken duren.';
    expect(changes('nl', `## Doorlooptijd\n\n${one}`, `## Doorlooptijd\n\n${changed}`)).toEqual([
      'split+modified substantive',
    ]);
  });
});

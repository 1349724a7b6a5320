// Text Markdown strikes through (GFM `~~…~~`) is no part of the policy: import leaves it out and lists it in its
// report with why, and joins the words around it with one space (none before the punctuation that follows it). A
// paragraph or item wholly struck is no clause.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { allClauses } from '../../../src/model/walk.js';
import { parsePolicy } from '../../../src/parse/index.js';

const source = `# Klachtenregeling De Linde

## Artikel 1 Termijn

De commissie beslist binnen ~~veertien~~ tien weken.

~~Een klacht kan ook mondeling worden ingediend.~~

De klager krijgt ~~binnen een week~~ een ontvangstbevestiging.

De klacht gaat naar de **commissie ~~of het bestuur~~**.

- Eerst een gesprek.
- ~~Dan een brief.~~
- Dan de ~~**directeur of**~~ commissie.
`;

describe('struck-through text in Markdown', () => {
  it('is left out of the policy and listed in the report with why, the words around it joined', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-import-md-struck-')), 'klachtenregeling.md');
    writeFileSync(file, source);
    const result = await importDocument(file, { org: 'linde', dryRun: true, lang: 'en' });
    const clauses = allClauses(parsePolicy(result.output).policy).map(({ clause }) => clause.text);
    expect(clauses).toEqual([
      'De commissie beslist binnen tien weken.',
      'De klager krijgt een ontvangstbevestiging.',
      'De klacht gaat naar de commissie.',
      'Eerst een gesprek.',
      'Dan de commissie.',
    ]);
    expect(result.output.split('\n---\n')[1]).not.toMatch(/ {2}|veertien|mondeling|brief|directeur/u);
    expect(result.dropped.map(({ text, reason }) => [text, reason])).toEqual([
      ['veertien', 'struck through in the source'],
      ['Een klacht kan ook mondeling worden ingediend.', 'struck through in the source'],
      ['binnen een week', 'struck through in the source'],
      ['of het bestuur', 'struck through in the source'],
      ['Dan een brief.', 'struck through in the source'],
      ['directeur of', 'struck through in the source'],
    ]);
    const listed = result.findings.filter((finding) => finding.messageId === 'import-dropped.left-out');
    // Each listed, runs of one reason as one finding, with the fix to copy it in by hand if it belongs in the policy.
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed.map((finding) => finding.fixId))).toEqual(new Set(['import-dropped.copy-text-in']));
    expect(result.accounting.missing).toEqual([]);
    expect(result.accounting.listed).toBe(1 + 7 + 3 + 3 + 3 + 2);
  });
});

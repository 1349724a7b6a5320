// A reglement a site sets in a table of two columns, written by hand (html-blocks.ts, layout-tables.ts): read as the
// text it lays out, the blocks of each cell in reading order; a table of data, or one whose cells span rows, stays a
// table. The page LibreOffice saves from Word is html-layout-tables.integration.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { allClauses, allSections } from '../../../src/model/walk.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-html-layout-tables-'));

async function imported(name: string, table: string) {
  const file = join(folder, name);
  writeFileSync(
    file,
    `<!DOCTYPE html>\n<html lang="nl"><body>\n<h1>Privacyreglement Stichting De Linde</h1>\n` +
      `<p>Dit reglement regelt hoe de scholen van de stichting met persoonsgegevens omgaan.</p>\n${table}\n</body></html>\n`,
  );
  const result = await importDocument(file, { org: 'de-linde', dryRun: true });
  const policy = parsePolicy(result.output).policy;
  return {
    result,
    sections: allSections(policy)
      .slice(1)
      .map((section) => `${section.number ?? ''} ${section.title}`.trim()),
    clauses: allClauses(policy).map(({ clause }) => clause.text),
  };
}

describe('a reglement a page sets in a table of two columns', () => {
  it('is read as its articles, their clauses and a list in a cell', async () => {
    const { result, sections, clauses } = await imported(
      'reglement.html',
      `<table>
  <tr><td><strong>Artikel 1</strong></td><td><strong>Begripsbepalingen</strong></td></tr>
  <tr><td></td><td><p>In dit reglement wordt verstaan onder:</p>
    <ul><li>school: een school van de stichting;</li><li>ouder: de ouder of verzorger van een leerling.</li></ul></td></tr>
  <tr><td>Artikel 2</td><td>De school verwerkt alleen gegevens die nodig zijn voor het onderwijs.</td></tr>
  <tr><td>2.1</td><td>De directeur ziet toe op de naleving.</td></tr>
  <tr><td>2.2</td><td>Een ouder kan inzage vragen in de gegevens van zijn kind.</td></tr>
</table>`,
    );
    expect(sections).toEqual(['Artikel 1 Begripsbepalingen', 'Artikel 2']);
    expect(clauses).toEqual([
      'Dit reglement regelt hoe de scholen van de stichting met persoonsgegevens omgaan.',
      'In dit reglement wordt verstaan onder:',
      'school: een school van de stichting;',
      'ouder: de ouder of verzorger van een leerling.',
      'De school verwerkt alleen gegevens die nodig zijn voor het onderwijs.',
      'De directeur ziet toe op de naleving.',
      'Een ouder kan inzage vragen in de gegevens van zijn kind.',
    ]);
    expect(result.output).toContain('## {#artikel-2}');
    expect(result.output).toMatch(/sections: Artikel %1\n\s+clauses: "%1\.%2"/u);
    expect(result.output).not.toContain('|');
    expect(result.accounting.missing).toEqual([]);
  });

  it('leaves a table of data a table', async () => {
    const { result } = await imported(
      'data.html',
      `<table>
  <tr><th>Gegeven</th><th>Bewaartermijn</th></tr>
  <tr><td>Leerlingdossier</td><td>Twee jaar na het vertrek van de leerling uit de school.</td></tr>
  <tr><td>Cijfers</td><td>Vijf jaar na het behalen van het diploma of het vertrek.</td></tr>
</table>`,
    );
    expect(result.output).toMatch(/\| Gegeven +\| Bewaartermijn +\|/u);
  });

  it('leaves a table whose label spans rows a table: its reading order is the layout’s', async () => {
    const { result } = await imported(
      'rowspan.html',
      `<table>
  <tr><td rowspan="2">Artikel 1</td><td>De school verwerkt alleen gegevens die nodig zijn voor het onderwijs.</td></tr>
  <tr><td>De directeur ziet toe op de naleving van dit reglement.</td></tr>
  <tr><td>Artikel 2</td><td>Een ouder kan inzage vragen in de gegevens van zijn kind.</td></tr>
</table>`,
    );
    expect(result.output).toMatch(/\| Artikel 1 +\|/u);
  });
});

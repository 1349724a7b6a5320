import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/fmt/index.js';
import { parsePolicy } from '../../src/parse/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { ClausemarkError } from '../../src/model/errors.js';

const clauses = (source: string) => allClauses(parsePolicy(source).policy).map(({ clause }) => clause);

const PLAIN = `---
title: Protocol sociale media
organisation: Casparus College
---

# Protocol sociale media

Dit protocol beschrijft hoe wij met sociale media omgaan.

## Uitgangspunten

1. Casparus College onderkent de mogelijkheden van sociale media.
2. Dit protocol draagt bij aan een **goed en veilig** school- en onderwijsklimaat.
   1. Ouders worden o.a. via de nieuwsbrief geïnformeerd.

## Bedenk dat...

- Het gebruik van sociale media in real time gebeurt.
`;

describe('formatSource: IDs', () => {
  it('gives every section and clause a readable ID from its section and first significant words', () => {
    const { output, assigned } = formatSource(PLAIN);
    expect(output).toContain('\n# Protocol sociale media\n');
    expect(output).toContain('{#intro.protocol-beschrijft} Dit protocol beschrijft');
    expect(output).toContain('## Uitgangspunten {#uitgangspunten}');
    // The organisation's name opens many clauses and is skipped; so are stopwords like "de" and "van".
    expect(output).toContain('1. {#uitgangspunten.onderkent-mogelijkheden} Casparus College onderkent');
    expect(output).toContain('2. {#uitgangspunten.protocol-draagt-goed} Dit protocol');
    expect(output).toContain('   1. {#uitgangspunten.ouders-nieuwsbrief} Ouders worden');
    expect(output).toContain('## Bedenk dat... {#bedenk}');
    expect(output).toContain('- {#bedenk.gebruik-sociale-media} Het gebruik');
    expect(assigned.map((entry) => entry.kind)).toEqual([
      'clause',
      'section',
      'clause',
      'clause',
      'clause',
      'section',
      'clause',
    ]);
    const lines = output.split('\n');
    for (const entry of assigned) expect(lines[entry.line - 1]).toContain(`{#${entry.id}}`);
  });

  it('is deterministic and stable: the same input gets the same IDs, and a second run changes nothing', () => {
    const once = formatSource(PLAIN);
    expect(formatSource(PLAIN).output).toBe(once.output);
    const twice = formatSource(once.output);
    expect(twice).toEqual({ output: once.output, changed: false, assigned: [] });
  });

  it('keeps the IDs that are there, including section classes', () => {
    const source = '## Voorwoord {#voorwoord .unnumbered}\n\n{#vw.doel} Doel van dit protocol.\n\nZonder ID.\n';
    const { output, assigned } = formatSource(source);
    expect(output).toBe(
      '## Voorwoord {#voorwoord .unnumbered}\n\n{#vw.doel} Doel van dit protocol.\n\n{#voorwoord.zonder-id} Zonder ID.\n',
    );
    expect(assigned).toEqual([{ id: 'voorwoord.zonder-id', line: 5, kind: 'clause' }]);
  });

  it('never reuses an existing ID, and numbers new IDs that would collide with each other', () => {
    const source = [
      '## Doel {#uitgangspunten}',
      '{#uitgangspunten-2.leerlingen-ouders} Leerlingen en ouders.',
      '## Uitgangspunten',
      'Leerlingen en ouders.',
      'Leerlingen en ouders.',
    ].join('\n\n');
    const { output } = formatSource(source);
    expect(output).toContain('## Uitgangspunten {#uitgangspunten-2}');
    expect(output).toContain('{#uitgangspunten-2.leerlingen-ouders-2} Leerlingen');
    expect(output).toContain('{#uitgangspunten-2.leerlingen-ouders-3} Leerlingen');
    const ids = clauses(output).map((clause) => clause.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves the title heading without an ID, but names every level-1 heading when there are several', () => {
    expect(formatSource('# Titel\n\n## Deel\n').output).toBe('# Titel\n\n## Deel {#deel}\n');
    expect(formatSource('# Een\n\n# Twee\n').output).toBe('# Een {#een}\n\n# Twee {#twee}\n');
  });

  it('gives a clause that opens with a table, code or a sub-list its ID in a paragraph of its own', () => {
    const source = '## Tabel\n\n| Wie | Wat |\n| --- | --- |\n| Ouders | Lezen |\n\n- - Genest\n';
    const { output } = formatSource(source);
    expect(output).toContain('## Tabel {#tabel}\n\n{#tabel.ouders-lezen}\n\n| Wie');
    expect(output).toContain('- {#tabel.clause}\n  - {#tabel.genest} Genest');
    expect(clauses(output).map((clause) => [clause.id, clause.synthetic])).toEqual([
      ['tabel.ouders-lezen', false],
      ['tabel.clause', false],
      ['tabel.genest', false],
    ]);
  });

  it('writes markers verbatim, without escapes', () => {
    const { output } = formatSource('## Links www.example.nl\n\nTekst.\n\n{#vw.doel} Doel.\n');
    expect(output).toContain('{#vw.doel} Doel.');
    expect(output).toMatch(/^## Links .*www\.example\.nl.* \{#links-example-nl\}$/m);
    expect(output).toContain('{#links-example-nl.tekst} Tekst.');
  });
});

describe('formatSource: lossless', () => {
  it('keeps a BOM and CRLF line endings', () => {
    const { output } = formatSource('\uFEFF---\r\nid: x\r\n---\r\n\r\n## Doel\r\n\r\nTekst.\r\n');
    expect(output).toBe('\uFEFF---\r\nid: x\r\n---\r\n\r\n## Doel {#doel}\r\n\r\n{#doel.tekst} Tekst.\r\n');
  });

  it('keeps the frontmatter byte for byte: comments, quoting, key order, spacing', () => {
    const frontmatter =
      "---\n# vastgesteld door de GMR\nversion:   1.10   # not 1.1\ntitle: 'Protocol'\n\nid: social-media\napprovals: [{date: 2024-06-12, name: GMR, role: raad}]\n---";
    const { output } = formatSource(`${frontmatter}\n# Protocol\nTekst.\n`);
    expect(output.startsWith(`${frontmatter}\n\n# Protocol\n`)).toBe(true);
    expect(parsePolicy(output).policy.meta.version).toBe('1.10');
  });

  it('keeps footnotes, tables, nested lists, links, emphasis and comments', () => {
    const source = [
      '## Regels {#regels}',
      '1. {#r.a} Zie [de wet](https://wetten.overheid.nl/ "Wet") en *het reglement*.[^1]',
      '   - {#r.a.i} Genest met __vet__ en `code`.',
      '<!-- nog bespreken met de GMR -->',
      '| Rol | Taak |\n|:--|--:|\n| Ouder | *Lezen* |',
      '[^1]: Zie art. 3.',
    ].join('\n\n');
    const { output } = formatSource(source);
    expect(output).toContain('1. {#r.a} Zie [de wet](https://wetten.overheid.nl/ "Wet") en _het reglement_.[^1]');
    expect(output).toContain('   - {#r.a.i} Genest met **vet** en `code`.');
    expect(output).toContain('<!-- nog bespreken met de GMR -->');
    expect(output).toMatch(/\| :-+ \| -+: \|/);
    expect(output).toContain('[^1]: Zie art. 3.');
    expect(clauses(output).map((clause) => clause.text)).toEqual(clauses(source).map((clause) => clause.text));
  });

  it('keeps literal characters literal: brackets, asterisks, underscores and a number that opens a paragraph', () => {
    const source = 'rooster\\[wijzigingen\\] en 2 \\* 3 en snake\\_case en \\_niet cursief\\_\n\n1986\\. Een jaar\n';
    const { output } = formatSource(source);
    expect(clauses(output).map((clause) => [clause.kind, clause.text])).toEqual([
      ['paragraph', 'rooster[wijzigingen] en 2 * 3 en snake_case en _niet cursief_'],
      ['paragraph', '1986. Een jaar'],
    ]);
    expect(formatSource(output).changed).toBe(false);
  });

  it('refuses a document it cannot read completely, rather than drop part of it', () => {
    const deep = `${Array.from({ length: 70 }, (_, depth) => `${'  '.repeat(depth)}- x`).join('\n')}\n`;
    expect(() => formatSource(deep, { path: 'diep.md' })).toThrow(ClausemarkError);
    expect(() => formatSource(`${'>'.repeat(5000)} x\n`)).toThrow(ClausemarkError);
  });

  it('reports every section as named after formatting', () => {
    const sections = allSections(parsePolicy(formatSource(PLAIN).output).policy).slice(1);
    expect(sections.map((section) => [section.id, section.synthetic])).toEqual([
      ['uitgangspunten', false],
      ['bedenk', false],
    ]);
  });
});

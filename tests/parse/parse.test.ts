import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';

const POLICY = `---
id: social-media
title: Protocol sociale media
organisation: Casparus College
version: "2.1"
status: approved
approvals:
  - date: 2024-07-01
    name: J. de Vries
    role: Voorzitter College van Bestuur
    step: vaststelling
---

# Protocol sociale media

{#intro.doel} Dit protocol beschrijft hoe wij met sociale media omgaan.

## Uitgangspunten {#uitgangspunten}

1. {#up.belang} Casparus College onderkent de mogelijkheden van sociale media.
2. {#up.klimaat} Dit protocol draagt bij aan een **goed en veilig** klimaat.
   1. {#up.klimaat.ouders} Ouders worden o.a. via de nieuwsbrief geïnformeerd.[^1]
   2. {#up.klimaat.ĳs} Tweede.

### Sub {#sub}

- {#sub.a} Een punt
  met een zachte regelovergang.

## Bedenk dat... {#bedenk}

| a | b |
| - | - |
| 1 | 2 |

{#bedenk.na} Na de tabel.

| c |
| - |
| 3 |

[^1]: Zie art. 3.
`;

describe('parsePolicy', () => {
  const { policy, findings } = parsePolicy(POLICY, { path: 'policies/casparus-college/social-media.md' });

  it('reads the frontmatter into meta, with org from the folder', () => {
    expect(findings).toEqual([]);
    expect(policy.meta).toMatchObject({
      id: 'social-media',
      title: 'Protocol sociale media',
      organisation: 'Casparus College',
      org: 'casparus-college',
      version: '2.1',
      status: 'approved',
      lang: 'nl',
      approvals: [
        { date: '2024-07-01', name: 'J. de Vries', role: 'Voorzitter College van Bestuur', step: 'vaststelling' },
      ],
    });
    expect(policy.meta.inferred).toEqual(['org', 'lang']);
  });

  it('treats the level-1 heading as the title and the text before the first section as preamble', () => {
    expect(policy.sections.map((s) => s.title)).toEqual(['Uitgangspunten', 'Bedenk dat...']);
    expect(policy.preamble.clauses.map((c) => c.id)).toEqual(['intro.doel']);
    expect(policy.preamble.clauses[0]?.text).toBe('Dit protocol beschrijft hoe wij met sociale media omgaan.');
  });

  it('numbers sections from heading levels and clauses by the house style', () => {
    expect(allSections(policy).map((s) => [s.id, s.number])).toEqual([
      ['preamble', ''],
      ['uitgangspunten', '1'],
      ['sub', '1.1'],
      ['bedenk', '2'],
    ]);
    const byId = Object.fromEntries(allClauses(policy).map(({ clause }) => [clause.id, clause]));
    expect(byId['up.klimaat']).toMatchObject({
      label: '2',
      number: '1.2',
      depth: 0,
      list: 'ordered',
      synthetic: false,
    });
    expect(byId['up.klimaat.ouders']).toMatchObject({ label: 'a', number: '1.2.a', depth: 1 });
    expect(byId['sub.a']).toMatchObject({ label: '•', text: 'Een punt met een zachte regelovergang.' });
  });

  it('keeps sub-clause text out of the parent and strips id markers', () => {
    const klimaat = allClauses(policy).find(({ clause }) => clause.id === 'up.klimaat')?.clause;
    expect(klimaat?.text).toBe('Dit protocol draagt bij aan een goed en veilig klimaat.');
    expect(klimaat?.children.map((c) => c.id)).toEqual(['up.klimaat.ouders', 'up.klimaat.ĳs']);
  });

  it('records where id markers stand', () => {
    const belang = allClauses(policy).find(({ clause }) => clause.id === 'up.belang')?.clause;
    expect(belang?.idPosition?.start).toMatchObject({ line: 20, column: 4 });
    expect(belang?.idPosition?.end).toMatchObject({ line: 20, column: 16 });
    expect(policy.sections[0]?.idPosition?.start).toMatchObject({ line: 18, column: 19 });
  });

  it('attaches a table to the clause before it, and makes a leading table a clause of its own', () => {
    const bedenk = policy.sections[1];
    expect(bedenk?.clauses.map((c) => [c.kind, c.synthetic])).toEqual([
      ['block', true],
      ['paragraph', false],
    ]);
    expect(bedenk?.clauses[0]?.text).toBe('a | b\n1 | 2');
    expect(bedenk?.clauses[1]?.content.map((b) => b.type)).toEqual(['paragraph', 'table']);
    expect(bedenk?.clauses[1]?.text).toBe('Na de tabel.\n\nc\n3');
  });

  it('collects footnotes', () => {
    expect(Object.keys(policy.footnotes)).toEqual(['1']);
  });
});

describe('plain Markdown without ids or frontmatter', () => {
  const plain = `# Gedragscode\n\nInleiding.\n\n## Regels\n\n1. Eerste regel.\n2. Tweede regel.\n   - Sub.\n\n## Regels\n\nNog een.\n`;

  it('gets deterministic synthetic ids marked synthetic', () => {
    const a = parsePolicy(plain, { path: 'docs/gedragscode.md' }).policy;
    const b = parsePolicy(plain, { path: 'docs/gedragscode.md' }).policy;
    const ids = allClauses(a).map(({ clause }) => clause.id);
    expect(ids).toEqual(allClauses(b).map(({ clause }) => clause.id));
    expect(ids).toEqual(['preamble.1', 'regels.1', 'regels.2', 'regels.2.1', 'regels-2.1']);
    expect(allClauses(a).every(({ clause }) => clause.synthetic)).toBe(true);
    expect(allSections(a).map((s) => s.id)).toEqual(['preamble', 'regels', 'regels-2']);
  });

  it('falls back to the heading for the title and the file name for the id', () => {
    const { meta } = parsePolicy(plain, { path: 'docs/gedragscode.md' }).policy;
    expect(meta).toMatchObject({ title: 'Gedragscode', id: 'gedragscode', org: 'docs', version: '', status: 'draft' });
    expect(meta.inferred).toEqual(expect.arrayContaining(['title', 'id', 'org', 'organisation', 'version', 'status']));
  });

  it('never hands out a synthetic id an author already uses', () => {
    const doc = `## Regels\n\n{#regels.2} Eerste.\n\nTweede.\n`;
    const ids = allClauses(parsePolicy(doc).policy).map(({ clause }) => clause.id);
    expect(ids).toEqual(['regels.2', 'regels.2-2']);
  });

  it("accepts someone else's frontmatter (a law's Title) and keeps unknown fields", () => {
    const law = `---\nTitle: Bürgerliches Gesetzbuch\njurabk: BGB\n---\n\n# Bürgerliches Gesetzbuch (BGB)\n\n##### § 1 Beginn der Rechtsfähigkeit\n\nDie Rechtsfähigkeit des Menschen beginnt mit der Vollendung der Geburt.\n`;
    const { policy } = parsePolicy(law, { path: 'bgb.md' });
    expect(policy.meta.title).toBe('Bürgerliches Gesetzbuch');
    expect(policy.meta.extra).toEqual({ Title: 'Bürgerliches Gesetzbuch', jurabk: 'BGB' });
    // "§ 1" is the number it types: printed as typed, with no number of clausemark's before it.
    expect(policy.sections[0]).toMatchObject({
      id: '1-beginn-der-rechtsfahigkeit',
      number: '',
      typed: { label: '§ 1', numeral: '1' },
    });
  });
});

describe('edge cases', () => {
  it('reads a BOM and CRLF line endings like plain LF', () => {
    const lf = parsePolicy('## A {#a}\n\n{#a.1} Tekst.\n').policy;
    const crlf = parsePolicy('\uFEFF## A {#a}\r\n\r\n{#a.1} Tekst.\r\n').policy;
    expect(allClauses(crlf).map(({ clause }) => [clause.id, clause.text])).toEqual(
      allClauses(lf).map(({ clause }) => [clause.id, clause.text]),
    );
  });

  it('does not number a section marked .unnumbered', () => {
    const { policy } = parsePolicy(
      '## Voorwoord {#voorwoord .unnumbered}\n\nTekst.\n\n## Uitvoering {#uitvoering}\n\nMeer.\n',
    );
    expect(policy.sections.map((s) => [s.id, s.title, s.number, s.unnumbered ?? false])).toEqual([
      ['voorwoord', 'Voorwoord', '', true],
      ['uitvoering', 'Uitvoering', '1', false],
    ]);
  });

  it('reads a hard line break as a space', () => {
    const { policy } = parsePolicy('1. {#p} Profilering\\\n   Hoe kan het?\n');
    expect(policy.preamble.clauses[0]?.text).toBe('Profilering Hoe kan het?');
  });

  it('honours the start number of an ordered list', () => {
    const { policy } = parsePolicy('3. Drie\n4. Vier\n');
    expect(policy.preamble.clauses.map((c) => c.label)).toEqual(['3', '4']);
  });

  it('reports invalid YAML as a fatal finding with the position in the file, without throwing', () => {
    const { findings } = parsePolicy('---\ntitle: "open\nid: x\n---\n\nTekst.\n');
    expect(findings[0]).toMatchObject({ ruleId: 'yaml-syntax', fatal: true });
    expect(findings[0]?.place?.start.line).toBeGreaterThanOrEqual(2);
  });

  it('reports frontmatter that is not a mapping', () => {
    const { findings } = parsePolicy('---\n- a\n- b\n---\n\nTekst.\n');
    expect(findings).toMatchObject([
      { ruleId: 'frontmatter-not-mapping', fatal: true, place: { start: { line: 2, column: 1 } } },
    ]);
  });

  it('keeps a version as written, not as YAML reads the number', () => {
    expect(parsePolicy('---\nversion: 1.10\n---\n').policy.meta.version).toBe('1.10');
  });

  it('refuses absurd nesting with a finding instead of a crash', () => {
    const deep = Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(depth)}- x`).join('\n');
    const { findings } = parsePolicy(deep);
    expect(findings.some((finding) => finding.fatal)).toBe(true);
  });
});

describe('one parse after another', () => {
  // The Markdown readers are built once per process (remark's processor, the outline items' reader, the fast path's
  // engine); a parse must not see what the one before it read: B's link and footnote definitions would otherwise turn
  // A's `[x]` and `[^1]`, in its text and in its outline items, into a link and a footnote call.
  const a = '---\ntitle: A\n---\n\nKop\n===\n\nZie [x] en [^1].\n\n    a. Zie [x] en [^1].\n\n    b. Tweede.\n';
  const b = '---\ntitle: B\n---\n\n[x]: https://b.nl\n\n[^1]: noot\n';

  for (const markdown of ['auto', 'remark'] as const) {
    it(`reads A the same before and after B (${markdown})`, () => {
      const first = parsePolicy(a, { markdown });
      const before = JSON.stringify(first);
      expect(first.policy.tree?.children.map((node) => node.type)).toEqual([
        'yaml',
        'heading',
        'paragraph',
        'paragraph',
        'paragraph',
      ]);
      const text = first.policy.tree?.children[2];
      expect(text?.type === 'paragraph' && text.children.map((node) => node.type)).toEqual(['text']);
      parsePolicy(b, { markdown });
      expect(JSON.stringify(parsePolicy(a, { markdown }))).toBe(before);
    });
  }
});

// Issue 39 item 3: a section heading is part of the text. "## Beelden" → "## Beelden van derden" after adoption made
// `check` say the approval was outdated while diff said "Geen wijzigingen": a heading reworded, added, removed or
// moved is a change of its own (`heading: true`), counted and listed where it stands; one only renumbered, or a
// level up or down where it stood, is not.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import type { ClauseChange, PolicyDiff } from '../../src/diff/types.js';
import { parsePolicy } from '../../src/parse/index.js';

const FRONT =
  '---\nid: beeld\ntitle: Protocol beeldmateriaal\norganisation: Stichting Test\nversion: "1.0"\nlang: nl\n---\n\n';

const ADOPTED = `${FRONT}# Protocol beeldmateriaal

## Algemeen {#algemeen}

{#alg.doel} Dit protocol regelt het gebruik van beeldmateriaal op school.

## Beelden {#beelden}

{#bld.toestemming} Voor het plaatsen van beelden vragen wij vooraf toestemming aan de ouders.

{#bld.bewaren} Beelden bewaren wij niet langer dan twee jaar.

## Klachten {#klachten}

{#kl.melden} Een klacht over beeldmateriaal meldt u bij de directeur.
`;

const diff = (oldSource: string, newSource: string): PolicyDiff =>
  diffPolicies(
    parsePolicy(oldSource, { path: 'policies/test/beeld.md' }).policy,
    parsePolicy(newSource, { path: 'policies/test/beeld-nieuw.md' }).policy,
  );

const headingChanges = (result: PolicyDiff): ClauseChange[] => result.changes.filter((change) => change.heading);
const shown = (change: ClauseChange): [string[], string | undefined, string | undefined] => [
  change.kinds,
  change.old?.text,
  change.new?.text,
];

describe('section headings in a version diff', () => {
  it('a reworded heading is a substantive change with its redline, counted in the summary (the issue case)', () => {
    const result = diff(ADOPTED, ADOPTED.replace('## Beelden {#beelden}', '## Beelden van derden {#beelden}'));
    expect(result.changes).toHaveLength(1);
    const [change] = result.changes;
    expect(change).toMatchObject({ heading: true, kinds: ['modified'], significance: 'substantive' });
    expect(change?.old).toMatchObject({ id: 'beelden', number: '2', text: 'Beelden', sectionPath: [] });
    expect(change?.new?.text).toBe('Beelden van derden');
    expect(change?.words?.filter((word) => word.op !== 'equal')).toEqual([{ op: 'insert', text: ' van derden' }]);
    expect(change?.reasons.map((reason) => reason.code)).toContain('role-added');
    expect(result.summary).toMatchObject({ total: 1, substantive: 1, modified: 1 });
  });

  it("a heading's words are judged as a clause's: words that came or went are substantive, as in the text under it", () => {
    const widened = diff(ADOPTED, ADOPTED.replace('## Beelden {#beelden}', '## Beelden en uitzonderingen {#beelden}'));
    expect(headingChanges(widened)[0]).toMatchObject({
      significance: 'substantive',
      reasons: [{ code: 'text-added', params: { text: 'en uitzonderingen' } }],
    });
    const narrowed = diff(ADOPTED.replace('## Klachten {#', '## Klachten over beelden {#'), ADOPTED);
    expect(headingChanges(narrowed)[0]).toMatchObject({
      significance: 'substantive',
      reasons: [{ code: 'text-removed', params: { text: 'over beelden' } }],
    });
    // One word for another: the wording changed, as a clause's would.
    const renamed = diff(ADOPTED, ADOPTED.replace('## Klachten {#klachten}', '## Klachtenprocedure {#klachten}'));
    expect(headingChanges(renamed).map(shown)).toEqual([[['modified'], 'Klachten', 'Klachtenprocedure']]);
    expect(renamed.changes[0]?.significance).toBe('substantive');
    expect(renamed.changes[0]?.reasons.map((reason) => reason.code)).not.toContain('clause-rewritten');
  });

  it('a heading whose spelling, case or punctuation alone changed is editorial, as a clause would be', () => {
    for (const typed of ['## Klachtn {#klachten}', '## klachten {#klachten}', '## Klachten: {#klachten}']) {
      const result = diff(ADOPTED.replace('## Klachten {#klachten}', typed), ADOPTED);
      expect(headingChanges(result), typed).toHaveLength(1);
      expect(result.changes[0], typed).toMatchObject({ significance: 'editorial', reasons: [] });
      expect(result.summary, typed).toMatchObject({ total: 1, editorial: 1 });
    }
  });

  it('a heading added over existing clauses is substantive, and stands before them', () => {
    const result = diff(ADOPTED, ADOPTED.replace('{#bld.bewaren}', '## Bewaren {#bewaren}\n\n{#bld.bewaren}'));
    const heading = headingChanges(result);
    expect(heading.map(shown)).toEqual([[['added'], undefined, 'Bewaren']]);
    expect(heading[0]).toMatchObject({ significance: 'substantive', reasons: [{ code: 'heading-added', params: {} }] });
    // In reading order: the heading, then the clause that now stands under it (moved there).
    const order = result.changes.map((change) => (change.heading ? 'heading' : change.new?.id));
    expect(order.indexOf('heading')).toBeLessThan(order.indexOf('bld.bewaren'));
  });

  it('a heading removed is substantive and stands where it stood', () => {
    const result = diff(ADOPTED, ADOPTED.replace('## Klachten {#klachten}\n\n', ''));
    expect(headingChanges(result).map(shown)).toEqual([[['removed'], 'Klachten', undefined]]);
    expect(headingChanges(result)[0]?.reasons).toEqual([{ code: 'heading-removed', params: {} }]);
    expect(result.changes.at(-1)?.heading).toBeUndefined();
  });

  it('two sections swapped: the shorter heading moved, editorial', () => {
    const [head, rest] = ADOPTED.split('## Algemeen');
    const [algemeen, beelden] = `## Algemeen${rest}`.split(/(?=## Beelden)/);
    const [beeldenOnly, klachten] = (beelden ?? '').split(/(?=## Klachten)/);
    const swapped = `${head}${beeldenOnly}${algemeen}${klachten}`;
    const moved = headingChanges(diff(ADOPTED, swapped));
    expect(moved.map(shown)).toEqual([[['moved'], 'Algemeen', 'Algemeen']]);
    expect(moved[0]?.significance).toBe('editorial');
  });

  it('a section emptied by a move keeps its heading: no heading is reported renamed, either way round', () => {
    // Headings without ids of their own: the same title is the same heading, whichever section its clauses went to
    // (a property run found diff(b, a) naming "Uitgangspunten" renamed "Voor leerlingen" where diff(a, b) saw a move).
    const before = `${FRONT}# Protocol\n\n## Uitgangspunten\n\nLeerlingen letten op elkaar.\n\n## Voor leerlingen\n\nLeerlingen letten op hun privacy.\n`;
    const after = `${FRONT}# Protocol\n\n## Uitgangspunten\n\nLeerlingen letten op hun privacy.\n\nLeerlingen letten op elkaar.\n\n## Voor leerlingen\n`;
    for (const result of [diff(before, after), diff(after, before)]) {
      expect(headingChanges(result).map(shown)).toEqual([]);
      expect(result.summary.substantive).toBe(0);
    }
  });

  it('a heading over sub-sections only, reworded, is paired with itself', () => {
    const nested = (title: string): string =>
      `# Regels\n\n## ${title}\n\n### Binnen\n\nBinnen loopt iedereen rustig.\n\n### Buiten\n\nBuiten spelen de leerlingen op het plein.\n`;
    const result = diff(nested('Gedrag'), nested('Gedrag in en om de school'));
    expect(headingChanges(result).map(shown)).toEqual([[['modified'], 'Gedrag', 'Gedrag in en om de school']]);
    expect(result.changes).toHaveLength(1);
  });

  it('no heading change for a byte copy, a renumbering, a level up or down, or spacing', () => {
    expect(diff(ADOPTED, ADOPTED).changes).toEqual([]);
    const typed = (first: string, second: string): string =>
      `# Regels\n\n## ${first} Binnenkomst\n\nIedereen meldt zich.\n\n## ${second} Pauze\n\nWe eten in de kantine.\n`;
    // A section inserted above: the typed numbers follow, the headings are the same.
    const inserted = `# Regels\n\n## 1. Doel\n\nDit regelt de dag.\n\n${typed('2.', '3.').split('\n\n').slice(1).join('\n\n')}`;
    expect(headingChanges(diff(typed('1.', '2.'), inserted)).map(shown)).toEqual([[['added'], undefined, '1. Doel']]);
    const deeper = ADOPTED.replace('## Klachten {#klachten}', '### Klachten {#klachten}');
    expect(headingChanges(diff(ADOPTED, deeper))).toEqual([]);
    expect(
      headingChanges(diff(ADOPTED, ADOPTED.replace('## Beelden {#beelden}', '##   Beelden   {#beelden}'))),
    ).toEqual([]);
  });

  it('a heading whose words joined the text beside it is no heading removed: the clause shows them', () => {
    const before = '# Gedrag\n\nWij zijn aardig voor iedereen.\n\n## Hulp nodig?\n\nMeld je bij de mentor.\n';
    const after = '# Gedrag\n\nWij zijn aardig voor iedereen. Hulp nodig?\n\nMeld je bij de mentor.\n';
    const result = diff(before, after);
    expect(headingChanges(result)).toEqual([]);
    expect(result.changes.length).toBeGreaterThan(0);
  });

  it('mirrors: what one direction adds, the other removes', () => {
    const renamed = ADOPTED.replace('## Beelden {#beelden}', '## Beelden van derden {#beelden}').replace(
      '## Klachten {#klachten}\n\n',
      '',
    );
    const forward = headingChanges(diff(ADOPTED, renamed)).map((change) => change.kinds.join('+'));
    const backward = headingChanges(diff(renamed, ADOPTED)).map((change) => change.kinds.join('+'));
    expect(forward).toEqual(['modified', 'removed']);
    expect(backward).toEqual(['modified', 'added']);
  });
});

// Plain Markdown without ids or frontmatter: the parser's ids come from position and must not be trusted, so the
// diff matches by text and heading instead.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { parsePolicy } from '../../src/parse/index.js';
import type { PolicyDiff } from '../../src/diff/types.js';

const diff = (oldSource: string, newSource: string): PolicyDiff =>
  diffPolicies(
    parsePolicy(oldSource, { path: 'docs/oud.md' }).policy,
    parsePolicy(newSource, { path: 'docs/nieuw.md' }).policy,
  );

const DOC = `# Huisregels

## Binnenkomst

Leerlingen melden zich bij binnenkomst bij de conciërge.

Jassen hangen aan de kapstok in de hal.

Telefoons gaan uit en in de kluis tijdens de lessen.

## Pauze

Tijdens de pauze blijven leerlingen op het schoolplein.

Eten en drinken gebeurt in de kantine.
`;

describe('plain Markdown (synthetic ids)', () => {
  it('finds nothing between a document and itself', () => {
    expect(diff(DOC, DOC).changes).toEqual([]);
  });

  it('an inserted paragraph is added, not everything after it modified', () => {
    const result = diff(
      DOC,
      DOC.replace('Jassen hangen', 'Fietsen staan in de fietsenstalling achter de school.\n\nJassen hangen'),
    );
    expect(result.changes.map((change) => change.kinds)).toEqual([['added']]);
    expect(result.changes[0]?.new?.synthetic).toBe(true);
  });

  it('a removed paragraph is removed', () => {
    const result = diff(DOC, DOC.replace('Jassen hangen aan de kapstok in de hal.\n\n', ''));
    expect(result.changes.map((change) => change.kinds)).toEqual([['removed']]);
  });

  it('an edited paragraph is modified in place', () => {
    const result = diff(DOC, DOC.replace('in de kluis', 'in de eigen kluis'));
    expect(result.changes.map((change) => change.kinds)).toEqual([['modified']]);
    expect(result.changes[0]?.reasons).toEqual([{ code: 'text-added', params: { text: 'eigen' } }]);
  });

  it('a paragraph rewritten in place under its heading is still that paragraph', () => {
    const result = diff(
      DOC,
      DOC.replace(
        'Eten en drinken gebeurt in de kantine.',
        'Eten en drinken is alleen toegestaan in de kantine en op het plein.',
      ),
    );
    expect(result.changes.map((change) => change.kinds)).toEqual([['modified']]);
    expect(result.changes[0]?.significance).toBe('substantive');
  });

  it('a renamed heading moves nothing: the heading is the one change (issue 39 item 3)', () => {
    const { changes } = diff(DOC, DOC.replace('## Pauze', '## Pauzes en tussenuren'));
    expect(changes.map((change) => [change.heading, change.kinds, change.old?.text, change.new?.text])).toEqual([
      [true, ['modified'], 'Pauze', 'Pauzes en tussenuren'],
    ]);
  });

  it('swapping sections reports the smaller one as moved', () => {
    const swapped = `# Huisregels

## Pauze

Tijdens de pauze blijven leerlingen op het schoolplein.

Eten en drinken gebeurt in de kantine.

## Binnenkomst

Leerlingen melden zich bij binnenkomst bij de conciërge.

Jassen hangen aan de kapstok in de hal.

Telefoons gaan uit en in de kluis tijdens de lessen.
`;
    const result = diff(DOC, swapped);
    const moved = result.changes.filter((change) => change.kinds.includes('moved'));
    expect(moved.map((change) => [change.heading === true, change.new?.text])).toEqual([
      [true, 'Pauze'],
      [false, 'Tijdens de pauze blijven leerlingen op het schoolplein.'],
      [false, 'Eten en drinken gebeurt in de kantine.'],
    ]);
    expect(moved[0]?.significance).toBe('editorial');
    expect(result.summary.added + result.summary.removed + result.summary.modified).toBe(0);
  });

  it('a numbered list: inserting at the top adds one and renumbers the rest', () => {
    const list = '## Regels\n\n1. Eerst groeten.\n2. Dan de jas ophangen.\n3. Dan gaan zitten.\n';
    const result = diff(
      list,
      '## Regels\n\n1. Eerst de schoenen vegen.\n2. Eerst groeten.\n3. Dan de jas ophangen.\n4. Dan gaan zitten.\n',
    );
    expect(result.changes.map((change) => change.kinds)).toEqual([
      ['added'],
      ['renumbered'],
      ['renumbered'],
      ['renumbered'],
    ]);
  });

  it('a generic repeated text under another heading is not matched across the document', () => {
    const before = '## A\n\nEerste regel.\n\n(vervallen)\n\n## B\n\nTweede regel.\n';
    const after = '## A\n\nEerste regel.\n\n## B\n\nTweede regel.\n\n(vervallen)\n\n## C\n\n(vervallen)\n';
    const result = diff(before, after);
    expect(result.changes.map((change) => [change.heading === true, change.kinds])).toEqual([
      [false, ['removed']],
      [false, ['added']],
      [true, ['added']],
      [false, ['added']],
    ]);
  });
});

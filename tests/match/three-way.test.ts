import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bringInto } from '../../src/import/into.js';
import { threeWay } from '../../src/match/three-way.js';
import { templateFromSource } from '../../src/template/template.js';
import { upgradePolicy } from '../../src/template/upgrade.js';
import { adapted, edit, parse, v10, v11 } from '../template/support.js';

// Every combination of a clause present or absent on each side, and where present equal to another side or not:
// the whole table of the decision `upgrade` and `import --into` share, written out by hand.
describe('threeWay', () => {
  it('leaves a clause nobody changed', () => {
    expect(threeWay('a', 'a', 'a')).toBeUndefined();
    expect(threeWay(undefined, undefined, undefined)).toBeUndefined();
  });

  it('takes theirs where only theirs changed it, keeps ours where only ours did', () => {
    expect(threeWay('a', 'b', 'a')).toEqual({ take: 'theirs' });
    expect(threeWay('a', 'a', 'b')).toEqual({ take: 'ours', why: 'ours-changed' });
  });

  it('keeps one copy of the same change on both sides', () => {
    expect(threeWay('a', 'b', 'b')).toEqual({ take: 'ours', why: 'same-change' });
    expect(threeWay(undefined, 'b', 'b')).toBeUndefined();
  });

  it('names a conflict where both changed it differently', () => {
    expect(threeWay('a', 'b', 'c')).toEqual({ take: 'conflict', conflict: 'both-changed' });
    expect(threeWay(undefined, 'b', 'c')).toEqual({ take: 'conflict', conflict: 'both-added' });
  });

  it('removes what theirs removed only where ours left it as it was', () => {
    expect(threeWay('a', undefined, 'a')).toEqual({ take: 'removed' });
    expect(threeWay('a', undefined, 'b')).toEqual({ take: 'conflict', conflict: 'theirs-removed-ours-changed' });
  });

  it('keeps a removal of ours unless theirs changed the clause', () => {
    expect(threeWay('a', 'a', undefined)).toEqual({ take: 'ours', why: 'ours-removed' });
    expect(threeWay('a', 'b', undefined)).toEqual({ take: 'conflict', conflict: 'ours-removed-theirs-changed' });
    expect(threeWay('a', undefined, undefined)).toBeUndefined();
  });

  it('adds what only theirs has and keeps what only ours has', () => {
    expect(threeWay(undefined, 'b', undefined)).toEqual({ take: 'added' });
    expect(threeWay(undefined, undefined, 'c')).toEqual({ take: 'ours', why: 'ours-added' });
  });

  it('never loses a change of ours: theirs is taken or added only where ours is the base or absent', () => {
    const side = fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined });
    fc.assert(
      fc.property(side, side, side, (base, theirs, ours) => {
        const decided = threeWay(base, theirs, ours);
        if (decided?.take === 'theirs' || decided?.take === 'removed') expect(ours).toBe(base);
        if (decided?.take === 'added') expect([ours, base]).toEqual([undefined, undefined]);
        // Where both sides agree nothing is to be done beyond keeping ours.
        if (theirs === ours) expect(decided === undefined || decided.take === 'ours').toBe(true);
      }),
    );
  });
});

// The same heading edit in `upgrade` (the template version adapted from, the next one, the school's copy) and in
// `import --into` (the text a Word document was built from, the document as returned, the Markdown source): each
// case ends with the same heading in the file, taken or kept by the same decision.
describe('headings: one decision in upgrade and import --into', () => {
  const HEADING = '## Uitgangspunten {#uitgangspunten}';
  const titled = (source: string, title: string | undefined): string =>
    title === undefined ? source : edit(source, HEADING, `## ${title} {#uitgangspunten}`);
  const headingIn = (source: string): string | undefined =>
    source.split('\n').find((line) => line.endsWith('{#uitgangspunten}'));

  const cases: { name: string; theirs?: string; ours?: string; heading: string; taken: boolean; conflict: boolean }[] =
    [
      { name: 'only theirs renamed it', theirs: 'Grondslagen', heading: 'Grondslagen', taken: true, conflict: false },
      {
        name: 'only ours renamed it',
        ours: 'Onze uitgangspunten',
        heading: 'Onze uitgangspunten',
        taken: false,
        conflict: false,
      },
      {
        name: 'both renamed it, differently',
        theirs: 'Grondslagen',
        ours: 'Onze uitgangspunten',
        heading: 'Onze uitgangspunten',
        taken: false,
        conflict: true,
      },
      {
        name: 'both renamed it alike',
        theirs: 'Grondslagen',
        ours: 'Grondslagen',
        heading: 'Grondslagen',
        taken: false,
        conflict: false,
      },
      { name: 'nobody renamed it', heading: 'Uitgangspunten', taken: false, conflict: false },
    ];

  for (const { name, theirs, ours, heading, taken, conflict } of cases) {
    it(`${name}: ${heading}`, () => {
      const school = titled(adapted(v10()), ours);
      const next = templateFromSource(titled(v11().source, theirs), 'social-media-1.1.md');
      const upgraded = upgradePolicy(parse(school), next, { base: v10() });
      const base = parse(adapted(v10()));
      const into = bringInto({
        ours: parse(school),
        base,
        theirs: parse(titled(adapted(v10()), theirs)),
        fresh: new Set(),
        label: 'beleid.docx',
      });

      expect(headingIn(upgraded.source)).toBe(`## ${heading} {#uitgangspunten}`);
      expect(headingIn(into.source)).toBe(`## ${heading} {#uitgangspunten}`);
      expect(upgraded.report.headings.includes('uitgangspunten')).toBe(taken);
      expect(into.report.renamed.includes('uitgangspunten')).toBe(taken);
      // A conflict is named by both: into as not brought in, upgrade among what the school keeps.
      expect(into.report.notBrought.includes('#uitgangspunten')).toBe(conflict);
      expect(upgraded.report.keptLocal.includes('#uitgangspunten')).toBe(ours !== undefined && ours !== theirs);
    });
  }
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { threeWay } from '../../src/match/three-way.js';

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

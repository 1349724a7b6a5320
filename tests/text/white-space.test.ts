// isWhiteSpace (src/text/white-space.ts) is what `\s` matches and `trim` removes, for every UTF-16 code unit.
import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../src/text/white-space.js';

describe('isWhiteSpace', () => {
  it('agrees with \\s and with trim on every code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      const expected = /\s/.test(character);
      if (isWhiteSpace(code) !== expected || (character.trim() === '') !== expected) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/escape-reg-exp.js';

describe('text made literal in a regular expression', () => {
  it('escapes every character a pattern reads specially, with and without the u flag', () => {
    const text = 'Art. 9:4 (lid 2) [a|b] {x} ^$ * + ? \\ d.d.';
    for (const flags of ['', 'u', 'iu']) {
      expect(new RegExp(`^${escapeRegExp(text)}$`, flags).test(text)).toBe(true);
      expect(new RegExp(`^${escapeRegExp('d.d.')}$`, flags).test('dxdx')).toBe(false);
    }
    expect(escapeRegExp('a+b?')).toBe('a\\+b\\?');
  });

  it('leaves letters, digits, spaces and hyphens as they are', () => {
    expect(escapeRegExp('Klachtenregeling De Linde-2')).toBe('Klachtenregeling De Linde-2');
  });
});

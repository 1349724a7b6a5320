// joinLines stands in for `text.replace(/\s*\n\s*/g, ' ')` in inlineText (the pattern was slow on hard-wrapped
// text): it must give the same text for every arrangement of words, spaces of every kind and line breaks.
import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/parse/text.js';

const byPattern = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/** Every string of `alphabet` up to `length` characters. */
function* strings(alphabet: readonly string[], length: number): Generator<string> {
  yield '';
  if (length === 0) return;
  for (const shorter of strings(alphabet, length - 1))
    if (shorter.length === length - 1) for (const c of alphabet) yield shorter + c;
}

describe('joinLines', () => {
  it('joins as the pattern does on every short arrangement of words, spaces and breaks', () => {
    // A word character, an ordinary space, a line break, a tab, a no-break space, a line separator, a carriage return.
    const alphabet = ['a', ' ', '\n', '\t', '\u00a0', '\u2028', '\r'];
    const differing: string[] = [];
    let compared = 0;
    for (const text of strings(alphabet, 6)) {
      if (joinLines(text) !== byPattern(text)) differing.push(text);
      compared++;
    }
    expect(differing).toEqual([]);
    expect(compared).toBeGreaterThan(100_000);
  });

  it('treats every character \\s matches as white space and nothing else', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      const text = `a${c}\n${c}b`;
      if (joinLines(text) !== byPattern(text)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('keeps a text without a line break as it is', () => {
    const text = 'Der Schuldner  hat\tdie Leistung';
    expect(joinLines(text)).toBe(text);
  });
});

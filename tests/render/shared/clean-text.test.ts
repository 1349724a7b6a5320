// cleanText (src/render/shared/inline.ts): the text a run sets, NFC, without control characters, each character one
// the font draws. Text of printable Latin-1 that the font draws is given back as it is, `covers` asked once per
// character; anything else is taken a character at a time: the same text either way, over every line of policies/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanEachCharacter, cleanText } from '../../../src/render/shared/inline.js';
import { shippedPolicyPaths } from '../../support/paths.js';

const lines = [
  ...new Set(shippedPolicyPaths().flatMap((file) => readFileSync(file, 'utf8').split('\n'))),
  'tab\there',
  'nbsp\u00a0en\u00adzacht',
  'e\u0301 combining',
  'ĳs € – “quotes”',
  '\u0085 next line',
];

describe('cleanText', () => {
  it.each([
    ['every character', () => true],
    ['no é, no ĳ, no quote', (code: number) => code !== 0xe9 && code !== 0x133 && code !== 0x22],
  ])('gives the text taken a character at a time, for a font drawing %s', (_name, drawn) => {
    const covers = (code: number): boolean => drawn(code);
    expect(lines.filter((line) => cleanText(line, covers) !== cleanEachCharacter(line, covers))).toEqual([]);
  });

  it('asks the font once per character of printable Latin-1', () => {
    const asked: number[] = [];
    const covers = (code: number): boolean => {
      asked.push(code);
      return true;
    };
    for (let round = 0; round < 3; round++)
      expect(cleanText('Een artikel, een lid.', covers)).toBe('Een artikel, een lid.');
    expect(asked.length).toBe(new Set('Een artikel, een lid.').size);
  });
});

// The label patterns a policy's `numbering` field may give: one test per Dutch form the sector uses.
import { describe, expect, it } from 'vitest';
import { formatPattern, labelParts, patternProblem } from '../../src/model/numbering.js';

describe('formatPattern', () => {
  it('prints "Artikel N" for a section', () => {
    expect(formatPattern('Artikel %1', ['3'], 3)).toBe('Artikel 3');
  });
  it('prints "N.M" for a clause numbered with its article', () => {
    expect(formatPattern('%1.%2', ['2', 4], 4)).toBe('2.4');
  });
  it('prints "a)" for an item', () => {
    expect(formatPattern('%a)', ['1', 2, 3], 3)).toBe('c)');
    expect(formatPattern('%A.', ['1', 2, 28], 28)).toBe('AB.');
  });
  it('prints "1°" for an item', () => {
    expect(formatPattern('%3°', ['1', 1, 2], 2)).toBe('2°');
  });
  it('prints roman numerals', () => {
    expect(formatPattern('%i.', ['1', 1, 4], 4)).toBe('iv.');
    expect(formatPattern('Hoofdstuk %I', ['9'], 9)).toBe('Hoofdstuk IX');
  });
});

describe('patternProblem', () => {
  it('accepts the Dutch forms', () => {
    for (const pattern of ['Artikel %1', '%1.%2', '%a)', '%3°']) expect(patternProblem(pattern)).toBeUndefined();
  });
  it('rejects a pattern without a placeholder and an unknown one', () => {
    expect(patternProblem('Artikel')).toBe('no-placeholder');
    expect(patternProblem('Artikel %4')).toBe('bad-placeholder');
    expect(patternProblem('%b)')).toBe('bad-placeholder');
  });
});

describe('labelParts', () => {
  it("splits a label around the level's own number, the rest filled in, for Word to count it", () => {
    expect(labelParts('%1.%2', ['3'], 2)).toEqual({ before: '3.', style: 'decimal', after: '' });
    expect(labelParts('%a)', ['3', 2], 3)).toEqual({ before: '', style: 'lower-alpha', after: ')' });
    expect(labelParts('%1.%2.%3°', ['3', 2], 3)).toEqual({ before: '3.2.', style: 'decimal', after: '°' });
    expect(labelParts('Lid %I', ['1'], 2)).toEqual({ before: 'Lid ', style: 'upper-roman', after: '' });
  });
  it('gives nothing for a label without its own number or with it twice', () => {
    expect(labelParts('Artikel %1', ['3'], 2)).toBeUndefined();
    expect(labelParts('%2 (%a)', ['3'], 2)).toBeUndefined();
  });
});

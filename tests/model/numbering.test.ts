// The label patterns a policy's `numbering` field may give: one test per Dutch form the sector uses.
import { describe, expect, it } from 'vitest';
import { formatPattern, patternProblem } from '../../src/model/numbering.js';

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

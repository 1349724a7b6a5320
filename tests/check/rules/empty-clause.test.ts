import { describe, expect, it } from 'vitest';
import { checkFixture, sites } from './helpers.js';

describe('empty-clause', () => {
  const result = checkFixture('empty-clause.md');

  it('reports a lone {#id} and an empty list item, not a table, an image or a clause with sub-clauses', () => {
    expect(sites(result.findings)).toEqual(['13:1 error empty-clause', '14:1 error empty-clause', '14:1 warning missing-id']);
  });

  it('names the clause and says what to write', () => {
    const [named, unnamed] = result.findings;
    expect(named?.message).toBe('clause "up.leeg" is empty');
    expect(named?.fix).toBe('write the clause text after {#up.leeg}, or remove the clause');
    expect(unnamed?.message).toBe('this list item is empty');
    expect(unnamed?.fix).toContain('remove the empty item');
  });
});

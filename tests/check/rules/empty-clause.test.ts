import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, only, sites } from './helpers.js';

describe('empty-clause', () => {
  const result = checkFixture('empty-clause.md');

  it('reports a lone {#id} and an empty list item, not a table, an image or a clause with sub-clauses', () => {
    expect(sites(result.findings)).toEqual([
      '13:1 error empty-clause',
      '14:1 error empty-clause',
      '14:1 warning missing-id',
    ]);
  });

  it('names the clause and says what to write', () => {
    const [named, unnamed] = result.findings;
    expect(named?.message).toBe('clause "up.leeg" is empty');
    expect(named?.fix).toBe('write the clause text after {#up.leeg}, or remove the clause');
    expect(unnamed?.message).toBe('this list item is empty');
    expect(unnamed?.fix).toContain('remove the empty item');
  });

  it('reports a document without any text, at the end of its frontmatter (or the top of the file)', () => {
    const frontmatterOnly = checkText('---\nid: x\ntitle: Leeg\norganisation: O\nversion: "1"\n---\n');
    expect(sites(only(frontmatterOnly, 'empty-clause'))).toEqual(['6:1 error empty-clause']);
    expect(only(frontmatterOnly, 'empty-clause')[0]?.message).toBe(
      'the policy has no text: no sections and no clauses',
    );
    expect(sites(only(checkText(''), 'empty-clause'))).toEqual(['1:1 error empty-clause']);
    expect(only(checkText('## Doel {#doel}\n'), 'empty-clause')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkFixture, sites } from './helpers.js';

describe('unknown-field', () => {
  const result = checkFixture('unknown-field.md');

  it('warns at the key of each field clausemark does not know', () => {
    expect(sites(result.findings)).toEqual(['6:1 warning unknown-field', '7:1 warning unknown-field']);
  });

  it('says the field is kept, and suggests the known field it resembles', () => {
    const [effective, auteur] = result.findings;
    expect(effective?.message).toBe('unknown frontmatter field "Effective" is kept as is but not used by clausemark');
    expect(effective?.fix).toContain('did you mean "effective"?');
    expect(auteur?.fix).toContain('known fields are id, title');
  });
});

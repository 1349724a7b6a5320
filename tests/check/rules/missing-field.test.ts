import { describe, expect, it } from 'vitest';
import { checkFixture, sites } from './helpers.js';

describe('missing-field', () => {
  it('reports missing fields at the frontmatter start and an empty one at its key', () => {
    const result = checkFixture('missing-field.md');
    expect(sites(result.findings)).toEqual([
      '1:1 error missing-field',
      '1:1 error missing-field',
      '2:1 warning unknown-field',
      '4:1 error missing-field',
    ]);
    const [id, title, , version] = result.findings;
    expect(id?.message).toBe('required frontmatter field "id" is missing');
    expect(id?.fix).toBe('write `id: missing-field` in the frontmatter');
    expect(title?.fix).toBe('rename "Title" to "title"');
    expect(version?.message).toBe('required frontmatter field "version" is empty');
    expect(version?.fix).toBe('fill it in, e.g. `version: "1.0"`');
  });

  it('reports all four at 1:1 for a document without frontmatter, suggesting the inferred title', () => {
    const result = checkFixture('missing-field-no-frontmatter.md');
    expect(sites(result.findings)).toEqual(Array(4).fill('1:1 error missing-field'));
    expect(result.findings.map((finding) => finding.message)).toEqual(
      ['id', 'title', 'organisation', 'version'].map((field) => `required frontmatter field "${field}" is missing`),
    );
    expect(result.findings[1]?.fix).toContain('`title: Protocol sociale media`');
    expect(result.findings[1]?.fix).toContain('frontmatter block');
  });
});

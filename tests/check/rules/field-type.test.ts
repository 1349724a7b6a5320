import { describe, expect, it } from 'vitest';
import { checkText, checkFixture, only, sites, withFields } from './helpers.js';

describe('field-type', () => {
  const result = checkFixture('field-type.md');

  it('reports each ill-typed field, source, rationale and approval row at its value', () => {
    expect(sites(result.findings)).toEqual([
      '2:5 error field-type', // id not kebab-case
      '3:8 error field-type', // title is a list
      '5:6 error field-type', // org: true
      '7:13 error field-type', // supersedes: 0.9
      '10:5 error field-type', // source 2019
      '11:12 error field-type', // rationale is text
      '13:5 error field-type', // approval 1 has no role
      '15:10 error field-type', // approval 1 rol:
      '16:5 error field-type', // approval 2 is text
      '18:5 error field-type', // approval 3 name: empty
      '20:11 error field-type', // approval 3 step: 3
    ]);
  });

  it('names the field and value and says what to write', () => {
    const byLine = new Map(result.findings.map((finding) => [finding.place?.start.line, finding]));
    expect(byLine.get(2)?.message).toContain('"Social_Media"');
    expect(byLine.get(2)?.fix).toBe('write id: social-media');
    // The build skips only this finding, by its messageId (src/build/policy.ts).
    expect(
      result.findings
        .filter((finding) => finding.messageId === 'field-type.not-kebab-case')
        .map((finding) => finding.place?.start.line),
    ).toEqual([2]);
    expect(byLine.get(5)?.fix).toBe('quote it so it stays as written: org: "true"');
    expect(byLine.get(7)?.fix).toBe('quote it so it stays as written: supersedes: "0.9"');
    expect(byLine.get(13)?.message).toBe('approval 1 has no role');
    expect(byLine.get(15)?.message).toContain('"rol"');
    expect(byLine.get(16)?.message).toContain('approval 2 must be a mapping');
    expect(byLine.get(18)?.message).toBe('approval 3 has no name');
  });

  it('accepts a single source string, a numeric version and an empty optional field', () => {
    const text = withFields('version: 2', 'sources: Kennisnet', 'editor:').replace('version: "1.0"\n', '');
    expect(only(checkText(text), 'field-type')).toEqual([]);
  });

  it('rejects a kebab-case violation in org and a non-list approvals', () => {
    const findings = only(checkText(withFields('org: Casparus College', 'approvals: GMR')), 'field-type');
    expect(findings.map((finding) => finding.message)).toEqual([
      'frontmatter field "org" must be kebab-case (lower-case words joined by "-"), not "Casparus College"',
      'frontmatter field "approvals" must be a list of approvals, not "GMR"',
    ]);
    expect(findings[0]?.fix).toBe('write org: casparus-college');
  });
});

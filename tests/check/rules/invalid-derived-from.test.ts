import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('invalid-derived-from', () => {
  it('reports derivedFrom that is not <template-id>@<version>', () => {
    const result = checkFixture('invalid-derived-from.md');
    expect(sites(result.findings)).toEqual(['6:14 error invalid-derived-from']);
    expect(result.findings[0]?.message).toContain('"po-raad social media 2.0"');
    expect(result.findings[0]?.fix).toBe('write derivedFrom: "po-raad-social-media@2.0"');
  });

  it.each([
    ['social-media', 'write derivedFrom: "social-media@<version>"'],
    ['"@2.0"', 'write derivedFrom: "<template-id>@2.0"'],
    ['Social-Media@1.0', 'write derivedFrom: "social-media@1.0"'],
  ])('suggests a fix for %s', (written, fix) => {
    expect(
      only(checkText(withFields(`derivedFrom: ${written}`)), 'invalid-derived-from').map((finding) => finding.fix),
    ).toEqual([fix]);
  });

  it('accepts a template id with a version', () => {
    // Only the form is this rule's; whether the template exists is template-unknown's (tests/check/rules/template-unknown.test.ts).
    expect(only(checkText(withFields('derivedFrom: social-media@2.0')), 'invalid-derived-from')).toEqual([]);
  });
});

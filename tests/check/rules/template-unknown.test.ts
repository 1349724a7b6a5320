import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('template-unknown', () => {
  it('reports a derivedFrom version that is not in the project, at the value, naming the versions there are', () => {
    const result = checkFixture('template-unknown.md');
    expect(sites(result.findings)).toEqual(['6:14 error template-unknown']);
    expect(result.findings[0]?.message).toContain('po-raad-social-media@9.9');
    expect(result.findings[0]?.fix).toContain('po-raad-social-media@2.0');
  });

  it('finds the versions of the project the policy sits in (the shipped sector template here)', () => {
    expect(only(checkText(withFields('derivedFrom: sector-social-media@1.0')), 'template-unknown')).toEqual([]);
    expect(only(checkText(withFields('derivedFrom: sector-social-media@1.1')), 'template-unknown')).toEqual([]);
    const missing = only(checkText(withFields('derivedFrom: sector-social-media@0.9')), 'template-unknown');
    expect(missing.map((finding) => `${finding.place?.start.line}:${finding.place?.start.column}`)).toEqual(['6:14']);
    expect(missing[0]?.fix).toContain('sector-social-media@1.0, sector-social-media@1.1');
  });

  it('leaves a malformed derivedFrom to invalid-derived-from', () => {
    expect(only(checkText(withFields('derivedFrom: po-raad social media')), 'template-unknown')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('unquoted-version', () => {
  it('warns at the value when version is a YAML number, keeping what was typed in the fix', () => {
    const result = checkFixture('unquoted-version.md');
    expect(sites(result.findings)).toEqual(['5:10 warning unquoted-version']);
    expect(result.findings[0]?.message).toBe('version 1.10 is a YAML number; other tools read it as 1.1');
    expect(result.findings[0]?.fix).toBe('quote it: version: "1.10"');
  });

  it('accepts a quoted version', () => {
    expect(only(checkText(withFields()), 'unquoted-version')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, only, sites, withFields } from './helpers.js';

describe('invalid-lang', () => {
  it('reports a language name instead of a tag, suggesting the tag', () => {
    const result = checkFixture('invalid-lang.md');
    expect(sites(result.findings)).toEqual(['6:7 error invalid-lang']);
    expect(result.findings[0]?.message).toBe('lang "Nederlands" is not a BCP-47 language tag');
    expect(result.findings[0]?.fix).toBe('write a language tag, e.g. lang: nl');
  });

  it('rewrites a POSIX locale and accepts real tags', () => {
    expect(only(checkText(withFields('lang: nl_NL')), 'invalid-lang').map((finding) => finding.fix)).toEqual([
      'write a language tag, e.g. lang: nl-NL',
    ]);
    for (const lang of ['nl', 'en-GB', 'fy', 'zh-Hant-TW'])
      expect(checkText(withFields(`lang: ${lang}`)).findings).toEqual([]);
  });
});

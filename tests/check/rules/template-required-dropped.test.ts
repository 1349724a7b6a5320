import { describe, expect, it } from 'vitest';
import { checkFixture, sites } from './helpers.js';

describe('template-required-dropped', () => {
  it('reports each missing required clause at derivedFrom, saying where it belongs', () => {
    const result = checkFixture('template-required-dropped.md');
    expect(sites(result.findings)).toEqual([
      '6:14 error template-required-dropped',
      '6:14 error template-required-dropped',
    ]);
    expect(result.findings.map((finding) => finding.message)).toEqual([
      'required clause "intro.doel" of po-raad-social-media@2.0 is missing: the template allows rewording it, not leaving it out',
      'required clause "up.klimaat.ouders" of po-raad-social-media@2.0 is missing: the template allows rewording it, not leaving it out',
    ]);
    expect(result.findings[1]?.fix).toBe(
      'restore it after {#up.klimaat} (line 18): {#up.klimaat.ouders} "Ouders worden o.a. via de nieuwsbrief geïnformeerd."',
    );
  });

  it('does not ask for a rationale for a deviation that is not allowed anyway', () => {
    expect(checkFixture('template-required-dropped.md').warnings).toBe(0);
  });
});

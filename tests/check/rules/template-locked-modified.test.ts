import { describe, expect, it } from 'vitest';
import { checkFixture, only, sites } from './helpers.js';

describe('template-locked-modified', () => {
  it('reports a changed locked clause at its {#id}, with the template text to restore', () => {
    const result = checkFixture('template-locked-modified.md');
    expect(sites(result.findings)).toEqual(['20:4 error template-locked-modified']);
    expect(result.findings[0]?.message).toContain('"up.klimaat" is locked in po-raad-social-media@2.0');
    expect(result.findings[0]?.fix).toContain(
      '"Dit protocol draagt bij aan een goed en veilig school- en onderwijsklimaat."',
    );
  });

  it('counts a filled-in variable as verbatim (up.belang uses {{organisation}})', () => {
    expect(only(checkFixture('template-locked-modified.md'), 'template-missing-rationale')).toEqual([]);
  });
});

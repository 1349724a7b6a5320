import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, sites, withFields } from './helpers.js';

describe('template-definition', () => {
  it('reports malformed declarations, markers and {{…}} at their line and column', () => {
    const result = checkFixture('template-definition.md');
    expect(sites(result.findings)).toEqual([
      '10:5 error template-definition',
      '14:7 error template-definition',
      '16:5 error template-definition',
      '24:61 error template-definition',
      '25:36 error template-definition',
    ]);
    expect(result.findings.map((finding) => finding.message)).toEqual([
      'variable "contactRole" has no description',
      'clauses.locked names "up.bestaat-niet", which is not a clause ID in this template',
      '"frozen" under clauses is not a marker',
      'variable "contactrole" is used but not declared under variables:',
      'the block `{{#if}}` cannot be used in a sector template: only {{name}} variables',
    ]);
    expect(result.findings[3]?.fix).toBe('did you mean {{contactRole}}?');
  });

  it('accepts the recorded values of an adapted policy, and refuses a value that is not one line of text', () => {
    expect(checkText(withFields('variables:', '  organisation: Casparus College')).findings).toEqual([]);
    const bad = checkText(withFields('variables:', '  organisation:', '    - a list')).findings;
    expect(sites(bad)).toEqual(['8:5 error template-definition']);
  });

  it('finds nothing in the shipped sector templates', async () => {
    const { checkParsed } = await import('../../../src/check/index.js');
    const { loadPolicy } = await import('../../../src/parse/index.js');
    for (const file of [
      'templates/sector/social-media.md',
      'templates/sector/versions/social-media-1.0.md',
      'templates/sector/versions/social-media-1.1.md',
    ]) {
      expect(checkParsed(loadPolicy(file)).findings, file).toEqual([]);
    }
  });
});

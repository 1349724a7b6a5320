import { describe, expect, it } from 'vitest';
import { checkFixture, checkText, sites } from './helpers.js';

describe('duplicate-id', () => {
  const result = checkFixture('duplicate-id.md');

  it('reports every later use of an ID, clauses and sections sharing one namespace', () => {
    expect(sites(result.findings)).toEqual([
      '13:4 error duplicate-id',
      '14:7 error duplicate-id',
      '16:15 error duplicate-id',
    ]);
  });

  it('says where the ID was first used and suggests a free one', () => {
    const [second, sectionReused, third] = result.findings;
    expect(second?.message).toContain('"up.belang"');
    expect(second?.message).toContain('first used at 12:4');
    expect(sectionReused?.message).toContain('first used at 10:19');
    expect(second?.fix).toBe('give this clause an ID of its own, e.g. {#up.belang-2}');
    expect(third?.fix).toBe('give this section an ID of its own, e.g. {#up.belang-3}');
  });

  it('ignores synthetic IDs and empty markers (malformed-id reports those)', () => {
    const text = '## Kop\n\n{#} Een.\n\n{#} Twee.\n\nDrie zonder id.\n';
    expect(checkText(text).findings.filter((finding) => finding.ruleId === 'duplicate-id')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkFixture, sites } from './helpers.js';

describe('malformed-id', () => {
  const result = checkFixture('malformed-id.md');

  it('reports each ID outside [a-z0-9][a-z0-9._-]*, including {#} and a marker with a space', () => {
    expect(sites(result.findings)).toEqual([
      '10:1 error malformed-id',
      '12:19 error malformed-id',
      '15:4 error malformed-id',
      '16:4 error malformed-id',
      '17:4 error malformed-id',
      '19:15 error malformed-id',
    ]);
  });

  it('names the ID and suggests a valid slug of it', () => {
    const [leadingHyphen, heading, upperCase, empty, spaced, spacedHeading] = result.findings;
    expect(leadingHyphen?.message).toContain('"-intro"');
    expect(leadingHyphen?.fix).toBe('write {#intro}');
    expect(heading?.fix).toBe('write {#uitgangspunten}');
    expect(upperCase?.fix).toBe('write {#up.belang}');
    expect(empty?.message).toContain('empty ID marker {#}');
    expect(empty?.fix).toBe('write {#ouders-worden-via}');
    expect(spaced?.message).toContain('"{#up klimaat}"');
    expect(spaced?.fix).toBe('write {#up-klimaat}');
    expect(spacedHeading?.message).toContain('the section has no ID');
    expect(spacedHeading?.fix).toBe('write {#bedenk-dat}');
  });
});

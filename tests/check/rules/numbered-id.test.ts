import { describe, expect, it } from 'vitest';
import { checkFixture, sites } from './helpers.js';

describe('numbered-id', () => {
  const result = checkFixture('numbered-id.md');

  it('warns about IDs that are display numbers, not about letters or numbered words', () => {
    expect(sites(result.findings)).toEqual(['10:19 warning numbered-id', '12:4 warning numbered-id']);
  });

  it('names the ID and suggests one made of the text', () => {
    const [section, clause] = result.findings;
    expect(section?.message).toContain('ID "1"');
    expect(section?.fix).toContain('{#uitgangspunten}');
    expect(clause?.message).toContain('ID "2.3"');
    expect(clause?.fix).toContain('{#casparus-college-onderkent}');
  });
});

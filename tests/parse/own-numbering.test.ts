// The frontmatter `numbering` relabels sections and ordered clauses; without it the house style stays.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/index.js';

const BODY = `
# Regeling

## Doel {#doel}

1. {#doel.a} Eerste lid.
   1. {#doel.a.x} onderdeel een;
   2. {#doel.a.y} onderdeel twee.
2. {#doel.b} Tweede lid.
`;

function parse(numbering: string) {
  const source = `---\ntitle: Regeling\n${numbering}---\n${BODY}`;
  return parsePolicy(source, { path: 'policies/voorbeeld/regeling.md' }).policy;
}

describe('own numbering', () => {
  it('prints Artikel N, N.M and 1°', () => {
    const policy = parse('numbering:\n  sections: "Artikel %1"\n  clauses: "%1.%2"\n  items: "%3°"\n');
    const [section] = policy.sections[0]!.sections.length ? policy.sections[0]!.sections : policy.sections;
    expect(section?.number).toBe('Artikel 1');
    const [first, second] = section!.clauses;
    expect([first?.label, second?.label]).toEqual(['1.1', '1.2']);
    expect(first?.children.map((item) => item.label)).toEqual(['1°', '2°']);
    expect(first?.children[1]?.number).toBe('1.1 2°');
  });

  it('keeps the house style without the field and ignores a malformed pattern', () => {
    const plain = parse('');
    expect(plain.sections[0]?.number).toBe('1');
    const malformed = parse('numbering:\n  sections: "Artikel"\n');
    expect(malformed.meta.numbering).toBeUndefined();
    expect(malformed.sections[0]?.number).toBe('1');
  });
});

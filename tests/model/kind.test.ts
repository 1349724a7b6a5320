// A policy's kind, read in one place (src/model/kind.ts): `kind:` for the procedures, `kind:` else the written `id`
// for compare's grouping and topic lists.
import { describe, expect, it } from 'vitest';
import { namedKind, policyKind } from '../../src/model/kind.js';
import { parsePolicy } from '../../src/parse/index.js';

const policy = (frontmatter: string, path = 'policies/school/regels.md') =>
  parsePolicy(`---\n${frontmatter}\n---\n\n# Regels\n\n1. {#a} Een regel.\n`, { path }).policy;

describe('the kind of a policy', () => {
  it('is the `kind:` the frontmatter names, trimmed, for the procedures and for compare alike', () => {
    const named = policy('id: klachtenregeling-2024\nkind: " klachtenregeling "');
    expect(namedKind(named)).toBe('klachtenregeling');
    expect(policyKind(named)).toBe('klachtenregeling');
  });

  it('is the written `id` for compare when no `kind:` is named, and no kind for the procedures', () => {
    const imported = policy('id: pestprotocol');
    expect(namedKind(imported)).toBeUndefined();
    expect(policyKind(imported)).toBe('pestprotocol');
  });

  it('is none when the id is made up from the file name, or `kind:` is empty', () => {
    const bare = policy('title: Regels\nkind: ""');
    expect(namedKind(bare)).toBeUndefined();
    expect(policyKind(bare)).toBe('');
  });
});

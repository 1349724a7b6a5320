// Issue 26 item 6: a role word that names a thing ("manager" in "password manager") gives no role reason; the same
// word naming a person still does.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { DEFAULT_META, policyFrom } from './fixtures.js';

function reasonCodes(oldText: string, newText: string, lang = 'en'): string[] {
  const policy = (text: string) =>
    policyFrom([{ title: 'Rules', id: 'rules', clauses: [{ id: 'rule', text }] }], { ...DEFAULT_META, lang });
  return diffPolicies(policy(oldText), policy(newText)).changes.flatMap((change) => change.reasons.map((r) => r.code));
}

describe('a role word naming a thing', () => {
  it('"password manager" is no role', () => {
    expect(
      reasonCodes('Staff keep their passwords safe.', 'Staff keep their passwords safe in a password manager.'),
    ).not.toContain('role-added');
  });

  it('"the manager" is a role', () => {
    expect(
      reasonCodes('Staff keep their passwords safe.', 'Staff keep their passwords safe and tell the manager.'),
    ).toContain('role-added');
  });
});

// The kind of policy a policy is (klachtenregeling, pestprotocol, social-media), read here only. Two questions:
// which kind its frontmatter names with `kind:` (what chooses its procedure, docs/procedure.md: a policy that names
// none goes through none), and which kind it is at all: that `kind:`, else its written `id:`, which import writes as
// the kind (templates/import/policy-kinds.yaml) and which compare groups documents and picks topic lists by.
import type { Policy } from './policy.js';

/** The `kind:` the frontmatter names (trimmed; a date as YYYY-MM-DD), or undefined when it names none. */
export function namedKind(policy: Policy): string | undefined {
  const value = policy.frontmatter?.data.kind;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

/**
 * The kind a policy belongs to: its `kind:`, else its written `id` ('' when neither is written: an id made up from
 * the file name says nothing about the kind).
 */
export function policyKind(policy: Policy): string {
  return namedKind(policy) ?? (policy.meta.inferred.includes('id') ? '' : policy.meta.id);
}

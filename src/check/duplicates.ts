// Two files that are the same policy (same organisation, id and version) would be built to the same PDF and HTML
// page: one silently overwrites the other, the build counts both, and the index links both titles to one file.
// This is a property of a set of files, not of one, so it is checked over the files together: by `check` (rule
// `duplicate-policy`, naming the other file) and by the build, which builds neither of them.
import type { MessageParam, MessageRef, UnwordedFinding } from '../model/diagnostics.js';
import type { Span } from '../model/policy.js';
import { type OutputIdentity, outputPath } from '../io/output-paths.js';

export const DUPLICATE_RULE = 'duplicate-policy';

/**
 * What the checks over several files read of a policy: its identity and where its frontmatter and `id` stand (a
 * policy's check kept in the cache keeps this, src/check/findings-cache.ts).
 */
export interface PolicyIdentity extends OutputIdentity {
  /** Its identity, and the version it says it replaces (src/check/supersedes-unknown.ts). */
  meta: OutputIdentity['meta'] & { supersedes?: string | undefined };
  frontmatter?: { span: Span; fields: { id?: { value: Span }; supersedes?: { value: Span } } } | undefined;
  /** For an adopted version: the day it enters into force (src/check/same-effective-date.ts). */
  inForceFrom?: string;
}

/** A file and what its identity and the place to report are read from (its frontmatter, not its whole text). */
export interface LocatedPolicy {
  file: string;
  policy: PolicyIdentity;
}

/** Groups of two or more files that would be built to the same output file, in the order the files were given. */
function duplicatePolicies<T extends LocatedPolicy>(entries: readonly T[]): T[][] {
  const byOutput = new Map<string, T[]>();
  for (const entry of entries) {
    const key = outputPath('', entry.policy, 'pdf');
    byOutput.set(key, [...(byOutput.get(key) ?? []), entry]);
  }
  return [...byOutput.values()].filter((group) => group.length > 1);
}

/** "privacy version 1.0 of voorbeeld": the identity two files share, as a phrase of the messages file. */
function identityOf(policy: OutputIdentity): MessageRef {
  const { id, version, org } = policy.meta;
  const key = `identity${version ? '-version' : ''}${org ? '-org' : ''}`;
  return { messageId: `duplicate-policy.${key}`, params: { id, version, org } };
}

/** "a.md and b.md and c.md": the files as one phrase. */
function listOf(files: readonly string[]): MessageParam {
  const [first = '', ...rest] = files;
  return rest.length === 0 ? first : { messageId: 'duplicate-policy.and', params: { first, rest: listOf(rest) } };
}

export const DUPLICATE_FIX: MessageRef = { messageId: 'duplicate-policy.tell-apart' };

/** The message for `entry`, naming the other files of its group and the file they would all be built to. */
export function duplicateMessage(entry: LocatedPolicy, group: readonly LocatedPolicy[]): MessageRef {
  const others = group.filter((other) => other !== entry).map((other) => other.file);
  return {
    messageId: others.length > 1 ? 'duplicate-policy.same-as-many' : 'duplicate-policy.same-as-one',
    params: { others: listOf(others), identity: identityOf(entry.policy), output: outputPath('', entry.policy, 'pdf') },
  };
}

/** Where to point: the `id` value, else the top of the file. */
export function duplicatePlace(policy: Pick<PolicyIdentity, 'frontmatter'>): Span {
  const field = policy.frontmatter?.fields.id;
  const start = field?.value.start ?? policy.frontmatter?.span.start ?? { line: 1, column: 1 };
  return { start, end: field?.value.end ?? start };
}

/** `check`'s findings, per file, for every file that shares its identity with another. */
export function duplicateFindings(entries: readonly LocatedPolicy[]): Map<string, UnwordedFinding[]> {
  const findings = new Map<string, UnwordedFinding[]>();
  for (const group of duplicatePolicies(entries)) {
    for (const entry of group) {
      const { messageId, params = {} } = duplicateMessage(entry, group);
      const finding: UnwordedFinding = {
        ruleId: DUPLICATE_RULE,
        severity: 'error',
        messageId,
        fixId: DUPLICATE_FIX.messageId,
        params,
        place: duplicatePlace(entry.policy),
      };
      findings.set(entry.file, [...(findings.get(entry.file) ?? []), finding]);
    }
  }
  return findings;
}

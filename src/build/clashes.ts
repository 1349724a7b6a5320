// Before a batch writes anything: two files that are the same policy (organisation, id and version) would be written
// to the same PDF, the second silently replacing the first while the summary counts both. Neither is built; each
// is a failure naming the other (`check` reports the same as rule duplicate-policy, src/check/duplicates.ts).
import { resolve } from 'node:path';
import {
  duplicateMessage,
  duplicatePlace,
  DUPLICATE_FIX,
  DUPLICATE_RULE,
  type LocatedPolicy,
} from '../check/duplicates.js';
import { type ClausemarkError, isClausemarkError } from '../model/errors.js';
import { outputPath } from '../io/output-paths.js';
import { errorById } from '../io/messages.js';
import { readPolicyFile, type PolicyRead } from './read.js';

/** The policy read, or undefined when it cannot be understood (the build itself then reports why, with its place). */
function located(file: string, read: PolicyRead | undefined): LocatedPolicy | undefined {
  if (!read || read.parsed.findings.some((finding) => finding.fatal)) return undefined;
  return { file, policy: read.parsed.policy };
}

/** `file` read and parsed, or undefined when it cannot be read (the build itself then reports why). */
export function tryReading(file: string, root: string): PolicyRead | undefined {
  try {
    return readPolicyFile(file, root);
  } catch (error) {
    if (isClausemarkError(error)) return undefined;
    throw error;
  }
}

/**
 * File → the error that keeps it from being built, for every file whose output another file would also be written
 * to. `toBuild` come read (`reads`, the same parse the build renders from) to learn their output; `upToDate` bring
 * theirs from the build manifest and are read only when they clash.
 */
export function outputClashes(
  toBuild: readonly string[],
  reads: ReadonlyMap<string, PolicyRead | undefined>,
  upToDate: readonly { file: string; output: string }[],
  outDir: string,
  root: string,
): Map<string, ClausemarkError> {
  const byOutput = new Map<string, { file: string; policy?: LocatedPolicy['policy'] }[]>();
  const add = (output: string, entry: { file: string; policy?: LocatedPolicy['policy'] }): void => {
    const key = resolve(output);
    byOutput.set(key, [...(byOutput.get(key) ?? []), entry]);
  };
  for (const file of toBuild) {
    const entry = located(file, reads.get(file));
    if (entry) add(outputPath(outDir, entry.policy, 'pdf'), entry);
  }
  for (const fresh of upToDate) add(fresh.output, { file: fresh.file });
  const clashes = new Map<string, ClausemarkError>();
  for (const members of byOutput.values()) {
    if (members.length < 2) continue;
    const group = members.flatMap((member) => {
      const policy = member.policy ?? located(member.file, tryReading(member.file, root))?.policy;
      return policy ? [{ file: member.file, policy }] : [];
    });
    for (const entry of group) {
      const clash = duplicateMessage(entry, group);
      clashes.set(
        entry.file,
        errorById(
          { messageId: 'duplicate-policy.neither-built', fixId: DUPLICATE_FIX.messageId, params: { clash } },
          { place: { file: entry.file, point: duplicatePlace(entry.policy).start }, ruleId: DUPLICATE_RULE },
        ),
      );
    }
  }
  return clashes;
}

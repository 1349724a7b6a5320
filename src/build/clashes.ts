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
import { ClausemarkError, isClausemarkError } from '../model/errors.js';
import { loadPolicy } from '../parse/index.js';
import { outputPath } from '../io/output-paths.js';

/** The policy in `file`, or undefined when it cannot be read (the build itself then reports why, with its place). */
function located(file: string): LocatedPolicy | undefined {
  try {
    const parsed = loadPolicy(file, { markdown: 'fast' });
    if (parsed.findings.some((finding) => finding.fatal)) return undefined;
    return { file, policy: parsed.policy };
  } catch (error) {
    if (isClausemarkError(error)) return undefined;
    throw error;
  }
}

/**
 * File → the error that keeps it from being built, for every file whose output another file would also be written
 * to. `toBuild` are read to learn their output; `upToDate` bring theirs from the build manifest.
 */
export function outputClashes(
  toBuild: readonly string[],
  upToDate: readonly { file: string; output: string }[],
  outDir: string,
): Map<string, ClausemarkError> {
  const byOutput = new Map<string, { file: string; policy?: LocatedPolicy['policy'] }[]>();
  const add = (output: string, entry: { file: string; policy?: LocatedPolicy['policy'] }): void => {
    const key = resolve(output);
    byOutput.set(key, [...(byOutput.get(key) ?? []), entry]);
  };
  for (const file of toBuild) {
    const entry = located(file);
    if (entry) add(outputPath(outDir, entry.policy, 'pdf'), entry);
  }
  for (const fresh of upToDate) add(fresh.output, { file: fresh.file });
  const clashes = new Map<string, ClausemarkError>();
  for (const members of byOutput.values()) {
    if (members.length < 2) continue;
    const group = members.flatMap((member) => {
      const policy = member.policy ?? located(member.file)?.policy;
      return policy ? [{ file: member.file, policy }] : [];
    });
    for (const entry of group) {
      clashes.set(
        entry.file,
        new ClausemarkError(`${duplicateMessage(entry, group)}; neither is built`, {
          place: { file: entry.file, point: duplicatePlace(entry.policy).start },
          hint: DUPLICATE_FIX,
          ruleId: DUPLICATE_RULE,
        }),
      );
    }
  }
  return clashes;
}

// Every version of a policy file clausemark can read: the file as it is now, then each version in its git history
// (newest first), parsed as a build parses it. `build --at` and `dossier` choose among them the one in force.
import { blobAt, fileVersions, gitFile } from '../io/git.js';
import { isClausemarkError } from '../model/errors.js';
import type { PolicyVersion } from '../procedure/in-force.js';
import { type PolicyRead, readPolicyBytes, readPolicyFile } from './read.js';

export interface ReadVersion extends PolicyVersion {
  read: PolicyRead;
}

/** A version that cannot be read or understood is no candidate (`check` reports the file as it is now). */
function readable(read: () => PolicyRead): PolicyRead | undefined {
  try {
    const result = read();
    return result.parsed.findings.some((finding) => finding.fatal) ? undefined : result;
  } catch (error) {
    if (isClausemarkError(error)) return undefined;
    throw error;
  }
}

/** Every version of `file` known: the file as it is, then its git history newest first. */
function versionsOf(file: string, root?: string): ReadVersion[] {
  const versions: ReadVersion[] = [];
  const current = readable(() => readPolicyFile(file, root));
  if (current) versions.push({ policy: current.parsed.policy, read: current, source: { kind: 'file', file } });
  const tracked = gitFile(file);
  if (!tracked) return versions;
  for (const { commit, date, path } of fileVersions(tracked)) {
    const read = readable(() => readPolicyBytes(blobAt(tracked, commit, path), file, root));
    if (read) versions.push({ policy: read.parsed.policy, read, source: { kind: 'git', file, commit, date } });
  }
  return versions;
}

/** The versions of `files`, grouped by policy: an organisation's id, whose versions may be several files. */
export function versionsByPolicy(files: readonly string[], root?: string): ReadVersion[][] {
  const groups = new Map<string, ReadVersion[]>();
  for (const file of files) {
    for (const version of versionsOf(file, root)) {
      const key = `${version.policy.meta.org}\u0000${version.policy.meta.id}`;
      groups.set(key, [...(groups.get(key) ?? []), version]);
    }
  }
  return [...groups.values()];
}

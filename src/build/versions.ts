// Every version of a policy file clausemark can read: the file as it is now, then each version in its git history
// (newest first), parsed as a build parses it. `build --at` and `dossier` choose among them the one in force.
import { blobAt, fileVersions, gitFile } from '../io/git.js';
import type { Finding } from '../model/diagnostics.js';
import { isClausemarkError } from '../model/errors.js';
import type { PolicyVersion } from '../procedure/in-force.js';
import { type PolicyRead, readPolicyBytes, readPolicyFile } from './read.js';

export interface ReadVersion extends PolicyVersion {
  read: PolicyRead;
}

/** A file as it stands that cannot be read or understood: what stops it (the first fatal finding). */
export interface UnreadableFile {
  file: string;
  problem: Finding;
}

/** A version read, or what stops it being read: a version that cannot be read or understood is no candidate. */
function readable(read: () => PolicyRead): PolicyRead | Finding {
  try {
    const result = read();
    return result.parsed.findings.find((finding) => finding.fatal) ?? result;
  } catch (error) {
    if (isClausemarkError(error)) return error.finding;
    throw error;
  }
}

const isRead = (read: PolicyRead | Finding): read is PolicyRead => 'parsed' in read;

/** Every version of `file` known: the file as it is, then its git history newest first; and why it is not read now. */
function versionsOf(file: string, root?: string): { versions: ReadVersion[]; problem?: Finding } {
  const versions: ReadVersion[] = [];
  const current = readable(() => readPolicyFile(file, root));
  if (isRead(current)) versions.push({ policy: current.parsed.policy, read: current, source: { kind: 'file', file } });
  const problem = isRead(current) ? {} : { problem: current };
  const tracked = gitFile(file);
  if (!tracked) return { versions, ...problem };
  for (const { commit, date, path, notFollowed } of fileVersions(tracked)) {
    const read = readable(() => readPolicyBytes(blobAt(tracked, commit, path), file, root));
    const cut = notFollowed ? { notFollowed: true as const } : {};
    if (isRead(read))
      versions.push({ policy: read.parsed.policy, read, source: { kind: 'git', file, commit, date, ...cut } });
  }
  return { versions, ...problem };
}

/**
 * The versions of `files`, grouped by policy (an organisation's id, whose versions may be several files), and the
 * files that cannot be read as they stand: of those only their history is among the versions, so what stands in the
 * file now (a new version, perhaps adopted) is unknown, and a caller must say so.
 */
export function readVersions(
  files: readonly string[],
  root?: string,
): { groups: ReadVersion[][]; unreadable: UnreadableFile[] } {
  const groups = new Map<string, ReadVersion[]>();
  const unreadable: UnreadableFile[] = [];
  for (const file of files) {
    const { versions, problem } = versionsOf(file, root);
    if (problem) unreadable.push({ file, problem });
    for (const version of versions) {
      const key = `${version.policy.meta.org}\u0000${version.policy.meta.id}`;
      groups.set(key, [...(groups.get(key) ?? []), version]);
    }
  }
  return { groups: [...groups.values()], unreadable };
}

/** The versions of `files`, grouped by policy (readVersions), for a caller that reads one file it already read. */
export const versionsByPolicy = (files: readonly string[], root?: string): ReadVersion[][] =>
  readVersions(files, root).groups;

/**
 * The day the git history of a policy's files begins (its oldest commit), undefined when none is in git: before it,
 * the history cannot say which version was in force, so "none" is never said for such a date.
 */
export function historyBegins(versions: readonly ReadVersion[]): string | undefined {
  const dates = versions.flatMap((version) => (version.source.kind === 'git' ? [version.source.date] : []));
  return dates.length > 0 ? dates.sort()[0] : undefined;
}

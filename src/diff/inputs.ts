// The two versions `clausemark diff` compares: two files, two git revisions of one file, or one file against its
// last approved commit; where that version's adoption was written by hand (no hash) and git shows the commit that
// wrote it down, against that commit's text, the one adopted (src/procedure/adoption-git.ts). Everything the user
// can get wrong here (a revision that does not exist, a file git does not know, a file that is not a policy)
// becomes a ClausemarkError that says what to do instead.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { ClausemarkError } from '../model/errors.js';
import { errorById, refusedBecause } from '../io/messages.js';
import type { MessageParams } from '../model/diagnostics.js';
import type { Policy } from '../model/policy.js';
import { decodeSource, readSourceBytes, type SourceText } from '../io/read.js';
import {
  blobAt,
  fileBytesAtRevision,
  fileVersions,
  requireGitFile,
  resolveRevision,
  shortCommit,
  type FileVersion,
} from '../io/git.js';
import { parsePolicyCached, parsePolicyCachedForDiff } from '../parse/cached.js';
import { parsePolicy } from '../parse/index.js';
import { attachProcedure } from '../procedure/attach.js';
import { adoptedTextInGit, type AdoptedTextInGit } from '../procedure/adoption-git.js';
import { todayIso } from '../procedure/evaluate.js';

export const WORKING_COPY = 'working copy';

export interface VersionRequest {
  /** Files named on the command line: two to compare files, one to compare versions from git. */
  files: readonly string[];
  from?: string;
  to?: string;
  /** The command's project root, whose procedures hold (default: the project around the working folder). */
  root?: string;
  /**
   * Only the diff's report is written (no board pack or Word revision, which draw the whole policies): the versions
   * may be read back in diff's shape (src/parse/diff-shape.ts).
   */
  reportOnly?: boolean;
}

export interface PolicyVersion {
  policy: Policy;
  /** For DocumentRef.revision: "HEAD~1 (3f2a1bc)", "3f2a1bc" or "working copy"; absent for a plain file. */
  revision?: string;
  /** Full commit hash, for versions read from git. */
  commit?: string;
}

export type CompareMode = 'files' | 'revisions' | 'last-approved';

export interface ResolvedVersions {
  mode: CompareMode;
  old: PolicyVersion;
  new: PolicyVersion;
  /** Both sides are the same file or the same commit: there can be no differences, and the user should hear why. */
  sameSource: boolean;
  /** For last-approved: the newest commit whose version is marked approved. */
  approved?: FileVersion;
  /**
   * For last-approved, where that version's adoption was written by hand (no hash) and git shows the commit that
   * wrote it down: that commit, whose text is the old version (the text adopted).
   */
  adoptedInGit?: AdoptedTextInGit;
}

/** A policy from bytes; binary, non-UTF-8 and fatally broken files are errors naming file:line:col. */
export function policyFromBytes(
  bytes: Uint8Array,
  path: string,
  displayName: string = path,
  root?: string,
  reportOnly = false,
): Policy {
  const { text, bom, eol } = decodeSource(bytes, displayName);
  return comparable({ text, bom, eol, bytes }, path, displayName, root, reportOnly);
}

/** A policy file from disk, refused the same way as policyFromBytes. */
export function loadComparable(file: string, root?: string, reportOnly = false): Policy {
  const bytes = readSourceBytes(file);
  const { text, bom, eol } = decodeSource(bytes, file);
  return comparable({ text, bom, eol, bytes }, file, file, root, reportOnly);
}

/** A version's text and encoding, with the bytes it was decoded from (they name its cache entry: src/parse/cached.ts). */
type DecodedSource = Pick<SourceText, 'text' | 'bom' | 'eol'> & { bytes: Uint8Array };

function comparable(
  source: DecodedSource,
  path: string,
  displayName: string,
  root: string | undefined,
  reportOnly: boolean,
): Policy {
  const { text, bom, eol, bytes } = source;
  const parse = reportOnly ? parsePolicyCachedForDiff : parsePolicyCached;
  const parsed = parse(text, { path, encoding: { bom, eol } }, bytes);
  const fatal = parsed.findings.find((finding) => finding.fatal);
  if (fatal) {
    throw ClausemarkError.of({
      ...fatal,
      file: displayName,
      ...refusedBecause(fatal, 'not-a-policy.not-readable', 'not-a-policy.fix-for-check'),
    });
  }
  // The board pack shows it as adopted only when its procedure's steps were taken (docs/procedure.md).
  return attachProcedure(parsed.policy, root);
}

/** "HEAD~1 (3f2a1bc)" for a symbolic revision, just "3f2a1bc" when the user typed a hash. */
function revisionLabel(typed: string, commit: string): string {
  const short = shortCommit(commit);
  return /^[0-9a-f]{4,40}$/i.test(typed) && commit.startsWith(typed.toLowerCase()) ? short : `${typed} (${short})`;
}

function atRevision(file: string, revision: string, root: string | undefined, reportOnly: boolean): PolicyVersion {
  const tracked = requireGitFile(file);
  const commit = resolveRevision(tracked, revision);
  const bytes = fileBytesAtRevision(tracked, revision);
  const label = revisionLabel(revision, commit);
  return { policy: policyFromBytes(bytes, file, `${file}@${label}`, root, reportOnly), revision: label, commit };
}

function workingCopy(file: string, root: string | undefined, reportOnly: boolean): PolicyVersion {
  return { policy: loadComparable(file, root, reportOnly), revision: WORKING_COPY };
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** Cheap test before parsing a whole version: only frontmatter that says approved can be approved. */
const MAY_BE_APPROVED = /^status:\s*["']?approved\b/m;

/** The newest committed version of `file` whose status is approved. */
export function lastApproved(file: string): { version: FileVersion; policy: Policy } {
  const tracked = requireGitFile(file);
  const versions = fileVersions(tracked);
  if (versions.length === 0) {
    throw errorById(
      { messageId: 'not-committed.no-version', fixId: 'not-committed.commit-first' },
      { place: { file }, ruleId: 'not-committed' },
    );
  }
  for (const version of versions) {
    const bytes = blobAt(tracked, version.commit, version.path);
    let policy: Policy;
    try {
      const text = decodeSource(bytes, file).text;
      if (!MAY_BE_APPROVED.test(text)) continue;
      policy = parsePolicy(text, { path: file }).policy;
    } catch {
      continue; // a version that cannot be read was not an approved policy
    }
    if (policy.meta.status === 'approved') return { version, policy };
  }
  throw errorById(
    {
      messageId: 'no-approved-version.none-approved',
      fixId: 'no-approved-version.name-version',
      params: { count: versions.length },
    },
    { place: { file }, ruleId: 'no-approved-version' },
  );
}

/** A committed version of `file` as lastApproved reads it: not refused when broken (it was once approved). */
function committedPolicy(file: string, commit: string, path: string): Policy {
  const text = decodeSource(blobAt(requireGitFile(file), commit, path), file).text;
  return parsePolicy(text, { path: file }).policy;
}

/**
 * The version `diff FILE` compares with: the last one marked approved; where its adoption was written by hand (no
 * hash) and git shows the commit that wrote it down, that commit's text, the one adopted, which a later commit may
 * have changed without a new adoption.
 */
function approvedVersion(file: string): Pick<ResolvedVersions, 'old' | 'approved' | 'adoptedInGit'> {
  const { version, policy } = lastApproved(file);
  const adopted = adoptedTextInGit(file, policy, todayIso());
  if (!adopted) {
    return { old: { policy, revision: shortCommit(version.commit), commit: version.commit }, approved: version };
  }
  const text = adopted.commit === version.commit ? policy : committedPolicy(file, adopted.commit, adopted.path);
  return {
    old: { policy: text, revision: shortCommit(adopted.commit), commit: adopted.commit },
    approved: version,
    adoptedInGit: adopted,
  };
}

/** A wrong combination of arguments, worded from the entries bad-arguments.* of the messages file. */
function usage(messageId: string, fixId: string, argument?: string, params: MessageParams = {}): ClausemarkError {
  return errorById(
    { messageId, fixId, params },
    { ruleId: 'bad-arguments', ...(argument ? { place: { argument } } : {}) },
  );
}

/** The two versions a `clausemark diff` invocation names. */
export function resolveVersions(request: VersionRequest): ResolvedVersions {
  const { files, from, to, root, reportOnly = false } = request;
  if (files.length === 0) throw usage('bad-arguments.diff-no-file', 'bad-arguments.diff-usage');
  if (files.length > 2)
    throw usage('bad-arguments.diff-too-many', 'bad-arguments.diff-old-new', files[2], { count: files.length });
  if (files.length === 2) {
    if (from !== undefined || to !== undefined) {
      throw usage(
        'bad-arguments.diff-from-with-files',
        'bad-arguments.diff-drop-from',
        from !== undefined ? '--from' : '--to',
      );
    }
    const [oldFile = '', newFile = ''] = files;
    const same = sameFile(oldFile, newFile);
    const oldPolicy = loadComparable(oldFile, root, reportOnly);
    return {
      mode: 'files',
      old: { policy: oldPolicy },
      new: { policy: same ? oldPolicy : loadComparable(newFile, root, reportOnly) },
      sameSource: same,
    };
  }
  const file = files[0] ?? '';
  if (from === undefined) {
    if (to !== undefined) throw usage('bad-arguments.diff-to-needs-from', 'bad-arguments.diff-from-to', '--to');
    return {
      mode: 'last-approved',
      ...approvedVersion(file),
      new: workingCopy(file, root, reportOnly),
      sameSource: false,
    };
  }
  const older = atRevision(file, from, root, reportOnly);
  const newer = to === undefined ? workingCopy(file, root, reportOnly) : atRevision(file, to, root, reportOnly);
  return {
    mode: 'revisions',
    old: older,
    new: newer,
    sameSource: newer.commit !== undefined && newer.commit === older.commit,
  };
}

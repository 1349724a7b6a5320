// `clausemark diff` as a library job: resolve the two versions (files or git revisions), diff them clause by
// clause, say of a version adopted by hand what git shows of its words (src/procedure/adoption-git.ts), and render
// the report in the format asked for. The command (src/cli/commands/diff.ts) only parses its
// arguments, writes what this returns and sets the exit code.
import { diffPolicies } from '../diff/diff.js';
import type { DocumentRef, PolicyDiff } from '../diff/types.js';
import { loadComparable, type PolicyVersion, resolveVersions, type ResolvedVersions } from '../diff/inputs.js';
import { diffOutputPath } from '../io/output-paths.js';
import { shortCommit } from '../io/git.js';
import { wordMessage } from '../io/messages.js';
import type { MessageRef } from '../model/diagnostics.js';
import { hasDifferences, prepareReport, type DiffReport } from '../render/diff/report.js';
import { loadLabels } from '../wording/labels.js';
import { DIFF_REPORT, REPORT_ONLY_FORMATS } from '../report/formats/diff.js';
import { formatNamed } from '../render/shared/format-table.js';
import { isWordFile, returnedWord } from './diff-returned-word.js';
import type { WordNotes } from '../import/result.js';
import type { Policy } from '../model/policy.js';
import { parsePolicyCached } from '../parse/cached.js';
import { adoptionOf } from '../model/adoption.js';
import { gitEvidence, unrecordedAdoption } from '../procedure/adoption-git.js';
import { todayIso } from '../procedure/evaluate.js';

export interface DiffJobOptions {
  /**
   * The command's Project.root (src/io/project.ts), whose templates/ this job reads. The root alone is enough: the
   * job reads brands, layouts, labels, topics and procedures, never sector templates (sectorRoot) or settings.
   */
  root: string;
  /** A format of DIFF_REPORT (src/report/formats/diff.ts). */
  format: string;
  from?: string;
  to?: string;
  ignoreEditorial?: boolean;
  brand?: string;
  /** Author of the tracked changes in --format docx. */
  author?: string;
  /** ANSI colours in --format text. */
  colour?: boolean;
}

export interface DiffOutcome {
  report: DiffReport;
  content: string | Uint8Array;
  /** Where the report goes without --out: out/<org>/<id>-<old>-to-<new>.<extension>. */
  defaultFile: string;
  /** What the user should know about the inputs (same file twice, two different policies, …), one line each. */
  notes: string[];
  differs: boolean;
}

/** What the terminal is told beside the report (worded from templates/messages/en.yaml, `diff-note.*`). */
function notesAbout(versions: ResolvedVersions, report: DiffReport, wordNotes: readonly MessageRef[]): string[] {
  const notes: MessageRef[] = [...wordNotes];
  const oldMeta = versions.old.policy.meta;
  const newMeta = versions.new.policy.meta;
  if (versions.sameSource) {
    notes.push(
      versions.mode === 'files'
        ? { messageId: 'diff-note.same-file' }
        : { messageId: 'diff-note.same-commit', params: { commit: shortCommit(versions.old.commit ?? '') } },
    );
  } else if (oldMeta.id !== newMeta.id && !oldMeta.inferred.includes('id') && !newMeta.inferred.includes('id')) {
    notes.push({ messageId: 'diff-note.different-policies', params: { old: oldMeta.id, new: newMeta.id } });
  }
  if (versions.mode === 'last-approved' && versions.approved && !hasDifferences(report)) {
    const version = oldMeta.version || '?';
    const { commit, date } = versions.approved;
    // Compared with the text git shows the adoption (without a hash) was written down with, not the last marked so.
    const adopted = versions.adoptedInGit;
    notes.push(
      adopted
        ? {
            messageId: 'diff-note.unchanged-since-adopted-per-git',
            params: { version, commit: shortCommit(adopted.commit), date: adopted.adoption.date },
          }
        : { messageId: 'diff-note.unchanged-since-approval', params: { version, commit: shortCommit(commit), date } },
    );
  }
  return notes.map(wordMessage);
}

/**
 * The two versions: from files or git, or, for `diff SOURCE.md RETURNED.docx`, the Word document's proposed text
 * (read by import) with its proposals and comments, which the board pack lists by clause.
 */
async function versionsOf(
  files: readonly string[],
  options: DiffJobOptions,
): Promise<{ versions: ResolvedVersions; word?: WordNotes; notes: MessageRef[] }> {
  const [oldFile, newFile] = files;
  const reportOnly = REPORT_ONLY_FORMATS.has(formatNamed(DIFF_REPORT, options.format).name);
  const fromGit = options.from !== undefined || options.to !== undefined;
  const word = oldFile !== undefined && newFile !== undefined && (isWordFile(oldFile) || isWordFile(newFile));
  if (files.length !== 2 || fromGit || !word) {
    return {
      versions: resolveVersions({
        files: [...files],
        root: options.root,
        reportOnly,
        ...(options.from !== undefined ? { from: options.from } : {}),
        ...(options.to !== undefined ? { to: options.to } : {}),
      }),
      notes: [],
    };
  }
  const older = isWordFile(oldFile)
    ? await returnedWord(oldFile, options.root)
    : { version: { policy: loadComparable(oldFile, options.root, reportOnly) } };
  // Against a Markdown source, the returned document is read three-way when the source moved on since it was made.
  const newer = isWordFile(newFile)
    ? await returnedWord(
        newFile,
        options.root,
        'word' in older ? undefined : { file: oldFile, policy: older.version.policy },
      )
    : { version: { policy: loadComparable(newFile, options.root, reportOnly) } };
  return {
    versions: { mode: 'files', old: older.version, new: asSourceAdopted(newer, older.version), sameSource: false },
    ...('word' in newer ? { word: newer.word } : {}),
    notes: 'notes' in newer ? newer.notes : [],
  };
}

/**
 * A returned Word document stands for its source's text as Word changed it: import reads it as a draft (a document's
 * adoption rows are history), so against an adopted source it takes that source's status and approvals, and the
 * approval hashes then tell whether the text is still the adopted one or changed after adoption.
 */
function asSourceAdopted(newer: { version: PolicyVersion; word?: WordNotes }, source: PolicyVersion): PolicyVersion {
  const adopted = source.policy.meta;
  if (!('word' in newer) || adopted.status !== 'approved') return newer.version;
  const meta = { ...newer.version.policy.meta, status: adopted.status, approvals: adopted.approvals };
  return { ...newer.version, policy: { ...newer.version.policy, meta } };
}

/**
 * A Word document brought back against an adopted source: once its text differs it is that text changed after
 * adoption, and the outputs say so instead of "Vastgesteld"; import reads every document as a draft, so its status is
 * taken from the source.
 */
function proposalStatus(diff: PolicyDiff, word: WordNotes | undefined): PolicyDiff {
  if (!word || diff.old.status !== 'approved') return diff;
  // Its text unchanged, it is the adopted text: adopted, as the source is.
  return { ...diff, new: { ...diff.new, status: diff.changes.length === 0 ? 'approved' : 'outdated' } };
}

/**
 * A version adopted without a hash, of which git shows whether its words are those of the commit that wrote the
 * adoption down (src/procedure/adoption-git.ts): its status is said with that beside it, that they changed since (as
 * its PDF's cover says it) or that they are the adopted text (as `diff FILE` compares with), or, where its history is
 * cut (a shallow clone, a move git does not connect), that git cannot tell, and why; where git shows nothing (no
 * commit holds the adoption row, the file is not in git, no row at all), that the text adopted is not recorded. Of a
 * version adopted by a row without a hash, git is asked of the whole text
 * (a report-only run reads it in diff's shape); not of a returned Word document, whose status is its source's
 * (proposalStatus).
 */
function gitShown(ref: DocumentRef, policy: Policy, reportOnly: boolean): DocumentRef {
  const day = todayIso();
  // As the cover says it (adoptionNote): adopted, and by no approval that recorded a hash.
  if (ref.status !== 'approved' || adoptionOf(policy, day).recorded) return ref;
  const asked = unrecordedAdoption(policy, day) !== undefined;
  const whole = asked && reportOnly ? parsePolicyCached(policy.source, { path: policy.path }).policy : policy;
  const { changed, adopted, shallow, notFollowed } = (asked && gitEvidence(policy.path, whole, day)) || {};
  const unrecorded: DocumentRef = { ...ref, textUnrecorded: true };
  if (changed) return { ...unrecorded, changedPerGit: changed };
  if (adopted) return { ...unrecorded, adoptedPerGit: adopted };
  if (notFollowed) return { ...unrecorded, historyNotFollowed: notFollowed.commit };
  return shallow ? { ...unrecorded, historyShallow: true } : unrecorded;
}

/** The fields of a DocumentRef that say what git shows of an adoption without a hash. */
const GIT_SHOWN = ['textUnrecorded', 'changedPerGit', 'adoptedPerGit', 'historyShallow', 'historyNotFollowed'] as const;

/**
 * A returned Word document whose text is its source's (proposalStatus: approved): what git shows of the source's
 * adoption is what it shows of these words.
 */
function sourceShown(ref: DocumentRef, source: DocumentRef): DocumentRef {
  if (ref.status !== 'approved' || !source.textUnrecorded) return ref;
  const shown = GIT_SHOWN.filter((field) => source[field] !== undefined).map((field) => [field, source[field]]);
  return { ...ref, ...Object.fromEntries(shown) };
}

function withGitEvidence(
  diff: PolicyDiff,
  versions: ResolvedVersions,
  options: DiffJobOptions,
  word: boolean,
): PolicyDiff {
  const reportOnly = REPORT_ONLY_FORMATS.has(formatNamed(DIFF_REPORT, options.format).name);
  const old = gitShown(diff.old, versions.old.policy, reportOnly);
  return { ...diff, old, new: word ? sourceShown(diff.new, old) : gitShown(diff.new, versions.new.policy, reportOnly) };
}

/** Diffs two versions of a policy (OLD NEW, or one FILE against git) and renders the report. */
export async function diffJob(files: readonly string[], options: DiffJobOptions): Promise<DiffOutcome> {
  const format = formatNamed(DIFF_REPORT, options.format);
  const { versions, word, notes } = await versionsOf(files, options);
  const revisions: { old?: string; new?: string } = {};
  if (versions.old.revision) revisions.old = versions.old.revision;
  if (versions.new.revision) revisions.new = versions.new.revision;
  const diff = withGitEvidence(
    proposalStatus(diffPolicies(versions.old.policy, versions.new.policy, { revisions }), word),
    versions,
    options,
    word !== undefined,
  );
  const lang = versions.new.policy.meta.lang;
  const report = prepareReport(diff, {
    labels: loadLabels(lang, { root: options.root }),
    lang,
    ignoreEditorial: options.ignoreEditorial === true,
  });
  return {
    report,
    content: await format.render({
      report,
      versions,
      root: options.root,
      ...(options.brand ? { brand: options.brand } : {}),
      ...(options.author !== undefined ? { author: options.author } : {}),
      colour: options.colour === true,
      ...(word ? { word } : {}),
    }),
    defaultFile: diffOutputPath('out', versions.old.policy, versions.new.policy, format.extension),
    notes: notesAbout(versions, report, notes),
    differs: hasDifferences(report),
  };
}

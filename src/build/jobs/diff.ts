// `clausemark diff` as a library job: resolve the two versions (files or git revisions), diff them clause by
// clause, and render the report in the format asked for. The command (src/cli/commands/diff.ts) only parses its
// arguments, writes what this returns and sets the exit code.
import { diffPolicies } from '../../diff/diff.js';
import { resolveVersions, type ResolvedVersions } from '../../diff/inputs.js';
import { diffOutputPath } from '../../io/output-paths.js';
import { changedTimeAt, shortCommit } from '../../io/git.js';
import { wordMessage } from '../../io/messages.js';
import type { MessageRef } from '../../model/diagnostics.js';
import { hasDifferences, prepareReport, type DiffReport } from '../../render/diff/report.js';
import { renderHtml } from '../../render/diff/html.js';
import { renderJson } from '../../render/diff/json.js';
import { renderMarkdown } from '../../render/diff/markdown.js';
import { renderText } from '../../render/diff/text.js';
import { loadLabels } from '../../wording/labels.js';

export const DIFF_FORMATS = ['text', 'md', 'html', 'json', 'pdf', 'docx'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** The formats written to out/<org>/… when no --out is given (the others go to standard output). */
export const DIFF_FILE_FORMATS: readonly DiffFormat[] = ['html', 'pdf', 'docx'];

export interface DiffJobOptions {
  /** Project root (templates/ lives here). */
  root: string;
  format: DiffFormat;
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
  /** Where the report goes without --out: out/<org>/<id>-<old>-to-<new>.<format>. */
  defaultFile: string;
  /** What the user should know about the inputs (same file twice, two different policies, …), one line each. */
  notes: string[];
  differs: boolean;
}

/** For a new version read from git (`--to REV`), when the commit that last changed it was made. */
function newCommitted(versions: ResolvedVersions): { newCommitted?: Date } {
  const { commit, policy } = versions.new;
  const time = commit ? changedTimeAt(policy.path, commit) : undefined;
  return time === undefined ? {} : { newCommitted: new Date(time * 1000) };
}

async function render(
  report: DiffReport,
  versions: ResolvedVersions,
  options: DiffJobOptions,
): Promise<string | Uint8Array> {
  const { root, brand } = options;
  switch (options.format) {
    case 'text':
      return renderText(report, { colour: options.colour === true });
    case 'md':
      return renderMarkdown(report);
    case 'json':
      return renderJson(report);
    case 'html':
      return renderHtml(report);
    case 'pdf': {
      // Loaded only for --format pdf: it pulls in pdfkit and the fonts.
      const { buildBoardPack } = await import('../boardpack.js');
      return buildBoardPack(report.diff, versions.old.policy, versions.new.policy, {
        root,
        ...(brand ? { brand } : {}),
        ...newCommitted(versions),
      });
    }
    case 'docx': {
      // Loaded only for --format docx: it pulls in the docx library.
      const { buildRevisionDocx } = await import('../revision-docx.js');
      return buildRevisionDocx(report.diff, versions.old.policy, versions.new.policy, {
        root,
        ...(brand ? { brand } : {}),
        ...(options.author !== undefined ? { author: options.author } : {}),
        ...newCommitted(versions),
      });
    }
  }
}

/** What the terminal is told beside the report (worded from templates/messages/en.yaml, `diff-note.*`). */
function notesAbout(versions: ResolvedVersions, report: DiffReport): string[] {
  const notes: MessageRef[] = [];
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
    const { commit, date } = versions.approved;
    notes.push({
      messageId: 'diff-note.unchanged-since-approval',
      params: { version: oldMeta.version || '?', commit: shortCommit(commit), date },
    });
  }
  return notes.map(wordMessage);
}

/** Diffs two versions of a policy (OLD NEW, or one FILE against git) and renders the report. */
export async function diffJob(files: readonly string[], options: DiffJobOptions): Promise<DiffOutcome> {
  const versions = resolveVersions({
    files: [...files],
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
  });
  const revisions: { old?: string; new?: string } = {};
  if (versions.old.revision) revisions.old = versions.old.revision;
  if (versions.new.revision) revisions.new = versions.new.revision;
  const diff = diffPolicies(versions.old.policy, versions.new.policy, { revisions });
  const lang = versions.new.policy.meta.lang;
  const report = prepareReport(diff, {
    labels: loadLabels(lang, { root: options.root }),
    lang,
    ignoreEditorial: options.ignoreEditorial === true,
  });
  return {
    report,
    content: await render(report, versions, options),
    defaultFile: diffOutputPath('out', versions.old.policy, versions.new.policy, options.format),
    notes: notesAbout(versions, report),
    differs: hasDifferences(report),
  };
}

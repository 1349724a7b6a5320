import { existsSync, realpathSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { diffPolicies } from '../../diff/diff.js';
import { resolveVersions, type ResolvedVersions } from '../../diff/inputs.js';
import { diffOutputPath } from '../../io/output-paths.js';
import { findProjectRoot } from '../../io/root.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { shortCommit } from '../../io/git.js';
import { ClausemarkError } from '../../model/errors.js';
import { hasDifferences, prepareReport, type DiffReport } from '../../render/diff/report.js';
import { renderHtml } from '../../render/diff/html.js';
import { renderJson } from '../../render/diff/json.js';
import { renderMarkdown } from '../../render/diff/markdown.js';
import { renderText } from '../../render/diff/text.js';
import { loadLabels } from '../../wording/labels.js';

export const DIFF_FORMATS = ['text', 'md', 'html', 'json', 'pdf', 'docx'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffCommandOptions {
  from?: string;
  to?: string;
  format: DiffFormat;
  out?: string;
  ignoreEditorial?: boolean;
  brand?: string;
  /** Author of the tracked changes in --format docx. */
  author?: string;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColour(stream: NodeJS.WriteStream): boolean {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return stream.isTTY === true && !noColor;
}

async function boardPack(
  report: DiffReport,
  versions: ResolvedVersions,
  root: string,
  brand: string | undefined,
): Promise<Uint8Array> {
  // Loaded only for --format pdf: it pulls in pdfkit and the fonts.
  const { buildBoardPack } = await import('../../build/boardpack.js');
  return buildBoardPack(report.diff, versions.old.policy, versions.new.policy, { root, ...(brand ? { brand } : {}) });
}

async function trackedRevision(
  report: DiffReport,
  versions: ResolvedVersions,
  root: string,
  options: DiffCommandOptions,
): Promise<Uint8Array> {
  // Loaded only for --format docx: it pulls in the docx library.
  const { buildRevisionDocx } = await import('../../build/revision-docx.js');
  return buildRevisionDocx(report.diff, versions.old.policy, versions.new.policy, {
    root,
    ...(options.brand ? { brand: options.brand } : {}),
    ...(options.author !== undefined ? { author: options.author } : {}),
  });
}

function note(message: string): void {
  process.stderr.write(`clausemark: ${message}\n`);
}

function tellAboutSources(versions: ResolvedVersions, report: DiffReport): void {
  const oldMeta = versions.old.policy.meta;
  const newMeta = versions.new.policy.meta;
  if (versions.sameSource) {
    note(
      versions.mode === 'files'
        ? 'both arguments name the same file, so there are no differences'
        : `--from and --to name the same commit (${shortCommit(versions.old.commit ?? '')}), so there are no differences`,
    );
  } else if (oldMeta.id !== newMeta.id && !oldMeta.inferred.includes('id') && !newMeta.inferred.includes('id')) {
    note(`comparing two different policies (${oldMeta.id} and ${newMeta.id})`);
  }
  if (versions.mode === 'last-approved' && versions.approved && !hasDifferences(report)) {
    const { commit, date } = versions.approved;
    note(
      `no changes since the last approved version (${oldMeta.version || '?'}, commit ${shortCommit(commit)} of ${date})`,
    );
  }
}

/** A report written over one of the policies it compares would destroy the policy: refuse before doing anything. */
function refuseOverwritingInputs(out: string | undefined, files: readonly string[]): void {
  if (out === undefined || out === '-') return;
  const target = resolve(out);
  const clash = files.find(
    (file) =>
      resolve(file) === target ||
      (existsSync(file) && existsSync(target) && realpathSync(file) === realpathSync(target)),
  );
  if (clash) {
    throw new ClausemarkError(
      '--out names one of the policies being compared; writing the report there would replace the policy',
      {
        place: { argument: '--out' },
        hint: `choose another file for the report, e.g. --out ${basename(out).replace(/\.md$/, '')}-diff.html`,
        ruleId: 'out-is-input',
      },
    );
  }
}

/** Runs one diff and returns the exit code: 0 no differences, 1 differences (ClausemarkErrors make it 2). */
export async function runDiff(files: string[], options: DiffCommandOptions): Promise<number> {
  refuseOverwritingInputs(options.out, files);
  const versions = resolveVersions({
    files,
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
  });
  const revisions: { old?: string; new?: string } = {};
  if (versions.old.revision) revisions.old = versions.old.revision;
  if (versions.new.revision) revisions.new = versions.new.revision;
  const diff = diffPolicies(versions.old.policy, versions.new.policy, { revisions });
  const root = findProjectRoot();
  const lang = versions.new.policy.meta.lang;
  const report = prepareReport(diff, {
    labels: loadLabels(lang, { root }),
    lang,
    ignoreEditorial: options.ignoreEditorial === true,
  });
  const toStdout = options.out === undefined || options.out === '-';

  switch (options.format) {
    case 'text':
    case 'md':
    case 'json': {
      const output =
        options.format === 'text'
          ? renderText(report, { colour: toStdout && wantsColour(process.stdout) })
          : options.format === 'md'
            ? renderMarkdown(report)
            : renderJson(report);
      if (toStdout) process.stdout.write(output);
      else writeFileAtomic(options.out ?? '', output);
      break;
    }
    case 'html':
    case 'pdf':
    case 'docx': {
      const bytes =
        options.format === 'html'
          ? renderHtml(report)
          : options.format === 'pdf'
            ? await boardPack(report, versions, root, options.brand)
            : await trackedRevision(report, versions, root, options);
      if (options.out === '-') {
        if (options.format !== 'html' && process.stdout.isTTY) {
          const what = options.format === 'pdf' ? 'a PDF' : 'a Word document';
          throw new ClausemarkError(`will not write ${what} to the terminal`, {
            place: { argument: '--out' },
            hint: `name a file: --out board-pack.${options.format}`,
            ruleId: 'bad-arguments',
          });
        }
        process.stdout.write(bytes);
      } else {
        const target = options.out ?? diffOutputPath('out', versions.old.policy, versions.new.policy, options.format);
        writeFileAtomic(target, bytes);
        console.log(`wrote ${target}`);
      }
      break;
    }
  }
  tellAboutSources(versions, report);
  return hasDifferences(report) ? 1 : 0;
}

export function register(program: Command): void {
  program
    .command('diff')
    .description('compare two versions of a policy clause by clause (exit 0: same, 1: different, 2: trouble)')
    .argument('<files...>', 'OLD NEW; or one FILE: against its last approved commit, or --from/--to git revisions')
    .option('--from <rev>', 'old version: a git revision of FILE (commit, tag, branch, HEAD~1)')
    .option('--to <rev>', 'new version: a git revision of FILE (default: the working copy)')
    .addOption(new Option('--format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .option(
      '--out <file>',
      'write to this file (html, pdf and docx default to out/<org>/<id>-<old>-to-<new>.<ext>; - is stdout)',
    )
    .option('--ignore-editorial', 'leave out editorial changes (and exit 0 when only those differ)')
    .option('--brand <name>', "brand for the PDF board pack and the Word revision (default: the policy's own)")
    .option('--author <name>', 'author of the tracked changes in --format docx', 'clausemark')
    .action(async (files: string[], options: DiffCommandOptions) => {
      process.exitCode = await runDiff(files, options);
    });
}

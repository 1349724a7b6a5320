import type { Command } from 'commander';
import { DIFF_OPTIONS } from '../command-options.js';
import { helpWords } from '../help-words.js';
import { DIFF_REPORT } from '../../report/formats/diff.js';
import { formatNamed } from '../../render/shared/format-table.js';
import { diffJob } from '../../jobs/diff.js';
import type { CommandContext } from '../context.js';
import { formatOption } from '../format-option.js';
import { Output, reportOutputOptions } from '../output.js';
import { wantsColour } from '../report.js';

export interface DiffCommandOptions {
  from?: string;
  to?: string;
  /** A format of DIFF_REPORT (src/report/formats/diff.ts); commander checks it. */
  format: string;
  out?: string;
  ignoreEditorial?: boolean;
  brand?: string;
  /** Author of the tracked changes in --format docx. */
  author?: string;
  /** Exit 1 when the versions differ, as `git diff --exit-code`. */
  exitCode?: boolean;
}

/**
 * Runs one diff and returns the exit code: 0 when it did what it was asked (the comparison printed or its file
 * written, different or not), so a scheduled task that writes a board pack reads success; with --exit-code, as git
 * diff's, 1 when the versions differ (ClausemarkErrors make it 2).
 */
async function runDiff(files: string[], options: DiffCommandOptions, context: CommandContext): Promise<number> {
  const format = formatNamed(DIFF_REPORT, options.format);
  const output = new Output(
    reportOutputOptions(DIFF_REPORT, format, { ...(options.out !== undefined ? { out: options.out } : {}), files }),
    context.io.stdout,
  );
  const { out: _out, exitCode, ...jobOptions } = options;
  const outcome = await diffJob(files, {
    ...jobOptions,
    root: context.project.root,
    colour: output.toStdout && wantsColour(context.io.stdout),
  });
  output.write(outcome.content, outcome.defaultFile);
  for (const note of outcome.notes) context.err(`clausemark: ${note}`);
  return exitCode === true && outcome.differs ? 1 : 0;
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('diff');
  program
    .command('diff')
    .description(words('description'))
    .argument('<files...>', words('arg-files'))
    .option(DIFF_OPTIONS.from, words('opt-from'))
    .option(DIFF_OPTIONS.to, words('opt-to'))
    .addOption(formatOption(DIFF_REPORT))
    .option(DIFF_OPTIONS.out, words('opt-out'))
    .option(DIFF_OPTIONS.exitCode, words('opt-exit-code'))
    .option(DIFF_OPTIONS.ignoreEditorial, words('opt-ignore-editorial'))
    .option(DIFF_OPTIONS.brand, words('opt-brand'))
    .option(DIFF_OPTIONS.author, words('opt-author'), 'clausemark')
    .action(async (files: string[], options: DiffCommandOptions) => {
      context.exitCode = await runDiff(files, options, context);
    });
}

import type { Command } from 'commander';
import { DIFF_REPORT } from '../../pipeline/formats/diff.js';
import { formatNamed } from '../../pipeline/formats/table.js';
import { diffJob } from '../../pipeline/jobs/diff.js';
import type { CommandContext } from '../context.js';
import { formatOption } from '../format-option.js';
import { Output, reportOutputOptions } from '../output.js';
import { wantsColour } from '../report.js';

export interface DiffCommandOptions {
  from?: string;
  to?: string;
  /** A format of DIFF_REPORT (src/pipeline/formats/diff.ts); commander checks it. */
  format: string;
  out?: string;
  ignoreEditorial?: boolean;
  brand?: string;
  /** Author of the tracked changes in --format docx. */
  author?: string;
}

/** Runs one diff and returns the exit code: 0 no differences, 1 differences (ClausemarkErrors make it 2). */
async function runDiff(files: string[], options: DiffCommandOptions, context: CommandContext): Promise<number> {
  const format = formatNamed(DIFF_REPORT, options.format);
  const output = new Output(
    reportOutputOptions(DIFF_REPORT, format, { ...(options.out !== undefined ? { out: options.out } : {}), files }),
    context.io.stdout,
  );
  const { out: _out, ...jobOptions } = options;
  const outcome = await diffJob(files, {
    ...jobOptions,
    root: context.project.root,
    colour: output.toStdout && wantsColour(context.io.stdout),
  });
  output.write(outcome.content, outcome.defaultFile);
  for (const note of outcome.notes) context.err(`clausemark: ${note}`);
  return outcome.differs ? 1 : 0;
}

export function register(program: Command, context: CommandContext): void {
  program
    .command('diff')
    .description('compare two versions of a policy clause by clause (exit 0: same, 1: different, 2: trouble)')
    .argument('<files...>', 'OLD NEW; or one FILE: against its last approved commit, or --from/--to git revisions')
    .option('--from <rev>', 'old version: a git revision of FILE (commit, tag, branch, HEAD~1)')
    .option('--to <rev>', 'new version: a git revision of FILE (default: the working copy)')
    .addOption(formatOption(DIFF_REPORT))
    .option(
      '--out <file>',
      'write to this file (html, pdf and docx default to out/<org>/<id>-<old>-to-<new>.<ext>; - is stdout)',
    )
    .option('--ignore-editorial', 'leave out editorial changes (and exit 0 when only those differ)')
    .option('--brand <name>', "brand for the PDF board pack and the Word revision (default: the policy's own)")
    .option('--author <name>', 'author of the tracked changes in --format docx', 'clausemark')
    .action(async (files: string[], options: DiffCommandOptions) => {
      context.exitCode = await runDiff(files, options, context);
    });
}

// `clausemark check [paths…] [--format text|json]`: every policy's findings (src/jobs/check.ts), in a format of
// CHECK_REPORT (src/report/formats/check.ts, which --format's choices are read from), and the exit code they give.
import type { Command } from 'commander';
import { CHECK_OPTIONS } from '../command-options.js';
import { helpWords } from '../help-words.js';
import { CHECK_REPORT } from '../../report/formats/check.js';
import { formatNamed } from '../../render/shared/format-table.js';
import type { CommandContext } from '../context.js';
import { formatOption } from '../format-option.js';
import { paletteFor } from '../report.js';

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('check');
  program
    .command('check')
    .description(words('description'))
    .argument('[paths...]', words('arg-paths'))
    .option(CHECK_OPTIONS.strict, words('opt-strict'))
    .option(CHECK_OPTIONS.quiet, words('opt-quiet'))
    .option(CHECK_OPTIONS.at, words('opt-at'))
    .addOption(formatOption(CHECK_REPORT))
    .action(async (paths: string[], options: { strict?: boolean; quiet?: boolean; at?: string; format: string }) => {
      const format = formatNamed(CHECK_REPORT, options.format);
      const { checkJob } = await import('../../jobs/check.js');
      const { results, exitCode } = await checkJob(paths, options, context.project);
      context.exitCode = exitCode;
      context.out(format.render({ results, quiet: options.quiet === true, palette: paletteFor(context.io.stdout) }));
    });
}

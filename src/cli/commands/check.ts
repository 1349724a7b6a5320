// `clausemark check [paths…] [--format text|json]`: every policy's findings, in a format of CHECK_REPORT
// (src/pipeline/formats/check.ts, which --format's choices are read from), and the exit code they give.
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { discoverPolicies } from '../../io/discover.js';
import { CHECK_REPORT } from '../../pipeline/formats/check.js';
import { formatNamed } from '../../pipeline/formats/table.js';
import type { CommandContext } from '../context.js';
import { formatOption } from '../format-option.js';
import { paletteFor } from '../report.js';

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('check');
  program
    .command('check')
    .description(words('description'))
    .argument('[paths...]', words('arg-paths'))
    .option('--strict', words('opt-strict'))
    .option('--quiet', words('opt-quiet'))
    .addOption(formatOption(CHECK_REPORT))
    .action(async (paths: string[], options: { strict?: boolean; quiet?: boolean; format: string }) => {
      const format = formatNamed(CHECK_REPORT, options.format);
      // Imported here, not at the top: `clausemark --help` registers every command and should not load the parser.
      const { checkExitCode, checkFiles } = await import('../../check/files.js');
      const results = checkFiles(discoverPolicies(paths), context.project);
      context.exitCode = checkExitCode(results, options.strict === true);
      context.out(format.render({ results, quiet: options.quiet === true, palette: paletteFor(context.io.stdout) }));
    });
}

// `clausemark check [paths…] [--format text|json]`: every policy's findings, in a format of CHECK_REPORT
// (src/pipeline/formats/check.ts, which --format's choices are read from), and the exit code they give.
import type { Command } from 'commander';
import { discoverPolicies } from '../../io/discover.js';
import { CHECK_REPORT } from '../../pipeline/formats/check.js';
import { formatNamed } from '../../pipeline/formats/table.js';
import type { CommandContext } from '../context.js';
import { formatOption } from '../format-option.js';
import { paletteFor } from '../report.js';

export function register(program: Command, context: CommandContext): void {
  program
    .command('check')
    .description('report problems in policies (default: everything under policies/ and templates/)')
    .argument('[paths...]', 'policy files or folders')
    .option('--strict', 'fail on warnings too')
    .option('--quiet', 'print only files with findings')
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

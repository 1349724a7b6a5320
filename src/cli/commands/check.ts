import { type Command, Option } from 'commander';
import { discoverPolicies } from '../../io/discover.js';
import type { CommandContext } from '../context.js';
import { checkedLine, findingsJson, formatFindings, paletteFor } from '../report.js';

export function register(program: Command, context: CommandContext): void {
  program
    .command('check')
    .description('report problems in policies (default: everything under policies/ and templates/)')
    .argument('[paths...]', 'policy files or folders')
    .option('--strict', 'fail on warnings too')
    .option('--quiet', 'print only files with findings')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (paths: string[], options: { strict?: boolean; quiet?: boolean; format: 'text' | 'json' }) => {
      // Imported here, not at the top: `clausemark --help` registers every command and should not load the parser.
      const { checkExitCode, checkFiles } = await import('../../check/files.js');
      const results = checkFiles(discoverPolicies(paths), context.project);
      context.exitCode = checkExitCode(results, options.strict === true);
      if (options.format === 'json') {
        const shown = options.quiet ? results.filter((result) => result.findings.length > 0) : results;
        context.out(findingsJson(shown));
        return;
      }
      const palette = paletteFor(context.io.stdout);
      for (const result of results) {
        if (options.quiet && result.findings.length === 0) continue;
        context.out(formatFindings(result.file, result.findings, palette));
      }
      const errors = results.reduce((sum, result) => sum + result.errors, 0);
      const warnings = results.reduce((sum, result) => sum + result.warnings, 0);
      context.out(`\n${checkedLine(errors, warnings, results.length, palette)}`);
    });
}

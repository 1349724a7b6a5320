import type { Command } from 'commander';
import { discoverPolicies } from '../../io/discover.js';
import { formatFindings, paletteFor, summaryLine } from '../report.js';

export function register(program: Command): void {
  program
    .command('check')
    .description('report problems in policies (default: everything under policies/ and templates/)')
    .argument('[paths...]', 'policy files or folders')
    .option('--strict', 'fail on warnings too')
    .option('--quiet', 'print only files with findings')
    .action(async (paths: string[], options: { strict?: boolean; quiet?: boolean }) => {
      // Imported here, not at the top: `clausemark --help` registers every command and should not load the parser.
      const { checkExitCode, checkFiles } = await import('../../check/files.js');
      const results = checkFiles(discoverPolicies(paths));
      const palette = paletteFor(process.stdout);
      for (const result of results) {
        if (options.quiet && result.findings.length === 0) continue;
        console.log(formatFindings(result.file, result.findings, palette));
      }
      const errors = results.reduce((sum, result) => sum + result.errors, 0);
      const warnings = results.reduce((sum, result) => sum + result.warnings, 0);
      console.log(
        `\n${summaryLine(errors, warnings, palette)} in ${results.length} file${results.length === 1 ? '' : 's'}`,
      );
      process.exitCode = checkExitCode(results, options.strict === true);
    });
}

// `clausemark build [paths…]`: the policies built into PDFs (or Word) and the HTML report (src/jobs/build.ts), or with
// --at DATE the versions in force on that date (src/jobs/build-at.ts); what was written and what failed.
import type { Command } from 'commander';
import { BUILD_OPTIONS } from '../command-options.js';
import { helpWords } from '../help-words.js';
import type { BuildCommandOptions } from '../../jobs/build.js';
import { printBuildOutcome } from '../build-outcome.js';
import { cacheOption } from '../cache.js';
import type { CommandContext } from '../context.js';
import { progressBar } from '../progress.js';
import { sayInForce } from '../say/build.js';

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('build');
  program
    .command('build')
    .description(words('description'))
    .argument('[paths...]', words('arg-paths'))
    .option(BUILD_OPTIONS.out, words('opt-out'), 'out')
    .option(BUILD_OPTIONS.brand, words('opt-brand'))
    .option(BUILD_OPTIONS.showIds, words('opt-show-ids'))
    .option(BUILD_OPTIONS.pdfa, words('opt-pdfa'))
    .option(BUILD_OPTIONS.format, words('opt-format'), 'pdf')
    .option(BUILD_OPTIONS.jobs, words('opt-jobs'))
    .option(BUILD_OPTIONS.force, words('opt-force'))
    .option(BUILD_OPTIONS.noSite, words('opt-no-site'))
    .option(BUILD_OPTIONS.strict, words('opt-strict'))
    .option(BUILD_OPTIONS.at, words('opt-at'))
    .action(async (paths: string[], options: BuildCommandOptions, command: Command) => {
      // Imported here, not at the top: the build loads the PDF renderer (pdfkit, fontkit), which `--help` does not need.
      if (options.at !== undefined) {
        const { buildAtJob } = await import('../../jobs/build-at.js');
        context.exitCode = sayInForce(
          await buildAtJob(paths, options, context.project, cacheOption().shapingCache),
          context,
        );
        return;
      }
      const { buildPathsJob } = await import('../../jobs/build.js');
      let progress: ReturnType<typeof progressBar> | undefined;
      const { result, formats, outFile } = await buildPathsJob(paths, options, context.project, {
        formatGiven: command.getOptionValueSource('format') !== 'default',
        ...cacheOption(),
        onBuildStart: (count) => {
          progress = progressBar(count, context.io.stderr);
        },
        onProgress: (file) => progress?.tick(file),
      });
      progress?.done();
      context.exitCode = printBuildOutcome(
        result,
        { out: options.out, formats, ...(outFile ? { outFile } : {}) },
        context,
      );
    });
}

import { Option, type Command } from 'commander';
import { DEVIATION_FORMATS, deviationFormat, deviationsJob } from '../../build/jobs/deviations.js';
import type { CommandContext } from '../context.js';
import { Output } from '../output.js';

export interface DeviationsOptions {
  /** A template file, or a template id with an optional @version. */
  template: string;
  format?: string;
  out?: string;
}

/**
 * Writes the deviation register (src/build/jobs/deviations.ts) as asked and returns the exit code: 0 (trouble is
 * a ClausemarkError). `clausemark compare --template T POLICY…` delegates here.
 */
export function runDeviations(paths: readonly string[], context: CommandContext, options: DeviationsOptions): number {
  const format = deviationFormat(options.format);
  const output = new Output(
    {
      ...(options.out !== undefined ? { out: options.out } : {}),
      fileByDefault: format === 'html',
      inputs: { files: paths, example: `deviations.${format === 'text' ? 'txt' : format}` },
    },
    context.io.stdout,
  );
  const outcome = deviationsJob(paths, { ...options, project: context.project });
  output.write(outcome.content, outcome.defaultFile);
  return 0;
}

export function register(program: Command, context: CommandContext): void {
  program
    .command('deviations')
    .description('register how policies deviate from a sector template: verbatim, modified, dropped, added, and why')
    .argument(
      '[policies...]',
      'policy files or folders (default: every policy under policies/ derived from the template)',
    )
    .requiredOption('--template <template>', 'the template file, or its id (sector-social-media) or id@version')
    .addOption(new Option('--format <format>', 'output format').choices(DEVIATION_FORMATS).default('text'))
    .option(
      '--out <file>',
      'write to this file (html defaults to out/deviations/<template>-<version>.html; - is stdout)',
    )
    .action((paths: string[], options: DeviationsOptions) => {
      context.exitCode = runDeviations(paths, context, options);
    });
}

import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { DEVIATIONS_REPORT } from '../../report/formats/deviations.js';
import { formatNamed } from '../../render/shared/format-table.js';
import { deviationsJob } from '../../jobs/deviations.js';
import type { CommandContext } from '../context.js';
import { formatOption } from '../format-option.js';
import { Output, reportOutputOptions } from '../output.js';

export interface DeviationsOptions {
  /** A template file, or a template id with an optional @version; default: the one the policies' derivedFrom names. */
  template?: string;
  format?: string;
  out?: string;
}

/**
 * Writes the deviation register (src/jobs/deviations.ts) as asked and returns the exit code: 0 (trouble is
 * a ClausemarkError). `clausemark compare --template T POLICY…` delegates here.
 */
export function runDeviations(paths: readonly string[], context: CommandContext, options: DeviationsOptions): number {
  const format = formatNamed(DEVIATIONS_REPORT, options.format);
  const output = new Output(
    reportOutputOptions(DEVIATIONS_REPORT, format, {
      ...(options.out !== undefined ? { out: options.out } : {}),
      files: paths,
    }),
    context.io.stdout,
  );
  const outcome = deviationsJob(paths, { ...options, project: context.project });
  output.write(outcome.content, outcome.defaultFile);
  return 0;
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('deviations');
  program
    .command('deviations')
    .description(words('description'))
    .argument('[policies...]', words('arg-policies'))
    .option('--template <template>', words('opt-template'))
    .addOption(formatOption(DEVIATIONS_REPORT))
    .option('--out <file>', words('opt-out'))
    .action((paths: string[], options: DeviationsOptions) => {
      context.exitCode = runDeviations(paths, context, options);
    });
}

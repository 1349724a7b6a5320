// `clausemark fmt`: the Markdown normalised and every clause and section given an ID (src/jobs/fmt.ts), printed,
// checked (--check, for CI) or written back (--write).
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import type { FmtOptions } from '../../jobs/fmt.js';
import type { CommandContext } from '../context.js';
import { sayWouldChange, sayWritten } from '../say/fmt.js';

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('fmt');
  program
    .command('fmt')
    .description(words('description'))
    .argument('[paths...]', words('arg-paths'))
    .option('--write', words('opt-write'))
    .option('--check', words('opt-check'))
    .option('--force', words('opt-force'))
    .option('--template <template>', words('opt-template'))
    .action(async (paths: string[], options: FmtOptions) => {
      const { fmtJob } = await import('../../jobs/fmt.js');
      const { mode, results } = await fmtJob(paths, options, context.project);
      if (mode === 'write') return sayWritten(results, context);
      const single = results.length === 1 ? results[0] : undefined;
      // Like prettier: one file without flags prints the formatted text, so `fmt file.md > out.md` works.
      if (single && mode === 'print' && paths.length > 0) context.io.stdout.write(single.output);
      else sayWouldChange(results, mode === 'check', context);
    });
}

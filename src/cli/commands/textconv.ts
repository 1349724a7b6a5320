// `clausemark textconv FILE`: what git's textconv filter prints for a policy (src/jobs/textconv.ts).
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import type { CommandContext } from '../context.js';

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('textconv');
  program
    .command('textconv')
    .description(words('description'))
    .argument('<file>', words('arg-file'))
    .action(async (file: string) => {
      const { textconvJob } = await import('../../jobs/textconv.js');
      context.io.stdout.write(textconvJob(file, context.project));
    });
}

// `clausemark adapt TEMPLATE --org KEY`: the sector template made into the organisation's policy (src/jobs/adapt.ts),
// and where it was written.
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { wordMessage } from '../../io/messages.js';
import type { AdaptOptions } from '../../jobs/adapt.js';
import type { CommandContext } from '../context.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('adapt');
  program
    .command('adapt')
    .description(words('description'))
    .argument('<template>', words('arg-template'))
    .requiredOption('--org <key>', words('opt-org'))
    .option('--set <name=value>', words('opt-set'), collect)
    .option('--out <file>', words('opt-out'))
    .option('--force', words('opt-force'))
    .action(async (templateArgument: string, options: AdaptOptions) => {
      // Imported here, not at the top: `clausemark --help` registers every command and should not load the template.
      const { adaptJob } = await import('../../jobs/adapt.js');
      const target = adaptJob(templateArgument, options, context.project);
      context.out(wordMessage({ messageId: 'output.wrote', params: { file: target } }));
      context.out(wordMessage({ messageId: 'adapt-report.next', params: { file: target } }));
    });
}

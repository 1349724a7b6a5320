// `clausemark confirm`: records a person's verdict on two clauses (or an absent topic or provision) and says so in the run's
// language (templates/messages/<lang>.yaml, confirm-reply.cli-*).
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { errorById, wordMessage } from '../../io/messages.js';
import type { CommandContext } from '../context.js';

interface ConfirmOptions {
  not?: boolean;
  absent?: boolean;
  topic?: boolean;
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('confirm');
  program
    .command('confirm')
    .description(words('description'))
    .argument('<first>', words('arg-first'))
    .argument('<second>', words('arg-second'))
    .argument('[paths...]', words('arg-paths'))
    .option('--not', words('opt-not'))
    .option('--absent', words('opt-absent'))
    .option('--topic', words('opt-topic'))
    .action(async (first: string, second: string, paths: string[], options: ConfirmOptions) => {
      const { confirmJob, confirmAbsenceJob, confirmTopicJob } = await import('../../jobs/confirm.js');
      if (options.topic && options.absent) {
        throw errorById(
          { messageId: 'bad-arguments.absent-and-topic', fixId: 'bad-arguments.absent-or-topic' },
          { place: { argument: '--topic' }, ruleId: 'bad-arguments' },
        );
      }
      if (options.topic) {
        const verdict = options.not ? 'off-topic' : 'on-topic';
        const result = confirmTopicJob(paths, verdict, first, second, context.project);
        const messageId = verdict === 'on-topic' ? 'confirm-reply.cli-on-topic' : 'confirm-reply.cli-off-topic';
        context.out(wordMessage({ messageId, params: { first, second, file: result.file } }));
        return;
      }
      if (options.absent) {
        const result = confirmAbsenceJob(paths, first, second, context.project);
        context.out(
          wordMessage({ messageId: 'confirm-reply.cli-absent', params: { first, second, file: result.file } }),
        );
        return;
      }
      const verdict = options.not ? 'different' : 'same';
      const result = confirmJob(paths, verdict, first, second, context.project.root);
      const messageId = verdict === 'same' ? 'confirm-reply.cli-same' : 'confirm-reply.cli-different';
      context.out(wordMessage({ messageId, params: { first, second, file: result.file, entries: result.entries } }));
    });
}

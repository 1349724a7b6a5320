// `clausemark confirm`: records a person's verdict on two clauses (or an absent topic or provision) and says so in the run's
// language (templates/messages/<lang>.yaml, confirm-reply.cli-*).
import type { Command } from 'commander';
import { errorById, wordMessage } from '../../io/messages.js';
import type { CommandContext } from '../context.js';

interface ConfirmOptions {
  not?: boolean;
  absent?: boolean;
  topic?: boolean;
}

export function register(program: Command, context: CommandContext): void {
  program
    .command('confirm')
    .description(
      'record that two clauses of two organisations state the same provision (or, with --not, that they do not); compare honours it',
    )
    .argument('<first>', 'ORG:CLAUSE-ID, as compare shows it')
    .argument('<second>', 'ORG:CLAUSE-ID of another organisation')
    .argument('[paths...]', 'the compared policy files or folders (default: policies/)')
    .option('--not', 'the two clauses do not state the same provision: keep them apart')
    .option(
      '--absent',
      'confirm ORG TOPIC or ORG OTHER:CLAUSE-ID: the organisation has no rule on the topic (a topic id of the topic list), or none like that clause of another organisation (the provision it states); stale once a text of the organisation (or that clause) changes',
    )
    .option(
      '--topic',
      'confirm ORG:CLAUSE-ID TOPIC: the clause covers the topic (a topic id of the topic list), whatever its signal words say; with --not, it does not; stale once the clause changes',
    )
    .action(async (first: string, second: string, paths: string[], options: ConfirmOptions) => {
      const { confirmJob, confirmAbsenceJob, confirmTopicJob } = await import('../../pipeline/jobs/confirm.js');
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

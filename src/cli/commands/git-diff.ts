// `clausemark git-diff`: git's external diff driver (the job and the interface git uses: src/jobs/git-diff.ts).
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { gitDiffOutput } from '../../jobs/git-diff.js';
import { errorById } from '../../io/messages.js';
import type { CommandContext } from '../context.js';
import { wantsColour } from '../report.js';

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('git-diff');
  program
    .command('git-diff')
    .description(words('description'))
    .argument('<args...>', words('arg-args'))
    .allowUnknownOption()
    .action((args: string[]) => {
      if (args.length === 1) {
        context.out(`* Unmerged path ${args[0]}`);
        return;
      }
      if (args.length !== 7 && args.length !== 9) {
        throw errorById(
          {
            messageId: 'bad-options.git-diff-arguments',
            fixId: 'bad-options.let-git-run',
            params: { count: args.length },
          },
          { ruleId: 'bad-arguments' },
        );
      }
      const { stdout } = context.io;
      stdout.write(gitDiffOutput(args, { root: context.project.root, colour: wantsColour(stdout) }));
      context.exitCode = 0;
    });
}

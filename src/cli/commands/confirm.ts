import type { Command } from 'commander';
import type { CommandContext } from '../context.js';

interface ConfirmOptions {
  not?: boolean;
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
    .action(async (first: string, second: string, paths: string[], options: ConfirmOptions) => {
      const { confirmJob } = await import('../../build/jobs/confirm.js');
      const verdict = options.not ? 'different' : 'same';
      const result = confirmJob(paths, verdict, first, second);
      const said = verdict === 'same' ? 'confirmed' : 'rejected';
      context.out(`${said}: ${first} ↔ ${second} (recorded in ${result.file}, ${result.entries} entries)`);
    });
}

// `clausemark approve FILE --name … --role …`: an approval (or a procedure step) recorded in the policy's front
// matter with the hash of the text it approves (src/jobs/approve.ts), and what was recorded.
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import type { ApproveOptions } from '../../jobs/approve.js';
import type { CommandContext } from '../context.js';
import { sayApproved } from '../say/approve.js';

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('approve');
  program
    .command('approve')
    .description(words('description'))
    .argument('<file>', words('arg-file'))
    .requiredOption('--name <name>', words('opt-name'))
    .requiredOption('--role <role>', words('opt-role'))
    .option('--date <YYYY-MM-DD>', words('opt-date'))
    .option('--step <step>', words('opt-step'))
    .option('--body <body>', words('opt-body'))
    .option('--part <part>', words('opt-part'))
    .option('--outcome <outcome>', words('opt-outcome'))
    .option('--asked <YYYY-MM-DD>', words('opt-asked'))
    .option('--minutes <reference>', words('opt-minutes'))
    .option('--force', words('opt-force'))
    .action(async (file: string, options: ApproveOptions) => {
      // Imported here, not at the top: `clausemark --help` registers every command and should not load the parser.
      const { approveJob, historyCutAfter } = await import('../../jobs/approve.js');
      const outcome = approveJob(file, options, context.project);
      sayApproved(file, outcome, context, historyCutAfter(file, outcome, context.project));
    });
}

// `clausemark agenda`: what is due (reviews, steps waiting and their terms) and each MR's and GMR's year planning,
// as text, JSON or an iCalendar file for Outlook and Google Calendar (src/pipeline/jobs/agenda.ts).
import type { Command } from 'commander';
import { AGENDA_REPORT } from '../../pipeline/formats/agenda.js';
import { formatNamed } from '../../pipeline/formats/table.js';
import { formatOption } from '../format-option.js';
import { agendaJob } from '../../pipeline/jobs/agenda.js';
import type { CommandContext } from '../context.js';
import { Output, reportOutputOptions } from '../output.js';

interface AgendaOptions {
  format?: string;
  out?: string;
  from?: string;
  months?: string;
}

export function register(program: Command, context: CommandContext): void {
  program
    .command('agenda')
    .description('what is due: reviews, steps waiting and their terms, and each council’s year planning')
    .argument('[paths...]', 'policy files or folders (default: policies/)')
    .addOption(formatOption(AGENDA_REPORT))
    .option('--out <file>', 'write to this file instead of the terminal')
    .option('--from <YYYY-MM-DD>', 'the day the agenda is made for (default: today)')
    .option('--months <n>', 'how many months ahead the planning reaches (default: 12)')
    .action((paths: string[], options: AgendaOptions) => {
      const format = formatNamed(AGENDA_REPORT, options.format);
      const output = new Output(
        reportOutputOptions(AGENDA_REPORT, format, {
          ...(options.out !== undefined ? { out: options.out } : {}),
          files: paths,
        }),
        context.io.stdout,
      );
      const outcome = agendaJob(paths, { ...options, project: context.project });
      output.write(outcome.content, outcome.defaultFile);
    });
}

// `clausemark agenda`: what is due (reviews, steps waiting and their terms) and each MR's and GMR's year planning,
// as text, JSON or an iCalendar file for Outlook and Google Calendar (src/jobs/agenda.ts).
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { AGENDA_REPORT } from '../../report/formats/agenda.js';
import { formatNamed } from '../../render/shared/format-table.js';
import { formatOption } from '../format-option.js';
import { agendaJob } from '../../jobs/agenda.js';
import type { CommandContext } from '../context.js';
import { told } from '../../io/messages.js';
import { Output, reportOutputOptions } from '../output.js';

interface AgendaOptions {
  format?: string;
  out?: string;
  from?: string;
  months?: string;
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('agenda');
  program
    .command('agenda')
    .description(words('description'))
    .argument('[paths...]', words('arg-paths'))
    .addOption(formatOption(AGENDA_REPORT))
    .option('--out <file>', words('opt-out'))
    .option('--from <YYYY-MM-DD>', words('opt-from'))
    .option('--months <n>', words('opt-months'))
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
      // The rest of the agenda stands; a file left out because it cannot be read is an error in the input (exit 2).
      for (const problem of outcome.problems) context.err(`clausemark: ${told(problem)}`);
      if (outcome.problems.length > 0) context.exitCode = 2;
    });
}

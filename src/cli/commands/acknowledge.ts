// `clausemark acknowledge ACTION [POLICY]` (alias `kennisname`): staff confirm the version in force (src/jobs/acknowledge.ts,
// docs/acknowledge.md); what each action says is src/cli/say/acknowledge.ts.
import { Argument, type Command } from 'commander';
import { helpWords } from '../help-words.js';
import { errorById } from '../../io/messages.js';
import { todayIso } from '../../procedure/evaluate.js';
import type { CommandContext } from '../context.js';

interface AcknowledgeOptions {
  csv?: string;
  paper?: string;
  recorder?: string;
  by?: string;
  school?: string;
  team?: string;
  audience?: string;
  previous?: string;
  carryOver?: boolean;
  date?: string;
  dryRun?: boolean;
  json?: boolean;
  port: string;
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('acknowledge');
  program
    .command('acknowledge')
    .alias('kennisname')
    .description(words('description'))
    .addArgument(
      new Argument('<action>', words('arg-action')).choices(['ask', 'record', 'status', 'meeting', 'remove']),
    )
    .argument('[policy]', words('arg-policy'))
    .option('--csv <file>', words('opt-csv'))
    .option('--paper <file>', words('opt-paper'))
    .option('--recorder <name>', words('opt-recorder'))
    .option('--by <YYYY-MM-DD>', words('opt-by'))
    .option('--school <name>', words('opt-school'))
    .option('--team <name>', words('opt-team'))
    .option('--audience <group>', words('opt-audience'))
    .option('--previous <file>', words('opt-previous'))
    .option('--carry-over', words('opt-carry-over'))
    .option('--date <YYYY-MM-DD>', words('opt-date'))
    .option('--dry-run', words('opt-dry-run'))
    .option('--json', words('opt-json'))
    .option('--port <port>', words('opt-port'), '4174')
    .action(async (action: string, policy: string | undefined, options: AcknowledgeOptions) => {
      const [job, say] = await Promise.all([import('../../jobs/acknowledge.js'), import('../say/acknowledge.js')]);
      const date = options.date ?? todayIso();
      if (action === 'remove')
        return say.sayRemoved(job.removeJob(date, { dryRun: options.dryRun === true }), options.dryRun, context);
      if (policy === undefined) {
        throw errorById(
          {
            messageId: 'acknowledge-job.policy-needed',
            fixId: 'acknowledge-job.policy-needed-fix',
            params: { action },
          },
          { place: { argument: action }, ruleId: 'bad-arguments' },
        );
      }
      const base = { root: context.project.root, ...(options.audience ? { audience: options.audience } : {}) };
      if (action === 'status') return say.sayReport(job.reportJob(policy, base), options.json === true, context);
      if (action === 'meeting') {
        const meeting = { ...base, ...say.defined(options), date, port: Number(options.port) };
        return context.out(say.meetingLine((await job.meetingJob(policy, meeting)).url));
      }
      if (action === 'record') {
        if ((options.csv === undefined) === (options.paper === undefined)) {
          throw errorById(
            { messageId: 'acknowledge-job.csv-or-paper', fixId: 'acknowledge-job.csv-or-paper-fix' },
            { place: { argument: '--csv' }, ruleId: 'bad-arguments' },
          );
        }
        return say.sayRecorded(job.recordJob(policy, { ...base, ...say.defined(options), date }), context);
      }
      return say.sayAsked(policy, await job.askJob(policy, { ...base, ...say.defined(options), date }), context);
    });
}

// `clausemark start`, what `npm start` runs: the corpus checked and shown as a table, then every policy built with
// the board packs, the comparisons and the HTML report into out/ (src/jobs/start.ts), and what was written or failed
// said at the end. A run that wrote nothing keeps what it said, so the next one with nothing to do says it at once
// (src/cli/startup/start-record.ts; src/cli/startup/start-replay.ts answers it before the program is loaded).
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { cacheOption } from '../cache.js';
import type { CommandContext } from '../context.js';
import { progressBar } from '../progress.js';
import { corpusTable, notInGitNote, sayBuilt, shallowHistoryNote } from '../say/start.js';
import { recordedStart, unrecordedStart } from '../startup/start-record.js';

/** The main job on the policies in this repository: check the corpus, then build every PDF into out/. */
export function register(program: Command, context: CommandContext): void {
  const words = helpWords('start');
  program
    .command('start')
    .description(words('description'))
    .option('--out <dir>', words('opt-out'), 'out')
    .option('--overview-date <YYYY-MM-DD>', words('opt-overview-date'))
    .action(async (options: { out: string; lang?: string; overviewDate?: string }) => {
      const { startJob } = await import('../../jobs/start.js');
      const given = { out: options.out, ...(options.lang === undefined ? {} : { lang: options.lang }) };
      // A run for another day is not kept as a stamp: the stamp is of today's run (start-stamp.ts), and replays it.
      const record = options.overviewDate === undefined ? recordedStart : unrecordedStart;
      await record(context, given, async (said) => {
        let progress: ReturnType<typeof progressBar> | undefined;
        const { rows, built } = await startJob(context.project, {
          out: options.out,
          ...(options.overviewDate === undefined ? {} : { overviewDate: options.overviewDate }),
          ...cacheOption(),
          onChecked: (rows, inForce) => {
            said.out(corpusTable(rows, inForce));
            const shallow = shallowHistoryNote(rows);
            if (shallow) said.out(shallow);
            const untracked = notInGitNote(context.project.root, rows);
            if (untracked) said.out(untracked);
          },
          // The bar redraws in place and is gone at the end: not part of what the run said.
          onBuildStart: (count) => {
            progress = progressBar(count, context.io.stderr);
          },
          onProgress: (file) => progress?.tick(file),
        });
        progress?.done();
        sayBuilt(built, rows, options.out, said);
        const { report, corpus } = built;
        return report.failed.length === 0 && !report.unwritten?.length && !corpus?.failures.length;
      });
    });
}

// `clausemark start`, what `npm start` runs: the corpus checked and shown as a table, then every policy built with
// the board packs, the comparisons and the HTML report into out/ (src/jobs/start.ts), and what was written or failed
// said at the end.
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { cacheOption } from '../cache.js';
import type { CommandContext } from '../context.js';
import { progressBar } from '../progress.js';
import { corpusTable, sayBuilt } from '../say/start.js';

/** The main job on the policies in this repository: check the corpus, then build every PDF into out/. */
export function register(program: Command, context: CommandContext): void {
  const words = helpWords('start');
  program
    .command('start')
    .description(words('description'))
    .option('--out <dir>', words('opt-out'), 'out')
    .action(async (options: { out: string }) => {
      const { startJob } = await import('../../jobs/start.js');
      let progress: ReturnType<typeof progressBar> | undefined;
      const { rows, built } = await startJob(context.project, {
        out: options.out,
        ...cacheOption(),
        onChecked: (rows, inForce) => context.out(corpusTable(rows, inForce)),
        onBuildStart: (count) => {
          progress = progressBar(count, context.io.stderr);
        },
        onProgress: (file) => progress?.tick(file),
      });
      progress?.done();
      sayBuilt(built, rows, options.out, context);
    });
}

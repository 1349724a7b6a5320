import type { Command } from 'commander';
import { buildBatch } from '../../build/batch.js';
import { progressBar } from '../../build/progress.js';
import { findProjectRoot } from '../../build/root.js';
import { summariseCorpus } from '../../check/corpus.js';
import { discoverPolicies } from '../../io/discover.js';
import { paletteFor } from '../report.js';
import { textTable } from '../table.js';

/** The main job on the policies in this repository: check the corpus, then build every PDF into out/. */
export function register(program: Command): void {
  program
    .command('start')
    .description('the main job on the policies in this repository (what `npm start` runs)')
    .option('--out <dir>', 'output folder', 'out')
    .action(async (options: { out: string }) => {
      const palette = paletteFor(process.stdout);
      const files = discoverPolicies([], ['policies']);
      const rows = summariseCorpus(files);
      const findings = (row: (typeof rows)[number]): string =>
        row.fatal ? 'unreadable' : row.errors + row.warnings === 0 ? 'clean' : `${row.errors} errors, ${row.warnings} warnings`;
      console.log(textTable(
        ['org', 'title', 'version', 'status', 'clauses', 'findings'],
        rows.map((row) => [row.org, row.title, row.version, row.status, String(row.clauses), findings(row)]),
      ));
      const buildable = rows.filter((row) => !row.fatal).map((row) => row.file);
      const progress = progressBar(buildable.length);
      const report = await buildBatch(buildable, {
        root: findProjectRoot(),
        outDir: options.out,
        showIds: false,
        pdfa: false,
        onProgress: (file) => progress.tick(file),
      });
      progress.done();
      for (const failure of report.failed) console.error(`clausemark: ${failure.error.format()}`);
      console.log(`\n${palette.green('built')} ${report.built.length} PDFs in ${(report.milliseconds / 1000).toFixed(2)} s → ${options.out}/`);
      for (const built of report.built) console.log(`  ${built.output}`);
      const bad = rows.filter((row) => row.fatal || row.errors > 0);
      if (bad.length > 0) console.log(palette.red(`\n${bad.length} polic${bad.length === 1 ? 'y has' : 'ies have'} errors: run \`npx clausemark check\` for details`));
      if (bad.length > 0 || report.failed.length > 0) process.exitCode = 1;
    });
}

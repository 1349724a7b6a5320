import { join } from 'node:path';
import type { Command } from 'commander';
import { progressBar } from '../../build/progress.js';
import { findProjectRoot } from '../../io/root.js';
import { discoverPolicies } from '../../io/discover.js';
import { loadPolicy } from '../../parse/index.js';
import { buildWarnings, paletteFor } from '../report.js';
import { textTable } from '../table.js';
import { cacheOption } from '../cache.js';

/** The main job on the policies in this repository: check the corpus, then build every PDF into out/. */
export function register(program: Command): void {
  program
    .command('start')
    .description('the main job on the policies in this repository (what `npm start` runs)')
    .option('--out <dir>', 'output folder', 'out')
    .action(async (options: { out: string }) => {
      // Imported here, not at the top, so `clausemark --help` loads neither the checker nor the PDF renderer.
      const [{ summariseCorpus }, { buildBatch }] = await Promise.all([
        import('../../check/corpus.js'),
        import('../../build/batch.js'),
      ]);
      const palette = paletteFor(process.stdout);
      const files = discoverPolicies([], ['policies']);
      const rows = summariseCorpus(files);
      const findings = (row: (typeof rows)[number]): string =>
        row.fatal
          ? 'unreadable'
          : row.errors + row.warnings === 0
            ? 'clean'
            : `${row.errors} errors, ${row.warnings} warnings`;
      console.log(
        textTable(
          ['org', 'title', 'version', 'status', 'clauses', 'findings'],
          rows.map((row) => [row.org, row.title, row.version, row.status, String(row.clauses), findings(row)]),
        ),
      );
      const buildable = rows.filter((row) => !row.fatal).map((row) => row.file);
      const progress = progressBar(buildable.length);
      const report = await buildBatch(buildable, {
        root: findProjectRoot(),
        outDir: options.out,
        showIds: false,
        pdfa: false,
        ...cacheOption(),
        incremental: true,
        // Rendering in workers only: Ctrl-C and SIGTERM are answered at once, however long a policy takes.
        keepThreadFree: true,
        onProgress: (file) => progress.tick(file),
      });
      progress.done();
      for (const failure of report.failed) console.error(`clausemark: ${failure.error.format()}`);
      for (const warning of buildWarnings(report.built)) console.error(warning);
      const upToDate = report.upToDate.length > 0 ? `, ${report.upToDate.length} up to date` : '';
      console.log(
        `\n${palette.green('built')} ${report.built.length} PDF${report.built.length === 1 ? '' : 's'} in ${(report.milliseconds / 1000).toFixed(2)} s → ${options.out}/${upToDate}`,
      );
      for (const built of report.built) console.log(`  ${built.output}`);
      const built = new Set([...report.built, ...report.upToDate].map((entry) => entry.file));
      const [{ writeCorpusReports }, { writeSite }] = await Promise.all([
        import('../../build/reports.js'),
        import('../../build/site/index.js'),
      ]);
      const policies = buildable.filter((file) => built.has(file)).map((file) => loadPolicy(file).policy);
      const comparison = await writeCorpusReports(policies, {
        root: findProjectRoot(),
        outDir: options.out,
        ...cacheOption(),
      });
      for (const written of comparison.lines) console.log(`  ${written}`);
      for (const failure of comparison.failures) console.error(`clausemark: ${failure.format()}`);
      const site = writeSite(
        buildable.filter((file) => built.has(file)),
        {
          root: findProjectRoot(),
          outDir: options.out,
          comparisons: comparison.comparisons,
        },
      );
      console.log(`  ${join(options.out, 'index.html')} (HTML report: ${site.pages.length} pages)`);
      const bad = rows.filter((row) => row.fatal || row.errors > 0);
      if (bad.length > 0)
        console.log(
          palette.red(
            `\n${bad.length} polic${bad.length === 1 ? 'y has' : 'ies have'} errors: run \`npx clausemark check\` for details`,
          ),
        );
      if (bad.length > 0 || report.failed.length > 0 || comparison.failures.length > 0) process.exitCode = 1;
    });
}

import { join } from 'node:path';
import type { Command } from 'commander';
import { progressBar } from '../../pipeline/progress.js';
import { discoverPolicies } from '../../io/discover.js';
import { wordMessage } from '../../io/messages.js';
import { shortCommit } from '../../io/git.js';
import { allClauses } from '../../model/walk.js';
import { builtLine, writeFailureLines } from '../build-outcome.js';
import { buildWarnings, paletteFor } from '../report.js';
import { textTable } from '../table.js';
import { cacheOption } from '../cache.js';
import type { CommandContext } from '../context.js';

/** A line of `start`, worded in the run's language (templates/messages/<lang>.yaml, start-report.*). */
function said(messageId: string, params: Record<string, string | number> = {}): string {
  return wordMessage({ messageId, params });
}

/** The main job on the policies in this repository: check the corpus, then build every PDF into out/. */
export function register(program: Command, context: CommandContext): void {
  program
    .command('start')
    .description('the main job on the policies in this repository (what `npm start` runs)')
    .option('--out <dir>', 'output folder', 'out')
    .action(async (options: { out: string }) => {
      // Imported here, not at the top, so `clausemark --help` loads neither the checker nor the PDF renderer.
      const [{ summariseCorpus }, { buildJob }, { versionsInForceOfFiles }] = await Promise.all([
        import('../../check/corpus.js'),
        import('../../pipeline/jobs/build.js'),
        import('../../pipeline/in-force.js'),
      ]);
      const palette = paletteFor(context.io.stdout);
      const rows = summariseCorpus(discoverPolicies([], ['policies']), context.project);
      // A proposal revised in place: its version in force lives in git only, and is listed under it (issue 26 item 8).
      const inForce = versionsInForceOfFiles(
        rows.filter((row) => !row.fatal).map((row) => row.file),
        context.project.root,
      );
      const findings = (row: (typeof rows)[number]): string =>
        row.fatal
          ? said('start-report.unreadable')
          : row.errors + row.warnings === 0
            ? said('start-report.clean')
            : said('start-report.errors-warnings', { errors: row.errors, warnings: row.warnings });
      context.out(
        textTable(
          [
            said('start-report.org'),
            said('start-report.title'),
            said('start-report.version'),
            said('start-report.status'),
            said('start-report.clauses'),
            said('start-report.findings'),
          ],
          rows.flatMap((row) => {
            const listed = [[row.org, row.title, row.version, row.status, String(row.clauses), findings(row)]];
            const found = inForce.get(row.file);
            if (found)
              listed.push([
                found.policy.meta.org,
                found.policy.meta.title,
                found.policy.meta.version,
                said('start-report.in-force', { commit: shortCommit(found.commit), date: found.date }),
                String(allClauses(found.policy).length),
                said('start-report.in-force-findings'),
              ]);
            return listed;
          }),
        ),
      );
      const buildable = rows.filter((row) => !row.fatal).map((row) => row.file);
      const progress = progressBar(buildable.length, context.io.stderr);
      const { report, corpus, site } = await buildJob(buildable, {
        root: context.project.root,
        sectorRoot: context.project.sectorRoot,
        outDir: options.out,
        showIds: false,
        pdfa: false,
        ...cacheOption(),
        corpusReports: true,
        site: true,
        siteWhenEmpty: true,
        onProgress: (file) => progress.tick(file),
      });
      progress.done();
      for (const failure of report.failed) context.err(`clausemark: ${failure.error.format()}`);
      for (const error of report.unwritten ?? []) context.err(`clausemark: ${error.format()}`);
      for (const warning of buildWarnings(report.built)) context.err(warning);
      for (const line of writeFailureLines(report, options.out)) context.err(line);
      context.out(`\n${builtLine(report, ['pdf'], `${options.out}/`, palette)}`);
      for (const built of report.built) context.out(`  ${built.output}`);
      for (const written of corpus?.lines ?? []) context.out(`  ${written}`);
      for (const failure of corpus?.failures ?? []) context.err(`clausemark: ${failure.format()}`);
      if (site)
        context.out(
          `  ${said('start-report.html-report', { index: join(options.out, 'index.html'), pages: site.pages.length })}`,
        );
      const bad = rows.filter((row) => row.fatal || row.errors > 0);
      if (bad.length > 0)
        context.out(
          palette.red(
            `\n${said(bad.length === 1 ? 'start-report.with-errors-one' : 'start-report.with-errors-many', { count: bad.length })}`,
          ),
        );
      const corpusFailed = (corpus?.failures.length ?? 0) > 0;
      const unwritten = (report.unwritten?.length ?? 0) > 0;
      if (bad.length > 0 || report.failed.length > 0 || corpusFailed || unwritten) context.exitCode = 1;
    });
}

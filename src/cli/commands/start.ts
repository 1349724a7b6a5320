// `clausemark start`, what `npm start` runs: the corpus checked and shown as a table, then every policy built with
// the board packs, the comparisons and the HTML report into out/, and what was written or failed said at the end.
import { join } from 'node:path';
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { progressBar } from '../../pipeline/progress.js';
import { discoverPolicies } from '../../io/discover.js';
import { countedId, messageTexts, told, wordCounted, wordMessage } from '../../io/messages.js';
import type { MessageParams, MessageRef } from '../../model/diagnostics.js';
import { shortCommit } from '../../io/git.js';
import { allClauses } from '../../model/walk.js';
import { builtLine, writeFailureLines } from '../build-outcome.js';
import { buildWarnings, paletteFor } from '../report.js';
import { textTable } from '../table.js';
import { cacheOption } from '../cache.js';
import type { CommandContext } from '../context.js';
import type { CorpusRow } from '../../check/corpus.js';
import type { InForce } from '../../pipeline/in-force.js';
import type { BuildJobResult } from '../../pipeline/jobs/build.js';

/** A line of `start`, worded in the run's language (templates/messages/<lang>.yaml, start-report.*). */
function said(messageId: string, params: MessageParams = {}): string {
  return wordMessage({ messageId, params });
}

/** "2 errors, 1 warning": each count with its own plural. */
function counted(base: string, count: number): MessageRef {
  return { messageId: countedId(base, count), params: { count } };
}

/** A status as a person reads it ("vastgesteld"); one clausemark does not know is shown as written. */
function statusWord(status: string): string {
  return messageTexts().has(`policy-status.${status}`) ? said(`policy-status.${status}`) : status;
}

/** The table of the corpus: a row per policy (org, title, version, status, clauses, findings), its version in force under it. */
function corpusTable(rows: readonly CorpusRow[], inForce: ReadonlyMap<string, InForce>): string {
  const findings = (row: CorpusRow): string =>
    row.fatal
      ? said('start-report.unreadable')
      : row.errors + row.warnings === 0
        ? said('start-report.clean')
        : said('start-report.errors-warnings', {
            errors: counted('check-report.errors', row.errors),
            warnings: counted('check-report.warnings', row.warnings),
          });
  return textTable(
    [
      said('start-report.org'),
      said('start-report.title'),
      said('start-report.version'),
      said('start-report.status'),
      said('start-report.clauses'),
      said('start-report.findings'),
    ],
    rows.flatMap((row) => {
      const listed = [
        [
          row.organisation || row.org,
          row.title,
          row.version,
          statusWord(row.status),
          String(row.clauses),
          findings(row),
        ],
      ];
      const found = inForce.get(row.file);
      if (found)
        listed.push([
          found.policy.meta.organisation,
          found.policy.meta.title,
          found.policy.meta.version,
          said('start-report.in-force', { commit: shortCommit(found.commit), date: found.date }),
          String(allClauses(found.policy).length),
          said('start-report.in-force-findings'),
        ]);
      return listed;
    }),
  );
}

/** Every readable policy built into `out`, with the board packs, the comparisons and the HTML report. */
async function buildCorpus(
  buildable: readonly string[],
  out: string,
  context: CommandContext,
): Promise<BuildJobResult> {
  const { buildJob } = await import('../../pipeline/jobs/build.js');
  const progress = progressBar(buildable.length, context.io.stderr);
  const built = await buildJob(buildable, {
    root: context.project.root,
    sectorRoot: context.project.sectorRoot,
    outDir: out,
    showIds: false,
    pdfa: false,
    ...cacheOption(),
    corpusReports: true,
    site: true,
    siteWhenEmpty: true,
    onProgress: (file) => progress.tick(file),
  });
  progress.done();
  return built;
}

/** What the build wrote and what failed, and the exit code: 1 when a policy has errors or anything failed. */
function sayBuilt(
  { report, corpus, site }: BuildJobResult,
  rows: readonly CorpusRow[],
  out: string,
  context: CommandContext,
): void {
  const palette = paletteFor(context.io.stdout);
  for (const failure of report.failed) context.err(`clausemark: ${told(failure.error)}`);
  for (const error of report.unwritten ?? []) context.err(`clausemark: ${told(error)}`);
  for (const warning of buildWarnings(report.built)) context.err(warning);
  for (const line of writeFailureLines(report, out)) context.err(line);
  context.out(`\n${builtLine(report, ['pdf'], `${out}/`, palette)}`);
  for (const built of report.built) context.out(`  ${built.output}`);
  for (const written of corpus?.lines ?? []) context.out(`  ${written}`);
  for (const failure of corpus?.failures ?? []) context.err(`clausemark: ${told(failure)}`);
  if (site)
    context.out(
      `  ${said('start-report.html-report', { index: join(out, 'index.html'), pages: wordCounted('build-report.pages', site.pages.length) })}`,
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
}

/** The main job on the policies in this repository: check the corpus, then build every PDF into out/. */
export function register(program: Command, context: CommandContext): void {
  const words = helpWords('start');
  program
    .command('start')
    .description(words('description'))
    .option('--out <dir>', words('opt-out'), 'out')
    .action(async (options: { out: string }) => {
      // Imported here, not at the top, so `clausemark --help` loads neither the checker nor the PDF renderer.
      const [{ summariseCorpus }, { versionsInForceOfFiles }] = await Promise.all([
        import('../../check/corpus.js'),
        import('../../pipeline/in-force.js'),
      ]);
      const rows = summariseCorpus(discoverPolicies([], ['policies']), context.project);
      const buildable = rows.filter((row) => !row.fatal).map((row) => row.file);
      // A proposal revised in place: its version in force lives in git only, and is listed under it (issue 26 item 8).
      context.out(corpusTable(rows, versionsInForceOfFiles(buildable, context.project.root)));
      sayBuilt(await buildCorpus(buildable, options.out, context), rows, options.out, context);
    });
}

// What `start` says: the table of the corpus (a row per policy, its version in force under it), under it once where a
// shallow clone leaves adoptions by hand unconfirmed or the folder is not under version control (git), then what the
// build wrote and what failed, and the exit code: 2 when the report could not be made (bad input: a people list or
// procedure.yaml that cannot be read; or a full disk), else 1 when a policy has errors or anything failed.
import { join, relative, resolve } from 'node:path';
import type { CorpusRow } from '../../check/corpus.js';
import { inGitRepository, shortCommit } from '../../io/git.js';
import { countedId, messageTexts, told, wordCounted, wordMessage } from '../../io/messages.js';
import type { BuildJobResult } from '../../jobs/build.js';
import type { Finding, MessageParams, MessageRef } from '../../model/diagnostics.js';
import type { ClausemarkError } from '../../model/errors.js';
import { allClauses } from '../../model/walk.js';
import type { InForce } from '../../report/corpus/in-force.js';
import { builtLine, removedLines, writeFailureLines } from '../build-outcome.js';
import type { CommandContext } from '../context.js';
import { buildWarnings, paletteFor } from '../report.js';
import { textTable } from '../table.js';

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

/**
 * A row that could not be checked: the file that cannot be read (the policy's own, or a procedure.yaml it falls
 * under), whose error is told under the table (sayBuilt); for a policy that reads but has fatal findings, `check` says.
 */
function unreadableCell(row: CorpusRow): string {
  const file = row.unreadable?.file;
  return file === undefined
    ? said('start-report.unreadable')
    : said('start-report.unreadable-file', { file: relative('.', file) || file });
}

/** The table of the corpus: a row per policy (org, title, version, status, clauses, findings), its version in force under it. */
export function corpusTable(rows: readonly CorpusRow[], inForce: ReadonlyMap<string, InForce>): string {
  const findings = (row: CorpusRow): string =>
    row.fatal
      ? unreadableCell(row)
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
          found.adopted
            ? said('start-report.in-force', { commit: shortCommit(found.commit), adopted: found.adopted })
            : said('start-report.in-force-undated', { commit: shortCommit(found.commit) }),
          String(allClauses(found.policy).length),
          said('start-report.in-force-findings'),
        ]);
      return listed;
    }),
  );
}

/**
 * Once, under the table: where a shallow clone cuts the git history of policies adopted without a hash, git cannot
 * tell whether their words are the ones adopted, so "vastgesteld" in the table is not confirmed; how to get the
 * history. Undefined where no policy is so.
 */
export function shallowHistoryNote(rows: readonly CorpusRow[]): string | undefined {
  const count = rows.filter((row) => row.historyShallow).length;
  return count === 0 ? undefined : `\n${wordCounted('start-report.history-shallow', count)}`;
}

/**
 * Once, under the table, where the project's folder is in no git repository: no history shows which text an adoption
 * by hand adopted, nor the versions before, so "vastgesteld" in the table is not confirmed; how to keep that evidence.
 * Undefined where the folder is in git or holds no policy.
 */
export function notInGitNote(root: string, rows: readonly CorpusRow[]): string | undefined {
  return rows.length === 0 || inGitRepository(root) ? undefined : `\n${said('start-report.not-in-git')}`;
}

/**
 * Why rows could not be checked (each file once), where the build's errors do not tell it already: the table's rows
 * point at these lines.
 */
function untoldCauses(rows: readonly CorpusRow[], report: BuildJobResult['report']): Finding[] {
  const told = new Set([...report.failed.map(({ error }) => error), ...(report.unwritten ?? [])].map(fileOf));
  const causes = new Map<string, Finding>();
  for (const { unreadable } of rows)
    if (unreadable && !told.has(fileOf(unreadable)) && !causes.has(fileOf(unreadable)))
      causes.set(fileOf(unreadable), unreadable);
  return [...causes.values()];
}

/** The file an error or finding is about, resolved; '' for none. */
function fileOf(problem: Finding | ClausemarkError): string {
  const { file } = 'finding' in problem ? problem.finding : problem;
  return file === undefined ? '' : resolve(file);
}

/**
 * What the build wrote and what failed, and the exit code: 2 when the report or the manifest could not be written
 * (a file it reads is wrong, or the disk is full), else 1 when a policy has errors or anything failed.
 */
export function sayBuilt(
  result: BuildJobResult,
  rows: readonly CorpusRow[],
  out: string,
  context: CommandContext,
): void {
  const { report, corpus, site, reportFailed } = result;
  const palette = paletteFor(context.io.stdout);
  for (const failure of report.failed) context.err(`clausemark: ${told(failure.error)}`);
  for (const error of report.unwritten ?? []) context.err(`clausemark: ${told(error)}`);
  for (const cause of untoldCauses(rows, report)) context.err(`clausemark: ${told(cause)}`);
  for (const warning of buildWarnings(report.built)) context.err(warning);
  for (const line of writeFailureLines(report, out)) context.err(line);
  context.out(`\n${builtLine(report, ['pdf'], `${out}/`, palette)}`);
  for (const built of report.built) context.out(`  ${built.output}`);
  for (const written of corpus?.lines ?? []) context.out(`  ${written}`);
  for (const failure of corpus?.failures ?? []) context.err(`clausemark: ${told(failure)}`);
  for (const note of corpus?.notes ?? []) context.err(note);
  if (site)
    context.out(
      `  ${said('start-report.html-report', { index: join(out, 'index.html'), pages: wordCounted('build-report.pages', site.pages.length) })}`,
    );
  if (site?.overview) context.out(`  ${said('start-report.overview-pdf', { file: join(out, 'overview.pdf') })}`);
  for (const index of reportFailed ?? []) context.out(`  ${said('start-report.report-failed', { index })}`);
  for (const line of removedLines(result)) context.out(line);
  const bad = rows.filter((row) => row.fatal || row.errors > 0);
  if (bad.length > 0)
    context.out(
      palette.red(
        `\n${said(bad.length === 1 ? 'start-report.with-errors-one' : 'start-report.with-errors-many', { count: bad.length })}`,
      ),
    );
  const corpusFailed = (corpus?.failures.length ?? 0) > 0;
  const unwritten = (report.unwritten?.length ?? 0) > 0;
  // What could not be written, or read (a people list, a procedure.yaml): the house's exit code of bad input, 2.
  if (unwritten) context.exitCode = 2;
  else if (bad.length > 0 || report.failed.length > 0 || corpusFailed) context.exitCode = 1;
}

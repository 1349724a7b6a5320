// What `build` prints about the build job's outcome (src/jobs/build.ts): failures and warnings on stderr, the
// summary line, the policies built as drafts, and where the HTML report is; worded from templates/messages/<lang>.yaml
// (build-report.*) in the run's language, so `start` and `serve` say their counts the same way.
import { dirname, join, relative } from 'node:path';
import type { BatchReport } from '../build/batch.js';
import type { BuildJobResult } from '../jobs/build.js';
import { removedLines as removedLinesOf } from '../jobs/build-removed.js';
import { messageLanguage, told, wordCounted, wordMessage } from '../io/messages.js';
import type { CommandContext } from './context.js';
import type { Palette } from '../render/check/text.js';
import { buildWarnings, paletteFor } from './report.js';
import { formatDecimal } from '../text/output-language.js';

function said(messageId: string, params: Record<string, string | number> = {}): string {
  return wordMessage({ messageId, params });
}

/** "3 PDFs", "1 Word document", or "2 policies" when both formats are written. */
function builtCount(formats: readonly string[], count: number): string {
  const one = count === 1;
  if (formats.length > 1) return said(one ? 'build-report.policy-one' : 'build-report.policy-many', { count });
  if (formats[0] === 'docx') return said(one ? 'build-report.docx-one' : 'build-report.docx-many', { count });
  return said(one ? 'build-report.pdf-one' : 'build-report.pdf-many', { count });
}

/** Seconds with two decimals as the run's language writes them (1.20 in English, 1,20 in Dutch). */
function secondsOf(milliseconds: number): string {
  return formatDecimal(milliseconds / 1000, messageLanguage());
}

/**
 * "built 3 PDFs in 1.20 s → out/, 2 up to date, 1 failed": the first word green, the failures red on a terminal.
 * Shared by `build` and `start`.
 */
export function builtLine(
  report: { built: readonly unknown[]; upToDate: readonly unknown[]; failed: readonly unknown[]; milliseconds: number },
  formats: readonly string[],
  where: string,
  palette: Palette,
): string {
  const what = builtCount(formats, report.built.length);
  const seconds = secondsOf(report.milliseconds);
  const summary =
    formats.length > 1
      ? said('build-report.summary-formats', { what, formats: formats.join(', '), seconds, where })
      : said('build-report.summary', { what, seconds, where });
  const upToDate = report.upToDate.length > 0 ? said('build-report.up-to-date', { count: report.upToDate.length }) : '';
  const failed =
    report.failed.length > 0 ? palette.red(said('build-report.failed', { count: report.failed.length })) : '';
  return `${palette.green(said('build-report.built'))} ${summary}${upToDate}${failed}`;
}

/**
 * After a write failed (a full disk, a folder one may not write to), which outputs are complete and which are not,
 * by file name, and for a full disk where to make room; nothing when every write succeeded. Shared by `build` and
 * `start`. A policy that failed for another reason (its text) is named by its source: it has no output to name.
 */
export function writeFailureLines(report: BatchReport, out: string): string[] {
  const unwritten = report.unwritten ?? [];
  const writeErrors = [...report.failed.map((failure) => failure.error), ...unwritten].filter(
    (error) => error.ruleId === 'unwritable-output',
  );
  if (writeErrors.length === 0) return [];
  const written = report.built.flatMap((built) => built.outputs);
  const notWritten = [
    ...report.failed.map(({ file, error }) =>
      error.ruleId === 'unwritable-output' ? (error.finding.file ?? file) : file,
    ),
    ...unwritten.map((error) => error.finding.file ?? ''),
  ].filter((name) => name !== '');
  const lines = [
    written.length > 0
      ? said('build-report.written', { files: written.join(', ') })
      : said('build-report.nothing-written'),
    said('build-report.not-written', { files: notWritten.join(', ') }),
  ];
  const diskFull = writeErrors.some((error) => error.finding.messageId === 'unwritable-output.disk-full');
  if (diskFull) lines.push(said('build-report.disk-full', { out: `${out}/` }));
  return lines;
}

/**
 * The files of the run before that the run removed, not vouching for them or made from a policy whose file is gone
 * (src/jobs/build.ts), and those of a gone policy it kept for a policy that failed, a line each.
 */
export function removedLines({ removed, gone, kept }: BuildJobResult): string[] {
  return removedLinesOf(removed, gone, kept);
}

/** Prints the outcome and returns the exit code: 1 when --strict refused, 2 when a policy failed, else 0. */
export function printBuildOutcome(
  result: BuildJobResult,
  options: { out: string; formats: readonly string[]; outFile?: string },
  context: CommandContext,
): number {
  const { out, formats } = options;
  const { refusals, report, site } = result;
  if (refusals.length > 0) {
    for (const refusal of refusals) context.err(`clausemark: ${told(refusal)}`);
    const count = refusals.length;
    context.err(said(count === 1 ? 'build-report.strict-refused-one' : 'build-report.strict-refused-many', { count }));
    return 1;
  }
  const palette = paletteFor(context.io.stdout);
  for (const failure of report.failed) context.err(`clausemark: ${told(failure.error)}`);
  for (const error of report.unwritten ?? []) context.err(`clausemark: ${told(error)}`);
  for (const warning of buildWarnings(report.built)) context.err(warning);
  for (const line of writeFailureLines(report, options.outFile ? dirname(options.outFile) : out)) context.err(line);
  // A folder ends in a slash, the one file --out named does not.
  const where = options.outFile
    ? options.outFile
    : `${report.built[0] || report.upToDate[0] ? relative('.', out) || '.' : out}/`;
  context.out(builtLine(report, formats, where, palette));
  // A policy marked approved whose text changed after its approval was built as a draft: say so, once each.
  for (const built of report.built.filter((entry) => entry.status === 'outdated')) {
    context.out(palette.red(`  ${said('build-report.outdated-draft', { output: built.output, file: built.file })}`));
  }
  // A policy marked approved without a step its procedure requires was built as a draft (docs/procedure.md).
  for (const built of report.built.filter((entry) => entry.missingSteps)) {
    context.out(
      palette.red(
        `  ${said('build-report.missing-steps-draft', { output: built.output, file: built.file, steps: built.missingSteps?.join('; ') ?? '' })}`,
      ),
    );
  }
  // A policy marked approved whose adoption is dated after today was built as a draft: that decision is not taken yet.
  for (const built of report.built.filter((entry) => entry.notYet)) {
    const params = { output: built.output, file: built.file, date: built.notYet ?? '' };
    context.out(palette.red(`  ${said('build-report.dated-draft', params)}`));
  }
  for (const line of removedLines(result)) context.out(line);
  if (site)
    context.out(
      said('build-report.report', {
        index: join(out, 'index.html'),
        pages: wordCounted('build-report.pages', site.pages.length),
        changed: site.written,
      }),
    );
  return report.failed.length > 0 || (report.unwritten?.length ?? 0) > 0 ? 2 : 0;
}

// Findings printed the way remark-lint prints them: a file heading, then `line:col  severity  message  rule`; or,
// for programs, as JSON. Both word a check rule's findings here, at the last moment (src/wording/messages.ts).
import { type CheckFinding, type Finding, formatFinding } from '../model/diagnostics.js';
import type { TextSink } from '../io/sink.js';
import { wordFinding, wordFindings, wordMessage } from '../wording/messages.js';

export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  green(text: string): string;
}

const plain: Palette = { red: (t) => t, yellow: (t) => t, dim: (t) => t, bold: (t) => t, green: (t) => t };
const ansi = (code: number, reset: number) => (text: string) => `\u001b[${code}m${text}\u001b[${reset}m`;
const coloured: Palette = {
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  green: ansi(32, 39),
};

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColour(stream: Pick<TextSink, 'isTTY'>): boolean {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return stream.isTTY === true && !noColor;
}

export function paletteFor(stream: Pick<TextSink, 'isTTY'>): Palette {
  return wantsColour(stream) ? coloured : plain;
}

/** A word of the report around the findings (templates/messages/<lang>.yaml, `check-report.*`). */
function said(messageId: string, params: Record<string, string | number> = {}): string {
  return wordMessage({ messageId, params });
}

export function formatFindings(file: string, findings: readonly CheckFinding[], palette: Palette = plain): string {
  if (findings.length === 0) return `${palette.bold(file)}: ${palette.green(said('check-report.no-issues-found'))}`;
  // The severities padded to one width, so the messages line up whatever the language's words for them.
  const [error, warning] = [said('check-report.error'), said('check-report.warning')];
  const width = Math.max(error.length, warning.length);
  const rows = findings.map(wordFinding).map((finding) => {
    const where = finding.place ? `${finding.place.start.line}:${finding.place.start.column}` : '1:1';
    const severity =
      finding.severity === 'error' ? palette.red(error.padEnd(width)) : palette.yellow(warning.padEnd(width));
    // `fix:` stays as every error prints it (formatFinding, src/model/diagnostics.ts): one marker a reader can find.
    const fix = finding.fix ? `\n${' '.repeat(where.length + 4)}${palette.dim(`fix: ${finding.fix}`)}` : '';
    return `  ${where.padEnd(8)}${severity}  ${finding.message}  ${palette.dim(finding.ruleId)}${fix}`;
  });
  return [palette.bold(file), ...rows].join('\n');
}

/** What `check --format json` prints of one file: its findings worded, each keeping messageId, fixId and params. */
export interface FileReport {
  file: string;
  findings: readonly CheckFinding[];
  errors: number;
  warnings: number;
  fatal: boolean;
}

/** A finding's fields in the order a person reads them: what, which words, where, the words. */
function inReadingOrder(finding: Finding): Finding {
  const { ruleId, severity, messageId, fixId, params, place, message, fix, ...rest } = finding;
  return { ruleId, severity, messageId, fixId, params, place, message, fix, ...rest } as Finding;
}

/** `check --format json`: every file with its findings (ids, values and words) and the totals. */
export function findingsJson(results: readonly FileReport[]): string {
  const files = results.map(({ file, findings, errors, warnings, fatal }) => ({
    file,
    errors,
    warnings,
    fatal,
    findings: wordFindings(findings).map(inReadingOrder),
  }));
  const errors = results.reduce((sum, result) => sum + result.errors, 0);
  const warnings = results.reduce((sum, result) => sum + result.warnings, 0);
  return JSON.stringify({ files, errors, warnings }, null, 2);
}

/**
 * A command's failure (a ClausemarkError's finding) as JSON, for a command run with `--format json`: its messageId,
 * fixId and params beside the words, in the form of one finding of `findingsJson`.
 */
export function failureJson(finding: Finding): string {
  return JSON.stringify({ error: inReadingOrder(finding) }, null, 2);
}

export function summaryLine(errors: number, warnings: number, palette: Palette = plain): string {
  const parts = [];
  if (errors > 0)
    parts.push(
      palette.red(said(errors === 1 ? 'check-report.errors-one' : 'check-report.errors-many', { count: errors })),
    );
  if (warnings > 0)
    parts.push(
      palette.yellow(
        said(warnings === 1 ? 'check-report.warnings-one' : 'check-report.warnings-many', { count: warnings }),
      ),
    );
  return parts.length === 0 ? palette.green(said('check-report.no-issues')) : `✖ ${parts.join(', ')}`;
}

/** The last line of `check`: the totals and how many files were checked. */
export function checkedLine(errors: number, warnings: number, files: number, palette: Palette = plain): string {
  const summary = summaryLine(errors, warnings, palette);
  return said(files === 1 ? 'check-report.in-files-one' : 'check-report.in-files-many', { summary, count: files });
}

/** The warnings of a build, each once however many policies it concerns (one brand's logo, many PDFs). */
export function buildWarnings(built: readonly { warnings?: readonly Finding[] }[]): string[] {
  const lines = new Set<string>();
  for (const policy of built) {
    for (const warning of policy.warnings ?? []) lines.add(`clausemark: warning: ${formatFinding(warning)}`);
  }
  return [...lines];
}

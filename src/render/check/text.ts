// `check`'s findings for the terminal, the way remark-lint prints them: a file heading, then
// `line:col  severity  message  rule` and the fix beneath; the totals last. A check rule's findings are worded here,
// at the last moment (src/wording/messages.ts). Colour is the caller's choice (a Palette): only a terminal gets it.
import type { CheckFinding } from '../../model/diagnostics.js';
import { findingWords, wordMessage } from '../../wording/messages.js';

export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  green(text: string): string;
}

export const PLAIN: Palette = { red: (t) => t, yellow: (t) => t, dim: (t) => t, bold: (t) => t, green: (t) => t };
const ansi = (code: number, reset: number) => (text: string) => `\u001b[${code}m${text}\u001b[${reset}m`;
export const COLOURED: Palette = {
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  green: ansi(32, 39),
};

/** A word of the report around the findings (templates/messages/<lang>.yaml, `check-report.*`). */
function said(messageId: string, params: Record<string, string | number> = {}): string {
  return wordMessage({ messageId, params });
}

export function formatFindings(file: string, findings: readonly CheckFinding[], palette: Palette = PLAIN): string {
  return findingLines(file, findings, palette).join('\n');
}

/**
 * The lines formatFindings joins: the file, then a row per finding (a row and its fix line), or the file and that it
 * has none in one line. A report of several files joins all its lines at once: joined per file first, a civil code's
 * 2 MB of rows were copied once more.
 */
export function findingLines(file: string, findings: readonly CheckFinding[], palette: Palette = PLAIN): string[] {
  if (findings.length === 0) return [`${palette.bold(file)}: ${palette.green(said('check-report.no-issues-found'))}`];
  // The severities padded to one width, so the messages line up whatever the language's words for them.
  const [error, warning] = [said('check-report.error'), said('check-report.warning')];
  const width = Math.max(error.length, warning.length);
  const [errorWord, warningWord] = [palette.red(error.padEnd(width)), palette.yellow(warning.padEnd(width))];
  const fixWord = said('finding.fix');
  const lines = [palette.bold(file)];
  for (const finding of findings) {
    const where = finding.place ? `${finding.place.start.line}:${finding.place.start.column}` : '1:1';
    // Only the words are made (findingWords), not a worded copy of each finding: a civil code has 7,700 of them.
    const { message, fix } = findingWords(finding);
    // Marked as every error marks its fix (told, src/io/messages.ts): one marker a reader can find, in their words.
    const fixLine = fix ? `\n${' '.repeat(where.length + 4)}${palette.dim(`${fixWord}: ${fix}`)}` : '';
    const severity = finding.severity === 'error' ? errorWord : warningWord;
    lines.push(`  ${where.padEnd(8)}${severity}  ${message}  ${palette.dim(finding.ruleId)}${fixLine}`);
  }
  return lines;
}

function summaryLine(errors: number, warnings: number, palette: Palette = PLAIN): string {
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
export function checkedLine(errors: number, warnings: number, files: number, palette: Palette = PLAIN): string {
  const summary = summaryLine(errors, warnings, palette);
  return said(files === 1 ? 'check-report.in-files-one' : 'check-report.in-files-many', { summary, count: files });
}

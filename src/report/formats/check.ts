// The formats of `check` (src/jobs/check.ts, over src/check/files.ts): the findings for the terminal, file by
// file with the totals last, and the same as JSON for programs. Its renderers are small and synchronous.
import { findingsJson, type FileReport } from '../../render/check/json.js';
import { checkedLine, findingLines, type Palette } from '../../render/check/text.js';
import type { ReportKind } from '../../render/shared/format-table.js';

/** What a check renderer is given: each file's findings, whether clean files are left out, and the text's colours. */
export interface CheckRenderInput {
  results: readonly FileReport[];
  /** --quiet: only the files with findings. */
  quiet: boolean;
  /** The terminal's colours, or none (src/cli/report.ts chooses). */
  palette: Palette;
}

const shown = ({ results, quiet }: CheckRenderInput): readonly FileReport[] =>
  quiet ? results.filter((result) => result.findings.length > 0) : results;

/** Each file with its findings, a blank line, then the totals over every file checked (shown or not). */
function checkText(input: CheckRenderInput): string {
  const { results, palette } = input;
  // Every file's lines joined at once (findingLines): a civil code's report is 2 MB.
  const lines = shown(input).flatMap((result) => findingLines(result.file, result.findings, palette));
  const errors = results.reduce((sum, result) => sum + result.errors, 0);
  const warnings = results.reduce((sum, result) => sum + result.warnings, 0);
  lines.push(`\n${checkedLine(errors, warnings, results.length, palette)}`);
  return lines.join('\n');
}

export const CHECK_REPORT: ReportKind<CheckRenderInput, string> = {
  command: 'check',
  formats: [
    { name: 'text', extension: 'txt', binary: false, destination: 'stdout', render: checkText },
    {
      name: 'json',
      extension: 'json',
      binary: false,
      destination: 'stdout',
      render: (input) => findingsJson(shown(input)),
    },
  ],
  fallback: 'text',
  unknown: { messageId: 'build-format.unknown', fixId: 'output-format.use' },
};

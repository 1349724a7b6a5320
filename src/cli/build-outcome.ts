// What `build` prints about the build job's outcome (src/build/jobs/build.ts): failures and warnings on stderr, the
// summary line, the policies built as drafts, and where the HTML report is.
import { join, relative } from 'node:path';
import type { OutputFormat } from '../build/formats.js';
import type { BuildJobResult } from '../build/jobs/build.js';
import type { CommandContext } from './context.js';
import { buildWarnings, paletteFor } from './report.js';

/** "PDF", "Word document", or "policy" when both are written, with a plural s. */
function noun(formats: readonly OutputFormat[], count: number): string {
  const word = formats.length > 1 ? 'policy' : formats[0] === 'docx' ? 'Word document' : 'PDF';
  if (count === 1) return word;
  return word === 'policy' ? 'policies' : `${word}s`;
}

/** Prints the outcome and returns the exit code: 1 when --strict refused, 2 when a policy failed, else 0. */
export function printBuildOutcome(
  { refusals, report, site }: BuildJobResult,
  options: { out: string; formats: readonly OutputFormat[]; outFile?: string },
  context: CommandContext,
): number {
  const { out, formats } = options;
  if (refusals.length > 0) {
    for (const refusal of refusals) context.err(`clausemark: ${refusal.format()}`);
    context.err(
      `nothing built (--strict): ${refusals.length} polic${refusals.length === 1 ? 'y claims' : 'ies claim'} an adoption its text or its procedure does not allow`,
    );
    return 1;
  }
  const palette = paletteFor(context.io.stdout);
  for (const failure of report.failed) context.err(`clausemark: ${failure.error.format()}`);
  for (const warning of buildWarnings(report.built)) context.err(warning);
  const seconds = (report.milliseconds / 1000).toFixed(2);
  // A folder ends in a slash, the one file --out named does not.
  const where = options.outFile
    ? options.outFile
    : `${report.built[0] || report.upToDate[0] ? relative('.', out) || '.' : out}/`;
  const upToDate = report.upToDate.length > 0 ? `, ${report.upToDate.length} up to date` : '';
  context.out(
    `${palette.green('built')} ${report.built.length} ${noun(formats, report.built.length)}${formats.length > 1 ? ` (${formats.join(', ')})` : ''} in ${seconds} s → ${where}${upToDate}${report.failed.length ? palette.red(`, ${report.failed.length} failed`) : ''}`,
  );
  // A policy marked approved whose text changed after its approval was built as a draft: say so, once each.
  for (const built of report.built.filter((entry) => entry.status === 'outdated')) {
    context.out(
      palette.red(
        `  ${built.output}: built as a draft (CONCEPT): ${built.file} is marked approved, but its text changed after the approval; \`clausemark check\` names the clauses`,
      ),
    );
  }
  // A policy marked approved without a step its procedure requires was built as a draft (docs/procedure.md).
  for (const built of report.built.filter((entry) => entry.missingSteps)) {
    context.out(
      palette.red(
        `  ${built.output}: built as a draft (CONCEPT): ${built.file} is marked approved, but its procedure first requires ${built.missingSteps?.join('; ')}; \`clausemark check\` says where`,
      ),
    );
  }
  if (site) context.out(`report: ${join(out, 'index.html')} (${site.pages.length} pages, ${site.written} changed)`);
  return report.failed.length > 0 ? 2 : 0;
}

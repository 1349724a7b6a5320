// What `import` says of each document: its findings, and one line of what was kept and where it was written (or,
// brought back --into its source, what changed there; exit 1 while the two sides conflict, or when the text an
// adoption covered has changed).
import { relative } from 'node:path';
import { wordMessage } from '../../io/messages.js';
import type { ImportResult } from '../../import/result.js';
import type { ImportFlags } from '../../jobs/import.js';
import type { MessageRef } from '../../model/diagnostics.js';
import { formatFindings } from '../../render/check/text.js';
import type { CommandContext } from '../context.js';
import { paletteFor } from '../report.js';

/** One document's findings and its summary line. */
export function reportResult(
  result: ImportResult,
  options: ImportFlags,
  context: CommandContext,
  summaries: {
    importSummary(result: ImportResult): MessageRef;
    broughtSummary(
      result: ImportResult,
      params: { target: string; file: string },
      dryRun: boolean,
    ): MessageRef | undefined;
  },
): void {
  const target = relative(process.cwd(), result.target) || result.target;
  context.out(formatFindings(target, result.findings, paletteFor(context.io.stdout)));
  const brought = summaries.broughtSummary(result, { target, file: result.file }, options.dryRun === true);
  if (brought) {
    // Brought back into its source: what changed there, and whether the two sides conflict (exit 1).
    context.out(wordMessage(brought));
    if (result.brought?.conflicts || result.brought?.lapsed) context.exitCode = 1;
    return;
  }
  // "Kept" is what the written policy holds; what was left out is counted apart, and so is any loss.
  context.out(wordMessage(summaries.importSummary({ ...result, target })));
}

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
  summary: (result: ImportResult) => MessageRef,
): void {
  const target = relative(process.cwd(), result.target) || result.target;
  context.out(formatFindings(target, result.findings, paletteFor(context.io.stdout)));
  if (result.brought) {
    // Brought back into its source: what changed there, and whether the two sides conflict (exit 1).
    const unchanged = !result.written && !options.dryRun;
    const { lapsed: _lapsed, ...counts } = result.brought;
    context.out(
      wordMessage({
        messageId: unchanged
          ? 'import-summary.into-unchanged'
          : result.written
            ? 'import-summary.into-wrote'
            : 'import-summary.into-would-write',
        params: { target, file: result.file, ...counts },
      }),
    );
    if (result.brought.conflicts > 0 || result.brought.lapsed) context.exitCode = 1;
    return;
  }
  // "Kept" is what the written policy holds; what was left out is counted apart, and so is any loss.
  context.out(wordMessage(summary({ ...result, target })));
}

// What `fmt` says of its results: the files written or that would change, with the IDs given, and the totals.
import type { FileFormatResult } from '../../fmt/index.js';
import { countedId, wordCounted, wordMessage } from '../../io/messages.js';
import type { CommandContext } from '../context.js';

const idCount = (results: readonly FileFormatResult[]): number =>
  results.reduce((sum, result) => sum + result.assigned.length, 0);

/** `fmt --write`: each file rewritten, then how many files and IDs. */
export function sayWritten(results: readonly FileFormatResult[], context: CommandContext): void {
  const written = results.filter((result) => result.written);
  for (const result of written)
    context.out(
      result.assigned.length > 0
        ? wordCounted('fmt-report.file-assigned', result.assigned.length, { file: result.file })
        : result.file,
    );
  context.out(
    wordMessage({
      messageId: 'fmt-report.formatted',
      params: {
        files: { messageId: countedId('fmt-report.files', written.length), params: { count: written.length } },
        ids: { messageId: countedId('fmt-report.ids', idCount(written)), params: { count: idCount(written) } },
      },
    }),
  );
}

/** `fmt` and `fmt --check`: the files that would change, and with --check exit 1 when any would. */
export function sayWouldChange(results: readonly FileFormatResult[], check: boolean, context: CommandContext): void {
  const changed = results.filter((result) => result.changed);
  for (const result of changed) {
    const file = check
      ? `✖ ${result.file}`
      : wordMessage({ messageId: 'fmt-report.would-format', params: { file: result.file } });
    context.out(
      result.assigned.length > 0 ? wordCounted('fmt-report.file-to-assign', result.assigned.length, { file }) : file,
    );
  }
  if (changed.length === 0) context.out(wordCounted('fmt-report.already-formatted', results.length));
  else context.out(wordCounted('fmt-report.would-change', changed.length, { total: results.length }));
  if (check && changed.length > 0) context.exitCode = 1;
}

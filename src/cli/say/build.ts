// What `build --at DATE` says: each policy's version in force on the date (or that there was none) with the files
// written for it, and the page listing them.
import { relative, sep } from 'node:path';
import { told, wordMessage } from '../../io/messages.js';
import { type InForceEntry, type InForceJobResult, sourceWords } from '../../jobs/build-at.js';
import type { CommandContext } from '../context.js';

/** The line under a version whose text may not be the one in force on `at` (src/jobs/build-at.ts textUnsure). */
function textUnsureLine(entry: InForceEntry, file: string, at: string): string {
  const shown = relative('.', file).split(sep).join('/') || file;
  const begins = entry.textUnsure?.historyFrom;
  return begins
    ? wordMessage({ messageId: 'in-force-report.text-before-history-line', params: { date: at, file: shown, begins } })
    : wordMessage({ messageId: 'in-force-report.text-not-in-git-line', params: { date: at, file: shown } });
}

/** The lines of the versions in force, and the exit code: 2 when a policy could not be built. */
export function sayInForce(result: InForceJobResult, context: CommandContext): number {
  for (const failure of result.failed) context.err(`clausemark: ${told(failure.error)}`);
  for (const entry of result.entries) {
    const { version } = entry;
    context.out(
      version
        ? wordMessage({
            messageId: 'in-force-report.line',
            params: {
              org: entry.org,
              title: entry.title,
              version: version.policy.meta.version,
              adopted: version.adoption.date,
              from: version.inForceFrom,
              source: sourceWords(version.source),
              output: entry.outputs.map((output) => relative('.', output)).join(', '),
            },
          })
        : entry.historyFrom
          ? wordMessage({
              messageId: 'in-force-report.before-history-line',
              params: { org: entry.org, title: entry.title, begins: entry.historyFrom },
            })
          : wordMessage({
              messageId: 'in-force-report.none-line',
              params: { org: entry.org, title: entry.title, date: result.at },
            }),
    );
    if (version && entry.textUnsure) context.out(textUnsureLine(entry, version.source.file, result.at));
  }
  context.out(
    wordMessage({
      messageId: 'in-force-report.summary',
      params: {
        count: String(result.entries.filter((entry) => entry.version).length),
        total: String(result.entries.length),
        date: result.at,
        page: relative('.', result.page),
      },
    }),
  );
  return result.failed.length > 0 ? 2 : 0;
}

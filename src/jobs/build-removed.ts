// What `build`, `start` and `serve --watch` say of the files of the run before that a run removed because it could
// not vouch for them (src/build/manifest-prune.ts, src/report/corpus/record.ts): a line each, in the one wording
// (templates/messages/<lang>.yaml, build-report.removed) and the run's language.
import { wordMessage } from '../io/messages.js';

/** The files removed, a line each, indented under the summary. */
export function removedLines(removed: readonly string[] | undefined): string[] {
  return (removed ?? []).map((file) => `  ${wordMessage({ messageId: 'build-report.removed', params: { file } })}`);
}

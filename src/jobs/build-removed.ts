// What `build`, `start` and `serve --watch` say of the files of the run before that a run removed because it could
// not vouch for them (src/build/manifest-prune.ts, src/report/corpus/record.ts), or because the policy they were
// made from is gone (removeOutputsOfGone): a line each, in the one wording (templates/messages/<lang>.yaml,
// build-report.removed and build-report.removed-gone) and the run's language.
import { wordMessage } from '../io/messages.js';

/** The files removed (`gone`: those of a policy whose file is gone), a line each, indented under the summary. */
export function removedLines(removed: readonly string[] | undefined, gone?: readonly string[]): string[] {
  const said = (messageId: string) => (file: string) => `  ${wordMessage({ messageId, params: { file } })}`;
  return [...(removed ?? []).map(said('build-report.removed')), ...(gone ?? []).map(said('build-report.removed-gone'))];
}

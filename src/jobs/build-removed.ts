// What `build`, `start` and `serve --watch` say of the files of the run before that a run removed because it could
// not vouch for them (src/build/manifest-prune.ts, src/report/corpus/record.ts), or because the policy they were
// made from is gone (removeOutputsOfGone), and of those of a gone policy it kept because a policy that failed now
// would replace them, or may: a line each, in the one wording (templates/messages/<lang>.yaml, build-report.removed,
// build-report.removed-gone, build-report.kept-gone and build-report.kept-gone-unread) and the run's language.
import { relative } from 'node:path';
import type { KeptOutput } from '../build/manifest-prune.js';
import { wordMessage } from '../io/messages.js';

/**
 * The files removed (`gone`: those of a policy whose file is gone) and those of a gone policy kept, a line each,
 * indented under the summary.
 */
export function removedLines(
  removed: readonly string[] | undefined,
  gone?: readonly string[],
  kept?: readonly KeptOutput[],
): string[] {
  const said = (messageId: string) => (file: string) => `  ${wordMessage({ messageId, params: { file } })}`;
  const keptLine = ({ file, policies, unread }: KeptOutput): string => {
    const named = policies.map((policy) => relative('.', policy) || policy).join(', ');
    const messageId = unread ? 'build-report.kept-gone-unread' : 'build-report.kept-gone';
    return `  ${wordMessage({ messageId, params: { file, policies: named } })}`;
  };
  return [
    ...(removed ?? []).map(said('build-report.removed')),
    ...(gone ?? []).map(said('build-report.removed-gone')),
    ...(kept ?? []).map(keptLine),
  ];
}

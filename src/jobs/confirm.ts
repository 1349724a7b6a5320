// `clausemark confirm` as a library job, and what `clausemark serve` does when a person presses "confirm" or
// "reject" beside a possible match, or "confirm absent" in the review queue: the same job, run in the project on
// the policies under policies/ as they are.
import { randomBytes } from 'node:crypto';
import { relative } from 'node:path';
import {
  type AbsenceResult,
  type ConfirmResult,
  confirmAbsence,
  confirmPairing,
  confirmTopic,
  parseClauseReference,
  type TopicVerdictResult,
} from '../compare/confirm/confirm.js';
import type { TopicVerdictKind, Verdict } from '../compare/read/confirmations.js';
import type { ConfirmEndpoint } from '../io/confirm-buttons.js';
import { discoverPolicies } from '../io/discover.js';
import type { Project } from '../io/project.js';
import { wordMessage } from '../io/messages.js';
import { loadBuildablePolicy } from '../build/policy.js';

/** The policies in `paths` (default: policies/), read as a build reads them, with the procedures of `root`. */
function policiesIn(paths: readonly string[], root: string | undefined) {
  return discoverPolicies([...paths], ['policies']).map((file) => loadBuildablePolicy(file, root));
}

/**
 * Records a verdict on two clauses (ORG:CLAUSE-ID each) of the policies in `paths` (default: policies/). `root`: the
 * command's project root, whose procedures the policies are read with (default: the project around the working folder).
 */
export function confirmJob(
  paths: readonly string[],
  verdict: Verdict,
  first: string,
  second: string,
  root?: string,
): ConfirmResult {
  return confirmPairing(
    policiesIn(paths, root),
    verdict,
    parseClauseReference(first, first),
    parseClauseReference(second, second),
  );
}

/**
 * Records that organisation `org` has no rule on `topic`: a topic id of its kind's topic list (the project's), or a
 * provision named by a clause of another organisation (OTHER:CLAUSE-ID).
 */
export function confirmAbsenceJob(
  paths: readonly string[],
  org: string,
  topic: string,
  project: Project,
): AbsenceResult {
  return confirmAbsence(policiesIn(paths, project.root), org, topic, { root: project.root });
}

/**
 * Records that a clause (ORG:CLAUSE-ID) covers a topic id of its kind's topic list (`on-topic`), or does not
 * (`off-topic`): compare then follows the answer instead of the topic's signals until the clause's text changes.
 */
export function confirmTopicJob(
  paths: readonly string[],
  verdict: TopicVerdictKind,
  clause: string,
  topic: string,
  project: Project,
): TopicVerdictResult {
  return confirmTopic(policiesIn(paths, project.root), verdict, parseClauseReference(clause, clause), topic, {
    root: project.root,
  });
}

/** The confirm/reject buttons' endpoint for `clausemark serve`: a new token per run, the job above behind it. */
export function confirmEndpoint(project: Project): ConfirmEndpoint {
  return {
    token: randomBytes(24).toString('hex'),
    record(verdict, first, second) {
      if (verdict === 'absent') {
        const result = confirmAbsenceJob([], first, second, project);
        const file = relative(process.cwd(), result.file);
        return wordMessage({ messageId: 'confirm-reply.absent', params: { first, second, file } });
      }
      if (verdict === 'on-topic' || verdict === 'off-topic') {
        const file = relative(process.cwd(), confirmTopicJob([], verdict, first, second, project).file);
        return wordMessage({
          messageId: verdict === 'on-topic' ? 'confirm-reply.on-topic' : 'confirm-reply.off-topic',
          params: { first, second, file },
        });
      }
      const result = confirmJob([], verdict, first, second, project.root);
      const file = relative(process.cwd(), result.file);
      const messageId = verdict === 'same' ? 'confirm-reply.same' : 'confirm-reply.different';
      return wordMessage({ messageId, params: { first, second, file } });
    },
  };
}

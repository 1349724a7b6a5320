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
import type { ConfirmEndpoint, ConfirmVerdict } from '../io/confirm-buttons.js';
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

/**
 * Records a verdict as `clausemark confirm` does for each of its forms: `same` / `different` on two clauses
 * (ORG:CLAUSE-ID each), `absent` for organisation `first` and topic (or OTHER:CLAUSE-ID) `second`, `on-topic` /
 * `off-topic` for clause `first` and topic `second`. What serve's buttons and the workplace's forms record.
 */
export function confirmVerdictJob(
  paths: readonly string[],
  verdict: ConfirmVerdict,
  first: string,
  second: string,
  project: Project,
): { file: string } {
  if (verdict === 'absent') return confirmAbsenceJob(paths, first, second, project);
  if (verdict === 'on-topic' || verdict === 'off-topic') return confirmTopicJob(paths, verdict, first, second, project);
  return confirmJob(paths, verdict, first, second, project.root);
}

/** The confirm/reject buttons' endpoint for `clausemark serve`: a new token per run, the job above behind it. */
export function confirmEndpoint(project: Project): ConfirmEndpoint {
  return {
    token: randomBytes(24).toString('hex'),
    record(verdict, first, second) {
      const file = relative(process.cwd(), confirmVerdictJob([], verdict, first, second, project).file);
      const messageId = {
        absent: 'confirm-reply.absent',
        'on-topic': 'confirm-reply.on-topic',
        'off-topic': 'confirm-reply.off-topic',
        same: 'confirm-reply.same',
        different: 'confirm-reply.different',
      }[verdict];
      return wordMessage({ messageId, params: { first, second, file } });
    },
  };
}

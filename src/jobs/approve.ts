// `clausemark approve` as a library job: read the policy, refuse what `check` rejects, record the approval. An
// approval binds a text: a file with an unresolved upgrade conflict (both texts in it) or frontmatter of the wrong
// types would be adopted as it stands and printed "Vastgesteld", so it is refused until `check` passes.
import { approveSource, type ApproveRequest, type ApproveResult } from './approve-record.js';
import { checkParsed } from '../check/index.js';
import { editedFile, writeFileAtomic } from '../io/atomic.js';
import { withFileLock } from '../io/lock.js';
import { encodeSource } from '../io/read.js';
import { RULES } from '../check/rules/index.js';
import { refusedBecause } from '../io/messages.js';
import type { Project } from '../io/project.js';
import { ClausemarkError } from '../model/errors.js';
import { adoptionOf } from '../model/adoption.js';
import { loadPolicy, parsePolicy } from '../parse/index.js';
import { gitEvidence } from '../procedure/adoption-git.js';
import { attachProcedure } from '../procedure/attach.js';
import { todayIso } from '../procedure/evaluate.js';
import { wordFinding } from '../wording/messages.js';

/**
 * The errors an approval itself resolves: recording it is how they are fixed, so they cannot stop it. A step missing
 * at an adoption, unanswered, refused or dated after it is recorded with `approve --step`, and the adoption recorded
 * again after it; the adoption itself is still held to its procedure (src/procedure/approve-check.ts).
 */
const RESOLVED_BY_APPROVING = new Set([
  'approval-outdated',
  'approved-without-approvals',
  'procedure-missing-step',
  'procedure-silence',
  'procedure-order',
  'procedure-consent-refused',
]);
const RULES_BEFORE_APPROVING = RULES.filter((rule) => !RESOLVED_BY_APPROVING.has(rule.id));

export interface ApproveOutcome extends ApproveResult {
  /** The file's encoding, to write the result back as it was read. */
  encoding: ReturnType<typeof loadPolicy>['encoding'];
}

/** Approves `file` in `project`: the procedures the step is held to and those `check` refuses by are the project's. */
export function approveFile(file: string, request: ApproveRequest, project: Project): ApproveOutcome {
  const parsed = loadPolicy(file);
  // approveSource first: its own refusals (unreadable, empty, a bad --date or --name) are the more precise ones.
  const result = approveSource(parsed, request, project);
  const found = checkParsed(parsed, RULES_BEFORE_APPROVING, { project }).findings.find(
    (finding) => finding.severity === 'error',
  );
  // Worded first, so the refusal keeps the rule's own fix ("resolve the conflict …").
  const rejected = found && wordFinding(found);
  if (rejected)
    throw ClausemarkError.of({
      ...rejected,
      file,
      ...refusedBecause(rejected, 'unreadable-policy.cannot-approve-rejected', 'unreadable-policy.fix-errors-first'),
      ruleId: rejected.ruleId,
    });
  return { ...result, encoding: parsed.encoding };
}

/** The approval as the command line gives it: the date defaults to today; --force replaces a file not writable. */
export interface ApproveOptions extends Omit<ApproveRequest, 'date'> {
  date?: string;
  force?: boolean;
}

/**
 * `clausemark approve FILE`: the approval recorded and the file written back in its encoding. Read under the file's
 * lock: approvals recorded at the same moment (a board's members in two terminals) each start from the file as the
 * previous one left it, so none is lost.
 */
export function approveJob(file: string, options: ApproveOptions, project: Project): ApproveOutcome {
  const { force, date, step, ...request } = options;
  return withFileLock(editedFile(file), () => {
    const approved = approveFile(file, { ...request, date: date ?? todayIso(), ...(step ? { step } : {}) }, project);
    writeFileAtomic(file, encodeSource(approved.source, approved.encoding), {
      force: force === true,
      forceOption: '--force',
      edit: true,
    });
    return approved;
  });
}

/** Why git cannot confirm an adoption without a hash: a shallow clone, or a move it does not follow (its commit). */
export type HistoryCut = { shallow: true } | { notFollowed: string };

/**
 * Where the policy, as `approve` left it, stands adopted today by a row without a hash and git's history is cut
 * before the commit that wrote that row down (src/procedure/adoption-git.ts): why git cannot confirm it, as `check`
 * and every output say it, so the approval just recorded is not read as confirming the text adopted. Undefined where
 * the adoption records a hash (as one recorded now does) or git can tell.
 */
export function historyCutAfter(file: string, { source }: ApproveOutcome, project: Project): HistoryCut | undefined {
  const day = todayIso();
  const parsed = parsePolicy(source, { path: file });
  if (parsed.findings.some((finding) => finding.fatal)) return undefined;
  attachProcedure(parsed.policy, project.root);
  if (adoptionOf(parsed.policy, day).status !== 'approved') return undefined;
  const evidence = gitEvidence(file, parsed.policy, day);
  if (evidence?.notFollowed) return { notFollowed: evidence.notFollowed.commit };
  return evidence?.shallow ? { shallow: true } : undefined;
}

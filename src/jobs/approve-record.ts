// `approve`: append an approval row that records the hash of the text being approved, and move the status along.
import { isSeq, type Document } from 'yaml';
import { ClausemarkError } from '../model/errors.js';
import { errorById, refusedBecause } from '../io/messages.js';
import type { Approval, PolicyStatus } from '../model/policy.js';
import { approvalHash } from '../model/fingerprint.js';
import { adopts } from '../model/adoption.js';
import { parsePolicy, type ParseResult } from '../parse/index.js';
import { editFrontmatter } from '../parse/frontmatter-edit.js';
import { isCalendarDate } from '../model/dates.js';
import { allClauses } from '../model/walk.js';
import { findProject, type Project } from '../io/project.js';
import { checkStepAgainstProcedure, type StepRequest } from '../procedure/approve-check.js';
import { todayIso } from '../procedure/evaluate.js';
import { proceduresFor } from '../procedure/load.js';
import { namedKind } from '../model/kind.js';
import { refuseFutureDecision, refuseRecordedBefore, refuseUnknownOutcome } from './approve-truth.js';

/** The row asked for: who, in what role, on what date, at which step of the procedure, and the rest of its fields. */
export interface ApproveRequest extends StepRequest {
  outcome?: string;
  asked?: string;
  minutes?: string;
}

export interface ApproveResult {
  source: string;
  approval: Approval;
  status: { from: PolicyStatus; to: PolicyStatus };
}

/** The adopting step (src/model/adoption.ts) adopts the policy; earlier steps (advies, instemming) make a draft a proposal. */
function nextStatus(current: PolicyStatus, step: string | undefined): PolicyStatus {
  if (adopts({ step })) return 'approved';
  return current === 'draft' ? 'proposed' : current;
}

/**
 * What stops an approval before anything is written: a policy that cannot be read, one with no text, a date that is
 * no calendar date or lies after `today`, an --asked after it, an outcome no procedure knows, no name or role, a
 * retired policy.
 */
function refuseApproval(parsed: ParseResult, request: ApproveRequest, today: string): void {
  const { policy } = parsed;
  const file = policy.path;
  const fatal = parsed.findings.find((finding) => finding.fatal);
  if (fatal) {
    // Name the fault itself, at its line and column: "cannot be read" alone sends the author hunting.
    throw ClausemarkError.of({
      ...fatal,
      file,
      ...refusedBecause(fatal, 'unreadable-policy.cannot-approve', 'unreadable-policy.fix-errors-first'),
      ruleId: 'unreadable-policy',
    });
  }
  if (allClauses(policy).length === 0 && policy.sections.length === 0) {
    throw errorById(
      { messageId: 'empty-policy.nothing-to-approve', fixId: 'empty-policy.write-text' },
      { place: { file }, ruleId: 'empty-policy' },
    );
  }
  if (!isCalendarDate(request.date)) {
    throw errorById(
      { messageId: 'invalid-date.not-a-date', fixId: 'invalid-date.write-date', params: { date: request.date } },
      { place: { argument: '--date' }, ruleId: 'invalid-date' },
    );
  }
  refuseFutureDecision(request.date, today);
  refuseAsked(request);
  refuseUnknownOutcome(request.outcome);
  for (const [field, value] of [
    ['--name', request.name],
    ['--role', request.role],
  ] as const) {
    if (value.trim() === '')
      throw errorById(
        { messageId: 'missing-argument.empty', fixId: 'missing-argument.say-who', params: { argument: field } },
        { place: { argument: field }, ruleId: 'missing-argument' },
      );
  }
  if (policy.meta.status === 'retired') {
    throw errorById(
      { messageId: 'retired-policy.cannot-approve', fixId: 'retired-policy.new-version' },
      { place: { file }, ruleId: 'retired-policy' },
    );
  }
}

/** An --asked that is no calendar date, or that lies after the day decided: a step is asked before it is decided. */
function refuseAsked({ asked, date }: ApproveRequest): void {
  const day = asked?.trim();
  if (!day) return;
  if (!isCalendarDate(day))
    throw errorById(
      { messageId: 'invalid-date.not-a-date', fixId: 'invalid-date.write-date', params: { date: day } },
      { place: { argument: '--asked' }, ruleId: 'invalid-date' },
    );
  if (day > date)
    throw errorById(
      {
        messageId: 'approval-asked-after-decision.refused',
        fixId: 'approval-asked-after-decision.give-dates',
        params: { asked: day, date },
      },
      { place: { argument: '--asked' }, ruleId: 'approval-asked-after-decision' },
    );
}

/** The approval row as written: the request's fields trimmed, the body the procedure check found (the hash apart). */
function approvalRow(request: ApproveRequest, body: string | undefined): Approval {
  const approval: Approval = { date: request.date, name: request.name.trim(), role: request.role.trim() };
  if (request.step) approval.step = request.step.trim();
  if (body) approval.body = body;
  for (const field of ['part', 'outcome', 'asked', 'minutes'] as const) {
    const value = request[field]?.trim();
    if (value) approval[field] = value;
  }
  return approval;
}

/**
 * `project`: the command's, whose procedures the step is held against (default: the one around the working folder);
 * `today`: the day a decision dated after is not taken yet (src/procedure/evaluate.ts todayIso).
 */
export function approveSource(
  parsed: ParseResult,
  request: ApproveRequest,
  project: Project = findProject(),
  today: string = todayIso(),
): ApproveResult {
  const { policy } = parsed;
  const file = policy.path;
  refuseApproval(parsed, request, today);
  // Checked against the procedure of the policy's kind, when it names one (src/procedure/approve-check.ts).
  const body = checkStepAgainstProcedure(
    policy,
    { ...request, ...(request.part ? { part: request.part.trim() } : {}) },
    project.root,
  );
  const approval = approvalRow(request, body);
  const procedures = namedKind(policy) === undefined ? undefined : proceduresFor(file, project.root);
  refuseRecordedBefore(policy, approval, procedures, today);
  approval.hash = approvalHash(policy);
  const to = nextStatus(policy.meta.status, request.step);
  const source = editFrontmatter(policy.source, file, (doc: Document) => {
    const row = doc.createNode(approval);
    const existing = doc.get('approvals', true);
    if (isSeq(existing)) existing.add(row);
    else doc.set('approvals', doc.createNode([approval]));
    if (to !== policy.meta.status) doc.set('status', to);
  });
  // Safety net: the edited file must parse to the same policy text plus exactly one more approval.
  const check = parsePolicy(source, { path: file }).policy;
  if (approvalHash(check) !== approval.hash || check.meta.approvals.length !== policy.meta.approvals.length + 1) {
    throw errorById({ messageId: 'lossy-edit.approval-changed-policy' }, { place: { file }, ruleId: 'lossy-edit' });
  }
  return { source, approval, status: { from: policy.meta.status, to } };
}

// Holds a policy's recorded approvals against the procedure for its kind: which steps were taken, which are missing
// at its adoption, which came after it or before a step the procedure puts ahead of it, which were asked and never
// answered (silence is never consent), a negative advice without the board's reasons, a refused consent adopted over without a dispute outcome, a term run out and
// a review overdue. A step counts for the text its recorded hash names: a consent given for other words is no consent
// to these. A step dated after today is a decision not taken yet. Pure: the procedures and today's date are given,
// so check, approve, build and agenda agree.
import { isAdoptingStep } from '../model/adoption.js';
import { hashMatches, READINGS_UNIFIED_ON } from '../model/fingerprint.js';
import type { Policy } from '../model/policy.js';
import { isCalendarDate, localDay } from '../model/dates.js';
import { addDuration } from './duration.js';
import {
  type KindProcedure,
  type Level,
  LEVELS,
  OUTCOMES,
  type Outcome,
  type Part,
  PARTS,
  type ProcedureStep,
  RIGHTS,
  type Right,
  type SectorProcedures,
} from './types.js';
import type { MessageParams } from '../model/diagnostics.js';
import { thisPolicy } from './kind-phrase.js';
import { namedKind } from '../model/kind.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';

/** An approval row as the procedure reads it; `index` is its place in `approvals`. */
export interface StepRecord {
  index: number;
  right?: Right;
  body?: string;
  part: Part;
  outcome?: Outcome;
  asked?: string;
  /** The date decided; absent while the step is only asked. */
  decided?: string;
  reasons?: string;
  dispute?: string;
  /** The hash of the text it was given for, as `approve` records it. */
  hash?: string;
}

export type StepState = 'done' | 'waiting' | 'missing' | 'late' | 'refused';

export interface StepStatus {
  step: ProcedureStep;
  /** The body that takes it for this policy ("raad" resolved by level). */
  body: string;
  state: StepState;
  record?: StepRecord;
  /** For a waiting step: when its term runs out. */
  due?: string;
  /** For a step not done: the last one decided on the text of another hash, which does not count for this text. */
  otherText?: StepRecord;
}

export type ReviewSource = 'policy' | 'law' | 'procedure';

export type ProcedureFindingCode =
  | 'unknown-kind'
  | 'missing-step'
  | 'silence'
  | 'order'
  | 'step-order'
  | 'advice-reasons'
  | 'consent-refused'
  | 'term-expired'
  | 'review-overdue';

export interface ProcedureFinding {
  code: ProcedureFindingCode;
  /** The message of its rule that says it, when not the rule's usual one. */
  message?: string;
  /** The approval row it is about; none for the front matter's kind or review. */
  approval?: number;
  field?: 'kind' | 'review';
  params: MessageParams;
}

export interface ProcedureReport {
  kind: string;
  procedure?: KindProcedure;
  level: Level;
  steps: StepStatus[];
  /** The adoption row, when there is one. */
  adoption?: StepRecord;
  /** Every approval row as the procedure reads it. */
  records?: StepRecord[];
  /** Required steps (advies, instemming) not taken before the adoption: the policy is not adopted. */
  missing: StepStatus[];
  nextReview?: string;
  /**
   * Where the next review comes from: the policy's own `review` (a date or interval), the law's cycle its procedure
   * names (`reviewBasis`), or its procedure's default.
   */
  reviewFrom?: ReviewSource;
  /** For a review from the law: the article that sets its cycle ("WPO art. 13a lid 1"). */
  reviewBasis?: string;
  findings: ProcedureFinding[];
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

/** The body named in `text`, by its names in the procedure file (the longest name first, as whole words). */
export function bodyNamed(text: string, procedures: SectorProcedures): string | undefined {
  const names = Object.entries(procedures.bodies)
    .flatMap(([body, aliases]) => [body, ...aliases].map((alias) => ({ body, alias })))
    .sort((a, b) => b.alias.length - a.alias.length);
  for (const { body, alias } of names) {
    if (new RegExp(`(^|[^\\p{L}])${escapeRegExp(alias)}($|[^\\p{L}])`, 'iu').test(text)) return body;
  }
  return undefined;
}

/** The approval rows of the front matter as the procedure reads them. */
export function stepRecords(policy: Policy, procedures: SectorProcedures): StepRecord[] {
  const rows = policy.frontmatter?.data.approvals;
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: unknown, index): StepRecord[] => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) return [];
    const data = row as Record<string, unknown>;
    const step = textOf(data.step)?.toLowerCase();
    const named = textOf(data.body);
    const body = named
      ? (bodyNamed(named, procedures) ?? named)
      : bodyNamed(`${textOf(data.role) ?? ''} ${textOf(data.name) ?? ''}`, procedures);
    let right: Right | undefined;
    if (step && (RIGHTS as readonly string[]).includes(step)) right = step as Right;
    else if (step && isAdoptingStep(step)) right = 'vaststelling';
    else if (!step && body === 'bestuur') right = 'vaststelling';
    const part = textOf(data.part)?.toLowerCase();
    const outcome = textOf(data.outcome)?.toLowerCase();
    const decided = textOf(data.date);
    const record: StepRecord = {
      index,
      part: (PARTS as readonly string[]).includes(part ?? '') ? (part as Part) : 'whole',
    };
    if (right) record.right = right;
    if (body) record.body = body;
    if (outcome && (OUTCOMES as readonly string[]).includes(outcome)) record.outcome = outcome as Outcome;
    else if (outcome || (part && !(PARTS as readonly string[]).includes(part))) delete record.right;
    else if (decided) record.outcome = 'positief';
    const asked = textOf(data.asked);
    if (asked) record.asked = asked;
    if (decided) record.decided = decided;
    const reasons = textOf(data.reasons);
    if (reasons) record.reasons = reasons;
    const dispute = textOf(data.dispute);
    if (dispute) record.dispute = dispute;
    const hash = textOf(data.hash);
    if (hash) record.hash = hash;
    return [record];
  });
}

function levelOf(policy: Policy, procedure: KindProcedure | undefined): Level {
  const written = textOf(policy.frontmatter?.data.level)?.toLowerCase();
  if (written && (LEVELS as readonly string[]).includes(written)) return written as Level;
  return procedure?.level ?? 'school';
}

/** The body that takes a step for a policy of `level`. */
export function stepBody(step: ProcedureStep, level: Level, procedures: SectorProcedures): string {
  return step.body === 'raad' ? procedures.councils[level] : step.body;
}

function statusOf(
  step: ProcedureStep,
  body: string,
  records: { counted: StepRecord[]; other: StepRecord[] },
  adoption: StepRecord | undefined,
): StepStatus {
  const isStep = (record: StepRecord) =>
    record.right === step.right && record.body === body && record.part === step.part;
  const status = stateOf(step, body, records.counted.filter(isStep), adoption);
  const otherText = records.other.filter((record) => isStep(record) && record.decided).at(-1);
  if (otherText && status.state !== 'done') status.otherText = otherText;
  return status;
}

/** Where a step stands on the rows given for this text (`mine`). */
function stateOf(step: ProcedureStep, body: string, mine: StepRecord[], adoption: StepRecord | undefined): StepStatus {
  const decided = mine.filter((record) => record.decided);
  const before = adoption?.decided ? decided.filter((record) => record.decided! <= adoption.decided!) : decided;
  const last = before.at(-1);
  if (last) {
    if (step.right === 'instemming' && last.outcome === 'negatief' && !last.dispute)
      return { step, body, state: 'refused', record: last };
    return { step, body, state: 'done', record: last };
  }
  const late = decided.at(-1);
  if (late) return { step, body, state: 'late', record: late };
  const waiting = mine.find((record) => record.asked && !record.decided);
  if (waiting) {
    const status: StepStatus = { step, body, state: 'waiting', record: waiting };
    const due = addDuration(waiting.asked!, step.term);
    if (due) status.due = due;
    return status;
  }
  return { step, body, state: 'missing' };
}

/** Whether two recorded hashes were made the same way on the same reading: only then do different hashes mean different words. */
function comparable(a: StepRecord, b: StepRecord): boolean {
  const scheme = (hash: string) => hash.slice(0, hash.indexOf(':') + 1);
  const unified = (date: string | undefined) => date !== undefined && date > READINGS_UNIFIED_ON;
  return scheme(a.hash!) === scheme(b.hash!) && unified(a.decided) && unified(b.decided);
}

/**
 * Whether a step was given for the text the procedure is judged on: the text the adoption recorded, or, before any
 * adoption, the file's. A row without a hash (written by hand) cannot be held to a text and counts, as it does
 * against an adoption written by hand; so does one whose hash cannot be compared with the adoption's.
 */
function givenForText(policy: Policy, record: StepRecord, adoption: StepRecord | undefined): boolean {
  if (!record.hash || record.hash === adoption?.hash || (adoption && !adoption.hash)) return true;
  if (!adoption?.hash || hashMatches(policy, adoption.hash, adoption.decided))
    return hashMatches(policy, record.hash, record.decided);
  return !comparable(record, adoption);
}

function describe(status: StepStatus): Record<string, string> {
  return {
    right: status.step.right,
    body: status.body,
    part: status.step.part === 'whole' ? '' : ` (${status.step.part})`,
    basis: status.step.basis,
  };
}

/** Each required step not taken before the adoption, said as what went wrong with it: late, refused, unanswered or missing. */
function missingStepFindings(missing: StepStatus[], adoption: StepRecord): ProcedureFinding[] {
  return missing.map((status): ProcedureFinding => {
    const params = { ...describe(status), adopted: adoption.decided! };
    if (status.state === 'late')
      return { code: 'order', approval: status.record!.index, params: { ...params, date: status.record!.decided! } };
    if (status.state === 'refused')
      return {
        code: 'consent-refused',
        approval: adoption.index,
        params: { ...params, date: status.record!.decided! },
      };
    if (status.state === 'waiting')
      return { code: 'silence', approval: adoption.index, params: { ...params, asked: status.record!.asked! } };
    // A consent on record for other words: said, so the reader sees why the one in the list does not count.
    if (status.otherText)
      return {
        code: 'missing-step',
        message: 'other-text',
        approval: adoption.index,
        params: { ...params, given: status.otherText.decided! },
      };
    return { code: 'missing-step', approval: adoption.index, params };
  });
}

/** A negative advice the adoption follows needs reasons, on the advice or on the adoption. */
function adviceReasonFindings(required: StepStatus[], adoption: StepRecord): ProcedureFinding[] {
  const findings: ProcedureFinding[] = [];
  for (const status of required) {
    const record = status.record;
    if (
      status.state === 'done' &&
      status.step.right === 'advies' &&
      record?.outcome === 'negatief' &&
      !record.reasons &&
      !adoption.reasons
    )
      findings.push({
        code: 'advice-reasons',
        approval: record.index,
        params: { ...describe(status), date: record.decided! },
      });
  }
  return findings;
}

/**
 * Whether two steps are one stage: the same right of the same council, asked of two of its parts (a vo school's
 * privacyreglement needs the parents' part's consent and the pupils' part's, WMS art. 14 lid 2 and 3): the law orders
 * neither before the other.
 */
const oneStage = (a: StepStatus, b: StepStatus): boolean =>
  a.body === b.body && a.step.right === b.step.right && a.step.part !== b.step.part;

/** The steps taken in the order of the procedure: one dated before a step the procedure puts ahead of it is said. */
function stepOrderFindings(steps: StepStatus[]): ProcedureFinding[] {
  const findings: ProcedureFinding[] = [];
  let latest: StepStatus | undefined;
  // The latest step of the stages before `latest`'s: what a step of the same stage as `latest` must follow.
  let beforeStage: StepStatus | undefined;
  for (const status of steps) {
    const decided = status.state === 'done' || status.state === 'late' ? status.record?.decided : undefined;
    if (!decided) continue;
    const sameStage = latest !== undefined && oneStage(latest, status);
    const earlier = sameStage ? beforeStage : latest;
    if (earlier && decided < earlier.record!.decided!)
      findings.push({
        code: 'step-order',
        approval: status.record!.index,
        params: {
          ...describe(status),
          date: decided,
          earlierRight: earlier.step.right,
          earlierBody: earlier.body,
          earlierDate: earlier.record!.decided!,
        },
      });
    else if (!sameStage) [beforeStage, latest] = [latest, status];
    else if (decided > latest!.record!.decided!) latest = status;
  }
  return findings;
}

/** Steps still waiting for an answer whose term ran out before `today`. */
function expiredTermFindings(steps: StepStatus[], today: string): ProcedureFinding[] {
  return steps
    .filter((status) => status.state === 'waiting' && status.due && status.due < today)
    .map(
      (status): ProcedureFinding => ({
        code: 'term-expired',
        approval: status.record!.index,
        params: { ...describe(status), asked: status.record!.asked!, due: status.due! },
      }),
    );
}

/** The next review: the front matter's date, or its term (else the procedure's) counted from the adoption. */
function nextReviewOf(
  review: string | undefined,
  procedure: KindProcedure,
  adoption: StepRecord | undefined,
): string | undefined {
  return review && /^\d{4}-\d{2}-\d{2}$/.test(review)
    ? review
    : adoption?.decided && (review ?? procedure.review)
      ? addDuration(adoption.decided, review ?? procedure.review!)
      : undefined;
}

/** A row dated after `today` records a decision not taken yet that day: then it is at most asked. */
function asOf(record: StepRecord, today: string): StepRecord {
  if (!record.decided || !isCalendarDate(record.decided) || record.decided <= today) return record;
  const asked: StepRecord = { ...record };
  delete asked.decided;
  return asked;
}

/** The procedure report of `policy`, `today` as YYYY-MM-DD: a step dated after it is not taken yet. */
export function judgeProcedure(
  policy: Policy,
  procedures: SectorProcedures,
  today: string,
): ProcedureReport | undefined {
  const kind = namedKind(policy);
  if (!kind) return undefined;
  const procedure = procedures.kinds[kind];
  const level = levelOf(policy, procedure);
  const findings: ProcedureFinding[] = [];
  if (!procedure) {
    findings.push({
      code: 'unknown-kind',
      field: 'kind',
      params: { kind, sector: procedures.sector, known: Object.keys(procedures.kinds).join(', ') },
    });
    return { kind, level, steps: [], missing: [], findings };
  }
  const records = stepRecords(policy, procedures).map((record) => asOf(record, today));
  const adoption = records.filter((record) => record.right === 'vaststelling' && record.decided).at(-1);
  const counted = records.filter((record) => record.right === 'vaststelling' || givenForText(policy, record, adoption));
  const other = records.filter((record) => !counted.includes(record));
  const steps = procedure.steps
    .filter((step) => step.right !== 'vaststelling')
    .map((step) => statusOf(step, stepBody(step, level, procedures), { counted, other }, adoption));
  const required = steps.filter((status) => status.step.right === 'advies' || status.step.right === 'instemming');
  const missing = adoption ? required.filter((status) => status.state !== 'done') : [];
  if (adoption) findings.push(...missingStepFindings(missing, adoption), ...adviceReasonFindings(required, adoption));
  findings.push(...stepOrderFindings(steps), ...expiredTermFindings(steps, today));
  const report: ProcedureReport = { kind, procedure, level, steps, missing, findings, records };
  if (adoption) report.adoption = adoption;
  // A withdrawn policy (`status: retired`) is reviewed no more.
  if (policy.meta.status !== 'retired') findings.push(...reviewOf(report, policy, adoption, today));
  return report;
}

/** The next review on the report, where it comes from, and a finding when its date has passed. */
function reviewOf(
  report: ProcedureReport,
  policy: Policy,
  adoption: StepRecord | undefined,
  today: string,
): ProcedureFinding[] {
  const procedure = report.procedure!;
  const review = textOf(policy.frontmatter?.data.review);
  const nextReview = nextReviewOf(review, procedure, adoption);
  if (!nextReview) return [];
  report.nextReview = nextReview;
  report.reviewFrom = review ? 'policy' : procedure.reviewBasis ? 'law' : 'procedure';
  // The article alone: "WPO art. 13a lid 1 (ten minste eenmaal in de vier jaar)" is cited as "WPO art. 13a lid 1".
  if (!review && procedure.reviewBasis) report.reviewBasis = procedure.reviewBasis.replace(/\s*\([^()]*\)$/, '');
  if (nextReview >= today) return [];
  const finding: ProcedureFinding = {
    code: 'review-overdue',
    params: { due: nextReview, title: procedure.title, policy: thisPolicy(procedure) },
  };
  if (review) finding.field = 'review';
  else if (adoption) finding.approval = adoption.index;
  return [finding];
}

/** Today where the user is: the one day every output and check judges by (src/model/dates.ts localDay). */
export function todayIso(now: number = Date.now()): string {
  // TZ read here, not left to the process's zone: a test sets it in a worker thread, where Node does not apply it.
  return localDay(now, process.env.TZ);
}

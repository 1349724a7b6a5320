// Whether a step asked to be recorded is on record already for the text as it stands: then recording it again writes
// no new decision, only a second row that outputs read as the later one (a dossier's "Vastgesteld op" moves to the day
// it was typed twice). Only rows that recorded this text's hash count (a row written by hand cannot be held to a text:
// recording it with `approve` is how its hash is written). The adoption is on record when the last adoption given by
// today recorded this text and lacks no step its procedure requires: one that lacks a consent, given since, is
// recorded again after it. A positive advice or consent is given once per text; one refused (or given on conditions)
// may be followed by another decision on the same text, but not by the same one again.
import { adopts, datedAfter } from '../model/adoption.js';
import { hashMatches } from '../model/fingerprint.js';
import type { Approval, Policy } from '../model/policy.js';
import { bodyNamed, judgeProcedure } from './evaluate.js';
import type { SectorProcedures } from './types.js';

/** The step asked for as `approve` takes it: no step is the adoption; the body as the procedure names it. */
export interface StepAsked {
  step?: string;
  body?: string;
  part?: string;
  outcome?: string;
}

/** The row already on record for the step asked, with its place in `approvals`. */
export interface RecordedBefore {
  approval: Approval;
  index: number;
}

/** The body a row or a request names, as the procedure reads it (by its names in the procedure file). */
function bodyOf(named: string | undefined, procedures: SectorProcedures | undefined): string | undefined {
  const body = named?.trim();
  if (!body) return undefined;
  return procedures ? (bodyNamed(body, procedures) ?? body) : body.toLowerCase();
}

const lower = (text: string | undefined, fallback: string): string => text?.trim().toLowerCase() || fallback;

/** Whether `row`, given by `today` for this very text, is a decision of the same step as `asked`. */
function sameStep(row: Approval, asked: StepAsked, procedures: SectorProcedures | undefined): boolean {
  if (adopts(row) || lower(row.step, '') !== lower(asked.step, '')) return false;
  const rowBody = bodyOf(row.body, procedures) ?? (procedures && bodyNamed(`${row.role} ${row.name}`, procedures));
  if (rowBody !== bodyOf(asked.body, procedures)) return false;
  if (lower(row.part, 'whole') !== lower(asked.part, 'whole')) return false;
  const given = lower(row.outcome, 'positief');
  return given === 'positief' || given === lower(asked.outcome, 'positief');
}

const forThisText = (policy: Policy, row: Approval): boolean =>
  Boolean(row.hash && row.date && hashMatches(policy, row.hash, row.date));

/**
 * The row that already records `asked` for the text as it stands on `today`, if any. `procedures`: those of the
 * policy's kind, when it names one (its adoption must then lack no required step to be on record).
 */
export function recordedBefore(
  policy: Policy,
  asked: StepAsked,
  procedures: SectorProcedures | undefined,
  today: string,
): RecordedBefore | undefined {
  const rows = policy.meta.approvals.map((approval, index) => ({ approval, index }));
  const given = rows.filter(({ approval }) => !datedAfter(approval, today));
  if (!adopts(asked))
    return given.find(({ approval }) => forThisText(policy, approval) && sameStep(approval, asked, procedures));
  const adoption = given.filter(({ approval }) => adopts(approval)).at(-1);
  if (!adoption || !forThisText(policy, adoption.approval)) return undefined;
  const report = procedures ? judgeProcedure(policy, procedures, today) : undefined;
  return report && report.missing.length > 0 ? undefined : adoption;
}

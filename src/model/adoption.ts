// Whether a policy is adopted is not what its `status` field says alone. An approval recorded by `clausemark
// approve` covers exactly the text whose hash it stored: once the words change, the document is no longer the one
// that was adopted, whatever the frontmatter claims. Only the step that adopts (vaststelling, or an approval without
// a step) can cover the text: an advice or consent given later, on an edited text, adopts nothing. An approval
// records a decision already taken: one dated after the day asked about (today, or the day a report is made for) is
// not given yet on that day, so the policy is a draft until then. Declared approved with approvals that are advice and
// consent alone (the MR's), it is a draft: no output says "Vastgesteld" for a text its own rows say nobody adopted. The day is given, never read from the clock here,
// so a report for another day and the check agree. This is computed once per day, here, and every output (PDF cover and watermark, HTML badge and index, board pack, `start` table, build
// summary and --strict) reads it, so no renderer can print an edited text as adopted.
import { isCalendarDate } from './dates.js';
import { hashMatches } from './fingerprint.js';
import type { Approval, Policy, PolicyStatus } from './policy.js';

/** The status every output shows: the declared one, or `outdated` when an approval's hash no longer matches the text. */
export type EffectiveStatus = PolicyStatus | 'outdated';

export interface Adoption {
  /** What outputs show. `outdated`: declared approved, but the text changed after the approval that adopted it. */
  status: EffectiveStatus;
  /** The frontmatter's `status`. */
  declared: PolicyStatus;
  /** The last adopting approval that recorded a hash, and whether the current text still has that hash. */
  recorded?: { approval: Approval; current: boolean };
  /** Steps its procedure requires that were not taken before the adoption: declared approved, it stays a draft. */
  missingSteps?: string[];
  /**
   * The adopting approval dated after the day asked about, when no adopting approval is dated on or before it: the
   * decision is not taken yet that day, and the policy declared approved is a draft.
   */
  notYet?: Approval;
  /**
   * Declared approved, but its approvals are advice and consent alone ("Instemming MR"): they say nobody adopted it,
   * and the policy is a draft. (Declared approved with no rows at all is a hand-written claim `check` rejects, shown
   * adopted with "text not recorded at adoption".)
   */
  unadopted?: true;
}

/**
 * The first line of the note `import` writes in the front matter of a draft whose document stated its own adoption
 * (src/import/history.ts): `check` reads it to say which steps are still to record.
 */
export const IMPORT_HISTORY_NOTE = '# history: the document states its adoption';

/** The procedure steps that adopt a policy; an approval without a step adopts too (`approve` without --step). */
const ADOPTING_STEPS = new Set(['vaststelling', 'adoption', 'adopted']);

/** Whether a step's name is one of the words for adoption (the procedure files call it `vaststelling`). */
export function isAdoptingStep(step: string): boolean {
  return ADOPTING_STEPS.has(step.trim().toLowerCase());
}

/** Whether this approval is the adopting one, not advice or consent on the way to it. */
export function adopts(approval: Pick<Approval, 'step'>): boolean {
  return approval.step === undefined || isAdoptingStep(approval.step);
}

const cache = new WeakMap<Policy, Map<string, Adoption>>();

/** The last approval (in list order) that recorded the hash of the text it approved. */
export function lastRecordedApproval(approvals: readonly Approval[]): Approval | undefined {
  return [...approvals].reverse().find((approval) => approval.hash);
}

/** Whether an approval is dated after `day` (YYYY-MM-DD): a decision not yet taken that day. */
export function datedAfter(approval: Pick<Approval, 'date'>, day: string): boolean {
  const date = approval.date?.trim();
  return date !== undefined && isCalendarDate(date) && date > day;
}

/** The first day after `day` on which an approval's date comes: from then on the policy reads otherwise. */
export function nextDecisionDay(policy: Policy, day: string): string | undefined {
  return policy.meta.approvals
    .filter((approval) => datedAfter(approval, day))
    .map((approval) => approval.date.trim())
    .sort()[0];
}

/**
 * The effective adoption state on `day` (YYYY-MM-DD: today, or the day a report is for). Approvals written by hand
 * (no hash, e.g. transcribed from an old PDF) cannot be verified and are taken as declared; a recorded adopting hash
 * that no longer matches overrides a declared `approved`; an adoption dated after `day` is not given on it.
 */
export function adoptionOf(policy: Policy, day: string): Adoption {
  let known = cache.get(policy);
  if (!known) cache.set(policy, (known = new Map()));
  const found = known.get(day) ?? readAdoption(policy, day);
  known.set(day, found);
  return found;
}

function readAdoption(policy: Policy, day: string): Adoption {
  const declared = policy.meta.status;
  const adopting = policy.meta.approvals.filter(adopts);
  const given = adopting.filter((approval) => !datedAfter(approval, day));
  const last = lastRecordedApproval(given);
  const adoption: Adoption = { status: declared, declared };
  if (last?.hash) {
    const current = hashMatches(policy, last.hash, last.date);
    adoption.recorded = { approval: last, current };
    if (!current && declared === 'approved') adoption.status = 'outdated';
  }
  if (adopting.length === 0 && policy.meta.approvals.length > 0 && adoption.status === 'approved') {
    adoption.unadopted = true;
    adoption.status = 'draft';
  }
  if (given.length === 0 && adopting.length > 0) {
    adoption.notYet = adopting[0]!;
    if (adoption.status === 'approved') adoption.status = 'draft';
  }
  // An adoption without a consent or advice the law requires first is no adoption (docs/procedure.md).
  const missing = policy.procedure?.missing ?? [];
  if (missing.length > 0) {
    adoption.missingSteps = missing;
    if (adoption.status === 'approved') adoption.status = 'draft';
  }
  return adoption;
}

/** True only when the policy is approved on `day` and no recorded approval contradicts its text. */
export function isAdopted(policy: Policy, day: string): boolean {
  return adoptionOf(policy, day).status === 'approved';
}

/** The approvals given for this very text, by their place in the list, and whether it changed after its adoption. */
export interface TextApprovals {
  indexes: number[];
  /** The text is not the one its last recorded adoption covered. */
  changed: boolean;
}

/**
 * The approvals that cover this text. An approval recorded with a hash covers the text that hash names, and no
 * other: a consent or an adoption given for other words is not given for these, whichever adoption came after it.
 * One written by hand (no hash) cannot be checked: it counts, unless the text changed after its last recorded
 * adoption and it came before that. What an approval table lists as given (PDF, Word, the board pack's signing page,
 * the HTML report) and the steps a procedure still asks for are read from these.
 */
export function textApprovals(policy: Policy): TextApprovals {
  const known = textApprovalsRead.get(policy);
  if (known) return known;
  const found = readTextApprovals(policy);
  textApprovalsRead.set(policy, found);
  return found;
}

const textApprovalsRead = new WeakMap<Policy, TextApprovals>();

function readTextApprovals(policy: Policy): TextApprovals {
  const approvals = policy.meta.approvals;
  const all = approvals.map((_, index) => index);
  const last = approvals.findLastIndex((approval) => adopts(approval) && Boolean(approval.hash));
  const matches = new Map<string, boolean>();
  const covers = (hash: string): boolean => {
    let known = matches.get(hash);
    if (known === undefined) {
      known = hashMatches(policy, hash);
      matches.set(hash, known);
    }
    return known;
  };
  const changed = last >= 0 && !covers(approvals[last]!.hash!);
  return {
    indexes: all.filter((index) => {
      const hash = approvals[index]!.hash;
      return hash ? covers(hash) : !changed || index > last;
    }),
    changed,
  };
}

/** One approval as two versions' files both list it: the same date, name, role and step is the same approval. */
export function approvalKey(approval: Approval): string {
  return [approval.date, approval.name, approval.role, approval.step ?? ''].join('\u0000').normalize('NFC');
}

/**
 * Whether two rows record the same adoption, as two versions of a file list it: both adopt, on the same day. The
 * decision is its date: a row whose name or role reads otherwise in a later version (a misspelt name corrected, a
 * second signer added) records no other adoption; a row dated otherwise records another (a corrected date cannot be
 * told from a new decision). Where git shows when an adoption without a hash was written down
 * (src/procedure/adoption-git.ts), this is the row it looks for.
 */
export function sameAdoption(row: Approval, other: Approval): boolean {
  const day = row.date?.trim() ?? '';
  return day !== '' && adopts(row) && adopts(other) && other.date?.trim() === day;
}

/**
 * The approvals given for this version, where `previous` is the version it replaces: those that cover its text
 * (textApprovals), less the rows carried over from `previous`. An approval belongs to the version it was given for:
 * the same row in both files was given for the old text, unless the hash it recorded is this text's. What a board
 * pack's signing page lists as given, and the steps it leaves to sign, are read from these.
 */
export function versionApprovals(policy: Policy, previous: Policy): number[] {
  const before = new Set(previous.meta.approvals.map(approvalKey));
  const approvals = policy.meta.approvals;
  return textApprovals(policy).indexes.filter((index) => {
    const approval = approvals[index]!;
    if (!before.has(approvalKey(approval))) return true;
    return approval.hash !== undefined && hashMatches(policy, approval.hash, approval.date);
  });
}

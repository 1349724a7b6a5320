// What each school and its board must have (issue 71): for every declared organisation (organisation.ts), per
// required kind of its sector (duties.ts), the policy in the files that fulfils it (the school's own, or the board's
// bestuur-level policy, which applies to all its schools) and where it stands on a date: draft, in procedure (the
// step that waits, since when, until when), adopted, in force, review due or overdue (the legal cycle, the school
// year of a schoolgids, a review the law sets), withdrawn (`status: retired`), or missing. The version in force on
// the date stands, with a later one adopted beside it; a review the law does not set is a plan, never "overdue". A
// file that holds an edit made after its adoption (its recorded hash, or for an adoption without one, git) is not a
// draft: the version adopted stands, and the edit is said to be not adopted. Missing is a fact about the repository,
// said as such, with the command that starts one and the policies held that are a part of it (a pestprotocol of the
// veiligheidsbeleid: its procedure's `fallsUnder`), and said only when sure: a file that may be it (unreadable,
// without `kind:` or with one its sector does not know, a board's at school level) makes it not known. Pure: the declarations, duties, policies, their
// procedure reports and (where the caller read it) the version in force from their history, what git shows of an
// adoption without a hash and the kennisname counts of the version in force are given.
import type { AckCounts } from '../model/acknowledgement.js';
import { adoptionOf, adopts, datedAfter } from '../model/adoption.js';
import type { Policy } from '../model/policy.js';
import { join, resolve, sep } from 'node:path';
import type { ChangedPerGit, GitEvidence } from './adoption-git.js';
import { addDuration } from './duration.js';
import { schoolYearCovered, schoolYearOf, schoolYearStart } from './school-year.js';
import type { Duty, SectorDuties } from './duties.js';
import type { ProcedureReport } from './evaluate.js';
import type { Article } from './types.js';
import type { OrganisationDeclaration, SchoolDeclaration } from './organisation.js';
import { namedKind } from '../model/kind.js';
import { policyKinds } from '../parse/kinds.js';

export type CellState =
  | 'in-force'
  | 'adopted'
  | 'due'
  | 'overdue'
  | 'in-procedure'
  | 'draft'
  | 'retired'
  | 'missing'
  | 'unknown'
  | 'not-required'
  | 'not-applicable';

export interface CellPolicy {
  /** The file, relative to the project (forward slashes). */
  file: string;
  title: string;
  version: string;
  org: string;
  /** The board's policy that applies to all its schools. */
  boardWide: boolean;
  adopted?: string;
  inForceFrom?: string;
  /** The version that stands when it is not the file's own (read from its history). */
  inForceVersion?: string;
  /**
   * What the file holds besides the version that stands, not adopted: an edit made after its adoption, a new
   * adoption without a step its procedure requires, or a new version still a draft.
   */
  pending?: 'changed' | 'missing-step' | 'draft';
  /**
   * With `pending: 'changed'` for an adoption without a hash: git shows the edit, the text differing from that of
   * the commit that wrote the adoption down (the commit as printed, its day).
   */
  changedPerGit?: ChangedPerGit;
  /**
   * Adopted by hand (no hash) and git shows neither that these are the words adopted nor that they changed since: no
   * commit holds the adoption row, or git cannot tell (a shallow clone, a move it does not follow). The board reads
   * "vastgesteld" with why the adopted text cannot be told, as on the policy's own cover.
   */
  unrecorded?: Pick<GitEvidence, 'shallow' | 'notFollowed'>;
  /** The steps its procedure requires that its adoption lacks (it is not adopted). */
  missingSteps?: string[];
  /** Marked adopted by a decision dated after the overview's date (this date): not taken yet that day. */
  notYet?: string;
  /** For a withdrawn policy: the day it was withdrawn, when its history tells. */
  retired?: string;
  /** A later version adopted that is not in force on the date yet (a revision with a later `effective`). */
  next?: { file: string; version: string; adopted: string; inForceFrom: string };
  /** For the board's policy standing at a school: the school's own of the kind, not adopted yet. */
  ownPending?: string;
  /**
   * Kennisname of the version in force, when its kind has an audience and its organisation a people list: of those
   * asked for its text (in the list now), how many acknowledged it by the overview's date; `asked: 0` when nobody was
   * asked. Counts only, never a name (docs/acknowledge.md).
   */
  acknowledged?: AckCounts;
  /**
   * Why kennisname of the version in force cannot be counted: `old-hash`, its adoption recorded the text by the old
   * hash (sha256:) and the file was edited since, and git does not verify the text adopted (src/procedure/adoption-git.ts
   * adoptedHashOfOldScheme); adopting the text again records it by the current one.
   */
  acknowledgeUncounted?: 'old-hash';
}

export interface OverviewCell {
  kind: string;
  state: CellState;
  policy?: CellPolicy;
  /** The date that makes it due or overdue: the end of its legal cycle, its review, the start of a school year. */
  due?: string;
  /** What makes it due: the law's cycle, the policy's review, the school year a schoolgids is for. */
  reason?: 'cycle' | 'review' | 'school-year';
  /** The legal cycle of its duty ("2y"), when that is what makes it due. */
  cycle?: string;
  /** For a duty that binds from a number of workers the organisation does not declare: that number. */
  workers?: number;
  /** For a schoolgids: the school year it is needed for ("2026–2027"). */
  schoolYear?: string;
  /** For a policy in procedure: the step that waits, asked when, its term. */
  waiting?: { step: string; body: string; asked?: string; due?: string; expired: boolean };
  /** Places its duty says it goes to that the policy's `published` does not name (only when it names some). */
  unpublished?: string[];
  /**
   * A review the law does not set (the procedure's default interval, or the policy's own date) that has passed or
   * comes within three months: a plan of the organisation's, so it makes no cell due or overdue.
   */
  plannedReview?: { date: string; from: 'policy' | 'procedure'; passed: boolean };
  /**
   * For one not found where a readable file may be it (state `unknown`): a file that names no `kind:` (or a kind its
   * sector does not know) but whose id, title or written kind names this one, or a board's file of this kind not at
   * `level: bestuur` (it applies to no school).
   */
  unsure?: { file: string; why: 'no-kind' | 'unknown-kind' | 'board-not-bestuur' }[];
  /** For a missing one: where it was looked for, and the command that starts one. */
  searched?: string;
  command?: string;
  /**
   * For a missing one: the policies the organisation holds that are a part of it (their procedure's `fallsUnder`: a
   * pestprotocol of the veiligheidsbeleid), so that "missing" is not read as "nothing on it at all".
   */
  parts?: CellPart[];
  /**
   * For one not found where a file it was looked for in cannot be read (state `unknown`): those files, relative to
   * the project. That file may be the policy, so "missing" would not be sure.
   */
  unreadable?: string[];
}

/** A policy held that is a part of a missing one: its file, its kind's title and article, and the whole's. */
export interface CellPart {
  file: string;
  title: string;
  article?: Article;
  whole: { title: string; article?: Article };
}

export interface OverviewRow {
  org: string;
  name: string;
  sector: string;
  level: 'bestuur' | 'school';
  cells: OverviewCell[];
}

export interface OrganisationOverview {
  org: string;
  name: string;
  role: 'bestuur' | 'school';
  /** The declaring file, relative to the project. */
  file: string;
  kinds: { kind: string; title: string; binds: 'school' | 'bestuur' }[];
  rows: OverviewRow[];
}

export interface Overview {
  date: string;
  organisations: OrganisationOverview[];
  /**
   * The project's folder is in no git repository: no history shows which text an adoption by hand adopted, nor the
   * versions before; said once above the board's page, not under every cell (src/procedure/project-overview.ts).
   */
  notInGit?: true;
}

export interface OverviewPolicy {
  policy: Policy;
  /** Relative to the project, forward slashes. */
  file: string;
  /** Absolute, for the folder a school declares. */
  path: string;
  report?: ProcedureReport;
  /**
   * The version in force on the date as the caller found it among the file's versions and their history (the
   * dossier), or null when it found none; left out, it is read from the file alone.
   */
  inForce?: InForceVersion | null;
  /** The day the file was withdrawn (`status: retired`), when the caller read it from its history. */
  retired?: string;
  /** The kind of policy it is a part of (its procedure's `fallsUnder`), with that kind's title and article. */
  partOf?: { kind: string; title: string; article?: Article };
  /**
   * Its adoption without a hash on the date, where git shows its words changed since (src/procedure/adoption-git.ts):
   * the version adopted stands, the edit is not adopted.
   */
  changedPerGit?: ChangedPerGit;
  /** Its adoption without a hash on the date, where git shows neither its words changed nor them adopted (above). */
  unrecorded?: Pick<GitEvidence, 'shallow' | 'notFollowed'>;
  /** Kennisname of its version in force on the date, as the caller counted it (CellPolicy's `acknowledged`). */
  acknowledged?: AckCounts;
  /** Why kennisname of its version in force cannot be counted (CellPolicy's `acknowledgeUncounted`). */
  acknowledgeUncounted?: 'old-hash';
}

/** A version in force as the caller found it. */
export interface InForceVersion {
  version: string;
  adopted: string;
  inForceFrom: string;
  /** Its text's approval fingerprint, which kennisname's records name. */
  hash?: string;
}

/** How far ahead a due date is said to be coming ("due"): three months. */
const DUE_AHEAD = '3m';

function kindOf(policy: Policy): string | undefined {
  return namedKind(policy);
}

function levelOf(entry: OverviewPolicy): string | undefined {
  if (entry.report) return entry.report.level;
  const level = entry.policy.frontmatter?.data.level;
  return typeof level === 'string' ? level : undefined;
}

function inside(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

/** Whether a policy is the school's: it carries the school's `org`, or lies in the folder the school declares. */
function isSchools(entry: OverviewPolicy, school: SchoolDeclaration): boolean {
  return entry.policy.meta.org === school.org || (school.folder !== undefined && inside(entry.path, school.folder));
}

/** Whether a policy is the organisation's own: its `org`, or beneath its folder and none of its schools'. */
function isOwn(entry: OverviewPolicy, organisation: OrganisationDeclaration): boolean {
  if (organisation.schools.some((school) => isSchools(entry, school))) return false;
  return entry.policy.meta.org === organisation.org || inside(entry.path, organisation.folder);
}

/** An adoption's day of entry into force: the policy's `effective` date, else the adoption's. */
function effectiveFrom(policy: Policy, adopted: string): string {
  const effective = policy.meta.effective;
  return effective && /^\d{4}-\d{2}-\d{2}$/.test(effective) ? effective : adopted;
}

/** What the file holds that is not adopted on `date`, beside the version that stands. */
function pendingOf(policy: Policy, date: string): CellPolicy['pending'] {
  const adoption = adoptionOf(policy, date);
  if (adoption.status === 'outdated') return 'changed';
  if (adoption.missingSteps) return 'missing-step';
  return adoption.status === 'retired' ? undefined : 'draft';
}

/**
 * The adopted version that stands for a file: the file itself when adopted (with the edit git shows made since its
 * adoption without a hash, not adopted); else the version the caller found in force; else, read from the file alone, the adoption of a text edited since, when its procedure was complete (the
 * version adopted is in force, the edit is not adopted). A withdrawn file stands for nothing of its own.
 */
function standing(entry: OverviewPolicy, date: string): Partial<CellPolicy> | undefined {
  const { policy } = entry;
  const adoption = adoptionOf(policy, date);
  // An adoption dated after the date is no decision yet on it (src/model/adoption.ts).
  const last = policy.meta.approvals
    .filter((approval) => adopts(approval) && approval.date && !datedAfter(approval, date))
    .at(-1)?.date;
  if (adoption.status === 'approved' && last) {
    const stands = { adopted: last, inForceFrom: effectiveFrom(policy, last) };
    // Written by hand, its words changed since as git shows: that edit is not adopted, as with a recorded hash.
    if (entry.changedPerGit) return { ...stands, pending: 'changed', changedPerGit: entry.changedPerGit };
    return entry.unrecorded ? { ...stands, unrecorded: entry.unrecorded } : stands;
  }
  if (entry.inForce !== undefined) {
    if (!entry.inForce) return undefined;
    const pending = pendingOf(policy, date);
    return {
      adopted: entry.inForce.adopted,
      inForceFrom: entry.inForce.inForceFrom,
      inForceVersion: entry.inForce.version,
      ...(pending ? { pending } : {}),
    };
  }
  if (adoption.status !== 'outdated' || adoption.missingSteps || !adoption.recorded) return undefined;
  const adopted = adoption.recorded.approval.date;
  return { adopted, inForceFrom: effectiveFrom(policy, adopted), pending: 'changed' };
}

interface Adopted {
  entry: OverviewPolicy;
  adopted: string;
  inForceFrom: string;
}

/** The adopted ones among `entries`, the one adopted last first. */
function adoptedOnes(entries: readonly OverviewPolicy[], date: string): Adopted[] {
  return entries
    .flatMap((entry): Adopted[] => {
      const stands = standing(entry, date);
      return stands?.adopted
        ? [{ entry, adopted: stands.adopted, inForceFrom: stands.inForceFrom ?? stands.adopted }]
        : [];
    })
    .sort((a, b) => b.adopted.localeCompare(a.adopted, 'en'));
}

/**
 * Of several policies of a kind on `date`: of the adopted ones, the one in force adopted last (a revision adopted to
 * take effect later does not end the version in force), else the one adopted last; else the one in procedure, else
 * one not withdrawn, else the first.
 */
function chooseOne(entries: readonly OverviewPolicy[], date: string): OverviewPolicy | undefined {
  const adopted = adoptedOnes(entries, date);
  const chosen = adopted.find((item) => item.inForceFrom <= date) ?? adopted[0];
  if (chosen) return chosen.entry;
  return (
    entries.find((entry) => entry.report?.steps.some((step) => step.state === 'waiting')) ??
    entries.find((entry) => entry.policy.meta.status !== 'retired') ??
    entries[0]
  );
}

/** Beside the version in force that `chosen` is: the one adopted after it that comes into force after `date`. */
function laterOne(
  entries: readonly OverviewPolicy[],
  chosen: OverviewPolicy,
  date: string,
): OverviewPolicy | undefined {
  const adopted = adoptedOnes(entries, date);
  const current = adopted.find((item) => item.entry === chosen);
  if (!current || current.inForceFrom > date) return undefined;
  return adopted.find(
    (item) =>
      item.entry !== chosen && item.inForceFrom > date && item.adopted.localeCompare(current.adopted, 'en') >= 0,
  )?.entry;
}

function describePolicy(entry: OverviewPolicy, boardWide: boolean, date: string, later?: OverviewPolicy): CellPolicy {
  const { meta } = entry.policy;
  const described: CellPolicy = {
    file: entry.file,
    title: meta.title,
    version: meta.version,
    org: meta.org,
    boardWide,
    ...standing(entry, date),
  };
  const adoption = adoptionOf(entry.policy, date);
  if (adoption.missingSteps) described.missingSteps = adoption.missingSteps;
  if (adoption.notYet && adoption.declared === 'approved') described.notYet = adoption.notYet.date;
  if (entry.retired) described.retired = entry.retired;
  // Counted for the version in force only: one adopted to come into force later has none yet.
  if (described.inForceFrom && described.inForceFrom <= date) {
    if (entry.acknowledged) described.acknowledged = entry.acknowledged;
    if (entry.acknowledgeUncounted) described.acknowledgeUncounted = entry.acknowledgeUncounted;
  }
  const next = later && standing(later, date);
  if (later && next?.adopted)
    described.next = {
      file: later.file,
      version: later.policy.meta.version,
      adopted: next.adopted,
      inForceFrom: next.inForceFrom ?? next.adopted,
    };
  return described;
}

function recordedPlaces(policy: Policy): string[] | undefined {
  const value = policy.frontmatter?.data.published;
  if (value === undefined) return undefined;
  const items = Array.isArray(value) ? value : [value];
  return items.filter((item): item is string => typeof item === 'string').map((item) => item.trim().toLowerCase());
}

/** A schoolgids held to its school year: overdue when it is for an earlier one, due when the next begins soon. */
function schoolYearDue(cell: OverviewCell, basis: CellPolicy, date: string): boolean {
  const covers = schoolYearCovered(basis);
  const current = schoolYearOf(date);
  const next = schoolYearOf(addDuration(date, '1y') ?? date);
  const soon = addDuration(date, DUE_AHEAD) ?? date;
  if (covers >= current && (covers !== current || schoolYearStart(next) > soon)) return false;
  cell.state = covers < current ? 'overdue' : 'due';
  cell.reason = 'school-year';
  cell.schoolYear = covers < current ? current : next;
  cell.due = schoolYearStart(cell.schoolYear);
  return true;
}

/**
 * Where an adopted policy stands on `date`: in force or adopted, unless its cycle, school year or a review the law
 * sets says due. Counted from `later` where a later version is adopted already: that adoption answers them. A review
 * the law does not set is a plan, said beside the state; a schoolgids's law is its school year, not a review.
 */
function adoptedCell(
  cell: OverviewCell,
  duty: Duty,
  entry: OverviewPolicy,
  date: string,
  later?: OverviewPolicy,
): OverviewCell {
  const policy = cell.policy!;
  const soon = addDuration(date, DUE_AHEAD) ?? date;
  cell.state = policy.inForceFrom && policy.inForceFrom > date ? 'adopted' : 'in-force';
  const basis: CellPolicy = policy.next ? { ...policy, ...policy.next } : policy;
  const report = (policy.next ? later?.report : undefined) ?? entry.report;
  if (duty.cycle === 'schooljaar' && schoolYearDue(cell, basis, date)) return cell;
  const dues: { due: string; reason: 'cycle' | 'review' }[] = [];
  if (duty.cycle && duty.cycle !== 'schooljaar') {
    const due = addDuration(basis.adopted!, duty.cycle);
    if (due) dues.push({ due, reason: 'cycle' });
    cell.cycle = duty.cycle;
  }
  const review = report?.nextReview;
  if (review && report.reviewFrom === 'law' && duty.cycle !== 'schooljaar')
    dues.push({ due: review, reason: 'review' });
  else if (review && report.reviewFrom !== 'law' && review <= soon)
    cell.plannedReview = { date: review, from: report.reviewFrom ?? 'procedure', passed: review < date };
  const first = dues.sort((a, b) => a.due.localeCompare(b.due, 'en'))[0];
  if (first?.reason !== 'cycle') delete cell.cycle;
  if (first && first.due < date) {
    cell.state = 'overdue';
    cell.due = first.due;
    cell.reason = first.reason;
  } else if (first && first.due <= soon && cell.state === 'in-force') {
    cell.state = 'due';
    cell.due = first.due;
    cell.reason = first.reason;
  }
  return cell;
}

/** Where a policy not adopted stands: withdrawn, waiting for a council's step, or a draft. */
function notAdoptedCell(cell: OverviewCell, duty: Duty, entry: OverviewPolicy, date: string): OverviewCell {
  if (entry.policy.meta.status === 'retired') {
    cell.state = 'retired';
    return cell;
  }
  const waiting = entry.report?.steps.find((step) => step.state === 'waiting' && step.step.right !== 'vaststelling');
  if (waiting) {
    cell.state = 'in-procedure';
    cell.waiting = {
      step: waiting.step.right,
      body: waiting.body,
      expired: waiting.due !== undefined && waiting.due < date,
      ...(waiting.record?.asked ? { asked: waiting.record.asked } : {}),
      ...(waiting.due ? { due: waiting.due } : {}),
    };
  }
  // No schoolgids adopted while a school year is under way: late since it began, whatever step waits.
  if (duty.cycle === 'schooljaar') {
    cell.reason = 'school-year';
    cell.schoolYear = schoolYearOf(date);
    cell.due = schoolYearStart(cell.schoolYear);
  }
  return cell;
}

function policyCell(
  duty: Duty,
  entry: OverviewPolicy,
  boardWide: boolean,
  date: string,
  later?: OverviewPolicy,
): OverviewCell {
  const cell: OverviewCell = { kind: duty.kind, state: 'draft', policy: describePolicy(entry, boardWide, date, later) };
  const recorded = recordedPlaces(entry.policy);
  if (recorded && duty.publish.length > 0) {
    const missing = duty.publish.filter((place) => !recorded.some((item) => place.toLowerCase().startsWith(item)));
    if (missing.length > 0) cell.unpublished = missing;
  }
  if (cell.policy!.adopted) return adoptedCell(cell, duty, entry, date, later);
  return notAdoptedCell(cell, duty, entry, date);
}

/** The cell of the policy of `entries` that stands on `date` (with a later one adopted beside it), if any. */
function chosenCell(
  duty: Duty,
  entries: readonly OverviewPolicy[],
  boardWide: boolean,
  date: string,
): OverviewCell | undefined {
  const chosen = chooseOne(entries, date);
  return chosen && policyCell(duty, chosen, boardWide, date, laterOne(entries, chosen, date));
}

function missingCell(duty: Duty, row: { org: string }, where: string, out = where): OverviewCell {
  return {
    kind: duty.kind,
    state: 'missing',
    searched: where,
    command: `clausemark import <document> --kind ${duty.kind} --org ${row.org} --out ${out}`,
  };
}

/** The policies of `held` that are a part of the duty's kind (a pestprotocol of the veiligheidsbeleid), in file order. */
function partsOf(duty: Duty, held: readonly OverviewPolicy[]): CellPart[] {
  return (
    held
      // A part withdrawn is no part held.
      .filter(
        (entry) =>
          entry.partOf?.kind === duty.kind && entry.report?.procedure && entry.policy.meta.status !== 'retired',
      )
      .map((entry) => {
        const { title, article } = entry.report!.procedure!;
        const { title: wholeTitle, article: wholeArticle } = entry.partOf!;
        return {
          file: entry.file,
          title,
          ...(article ? { article } : {}),
          whole: { title: wholeTitle, ...(wholeArticle ? { article: wholeArticle } : {}) },
        };
      })
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  );
}

/** Whether a duty with a condition binds the organisation: yes, no, or unknown (a size it does not declare). */
function conditionHolds(duty: Duty, organisation: OrganisationDeclaration): boolean | undefined {
  if (duty.when?.schools !== undefined && organisation.schools.length < duty.when.schools) return false;
  if (duty.when?.workers !== undefined) {
    if (organisation.workers === undefined) return undefined;
    return organisation.workers >= duty.when.workers;
  }
  return true;
}

interface Context {
  date: string;
  root: string;
  relative(path: string): string;
  /** The files among the policies that cannot be read, absolute. */
  unreadable?: readonly string[];
}

/** Whether `file` lies in the folder `folder` (absolute paths), at any depth. */
const inFolder = (file: string, folder: string): boolean => resolve(file).startsWith(`${resolve(folder)}${sep}`);

/**
 * Whether a policy that counts for no duty may be of `kind`: it names no `kind:`, or one its sector's procedures do not
 * know ("Meldcode", "privacy-reglement": a typo `check` reports), and its written id, that kind as written (letters
 * alone, in any case) or its title names it. Said missing, such a school's meldcode would be "ontbreekt" while the
 * file is there.
 */
function mayBe(entry: OverviewPolicy, kind: string): boolean {
  const named = kindOf(entry.policy);
  if (named !== undefined && !unknownKind(entry)) return false;
  if (
    named !== undefined &&
    (letters(named) === letters(kind) || policyKinds(named).some((found) => found.id === kind))
  )
    return true;
  const { meta } = entry.policy;
  if (meta.id === kind && !meta.inferred.includes('id')) return true;
  return policyKinds(meta.title).some((found) => found.id === kind);
}

/** Whether the policy names a kind its sector's procedures do not know (its report found no procedure for it). */
const unknownKind = (entry: OverviewPolicy): boolean =>
  kindOf(entry.policy) !== undefined && entry.report !== undefined && entry.report.procedure === undefined;

/** A file that may be a duty's policy and is not counted, and why: it names no kind, or one not known. */
const notCounted = (entry: OverviewPolicy): { file: string; why: 'no-kind' | 'unknown-kind' } => ({
  file: entry.file,
  why: unknownKind(entry) ? 'unknown-kind' : 'no-kind',
});

const letters = (text: string): string => text.toLocaleLowerCase('nl').replace(/[^\p{L}\p{N}]/gu, '');

/** The files that may hold a duty's policy but are not counted as it: without `kind:`, or a board's not for all. */
interface Unsure {
  unkinded: readonly OverviewPolicy[];
  notBoardWide?: readonly OverviewPolicy[];
}

/**
 * The cell of a duty no readable policy meets: `unknown` where a file it may be in cannot be read (`where` says which
 * files could hold it), or a readable file may be it but is not counted (`unsure`); else missing.
 */
function notFoundCell(
  duty: Duty,
  row: { org: string },
  context: Context,
  where: {
    searched: string;
    out?: string;
    could: (file: string) => boolean;
    unsure: Unsure;
    /** The policies that stand for the row, among which a part of the duty's kind may be. */
    held: readonly OverviewPolicy[];
  },
): OverviewCell {
  const unreadable = (context.unreadable ?? []).filter(where.could);
  if (unreadable.length > 0)
    return { kind: duty.kind, state: 'unknown', unreadable: unreadable.map((file) => context.relative(file)) };
  const unsure = [
    ...where.unsure.unkinded.filter((entry) => mayBe(entry, duty.kind)).map(notCounted),
    ...(where.unsure.notBoardWide ?? []).map((entry) => ({ file: entry.file, why: 'board-not-bestuur' as const })),
  ];
  if (unsure.length > 0) return { kind: duty.kind, state: 'unknown', unsure };
  const missing = missingCell(duty, row, where.searched, where.out);
  const parts = partsOf(duty, where.held);
  return parts.length > 0 ? { ...missing, parts } : missing;
}

/**
 * The board's cell of a school's kind: a board need not have one itself; when it has one at bestuur level, it applies
 * to every school. A file of the board's that cannot be read (`could` says which are the board's), one without
 * `kind:` (or with one not known) that may be it (and is not at school level), or one of the kind not at bestuur level (it applies to no
 * school), makes it not known, as at its schools: "—" would say the board holds none for them.
 */
function boardWideCell(
  duty: Duty,
  mine: readonly OverviewPolicy[],
  own: readonly OverviewPolicy[],
  context: Context,
  could: (file: string) => boolean,
): OverviewCell {
  const boardWide = mine.filter((entry) => levelOf(entry) === 'bestuur');
  const chosen = chosenCell(duty, boardWide, true, context.date);
  if (chosen) return chosen;
  const unreadable = (context.unreadable ?? []).filter(could);
  if (unreadable.length > 0)
    return { kind: duty.kind, state: 'unknown', unreadable: unreadable.map((file) => context.relative(file)) };
  const unsure = [
    ...own.filter((entry) => levelOf(entry) !== 'school' && mayBe(entry, duty.kind)).map(notCounted),
    ...mine
      .filter((entry) => levelOf(entry) !== 'bestuur')
      .map((entry) => ({ file: entry.file, why: 'board-not-bestuur' as const })),
  ];
  return unsure.length > 0
    ? { kind: duty.kind, state: 'unknown', unsure }
    : { kind: duty.kind, state: 'not-applicable' };
}

/** The row of the board (or single school) itself. */
function ownRow(
  organisation: OrganisationDeclaration,
  duties: readonly Duty[],
  own: readonly OverviewPolicy[],
  context: Context,
): OverviewRow {
  const folder = `${context.relative(organisation.folder)}/`;
  // The board's own files: in its folder, not in a folder one of its schools declares.
  const schoolFolders = organisation.schools.flatMap((school) => school.folder ?? []);
  const could = (file: string): boolean =>
    inFolder(file, organisation.folder) && !schoolFolders.some((folder) => inFolder(file, folder));
  const cells = duties.map((duty): OverviewCell => {
    const mine = own.filter((entry) => kindOf(entry.policy) === duty.kind);
    if (organisation.role === 'bestuur' && duty.binds === 'school')
      return boardWideCell(duty, mine, own, context, could);
    const holds = conditionHolds(duty, organisation);
    if (holds === false) return { kind: duty.kind, state: 'not-required' };
    const chosen = chosenCell(duty, mine, false, context.date);
    if (chosen) return chosen;
    if (duty.optional) return { kind: duty.kind, state: 'not-required' };
    if (holds === undefined) return { kind: duty.kind, state: 'unknown', workers: duty.when?.workers ?? 0 };
    const where = { searched: folder, could, unsure: { unkinded: own }, held: own };
    return notFoundCell(duty, organisation, context, where);
  });
  return {
    org: organisation.org,
    name: organisation.name,
    sector: organisation.sector,
    level: organisation.role === 'bestuur' ? 'bestuur' : 'school',
    cells,
  };
}

function schoolRow(
  school: SchoolDeclaration,
  duties: readonly Duty[],
  entries: readonly OverviewPolicy[],
  boardPolicies: readonly OverviewPolicy[],
  context: Context,
  board: OrganisationDeclaration,
): OverviewRow {
  const mine = entries.filter((entry) => isSchools(entry, school));
  // Where its policies were looked for: its folder when it declares one, else every file of policies/ by its `org`;
  // a new one goes beside the school's others, else into a folder of its own under the board's.
  const searched = school.folder
    ? `${context.relative(school.folder)}/`
    : `${context.relative(join(context.root, 'policies'))}/`;
  const first = mine[0]?.file;
  const out = school.folder
    ? searched
    : first
      ? first.slice(0, first.lastIndexOf('/') + 1)
      : `${context.relative(board.folder)}/${school.org}/`;
  // A file that cannot be read may be the school's (in its folder, or anywhere when it declares none) or the board's
  // own, which applies to it when it is at bestuur level; not another school's.
  const others = board.schools.flatMap((other) => (other.org !== school.org && other.folder ? [other.folder] : []));
  const couldBeSchools = (file: string): boolean =>
    school.folder
      ? inFolder(file, school.folder) ||
        (inFolder(file, board.folder) && !others.some((folder) => inFolder(file, folder)))
      : !others.some((folder) => inFolder(file, folder));
  // The board's files that may be the school's: at bestuur level, or naming none.
  const boardOpen = boardPolicies.filter((entry) => levelOf(entry) !== 'school');
  const cells = duties.map((duty): OverviewCell => {
    if (duty.binds === 'bestuur') return { kind: duty.kind, state: 'not-applicable' };
    const board = boardPolicies.filter((entry) => kindOf(entry.policy) === duty.kind);
    const found = kindCell(duty, mine, board, context.date);
    if (found) return found;
    if (duty.optional) return { kind: duty.kind, state: 'not-required' };
    const unsure = {
      unkinded: [...mine, ...boardOpen],
      notBoardWide: board.filter((entry) => levelOf(entry) !== 'bestuur'),
    };
    // What stands for the school: its own policies and the board's for all its schools.
    const held = [...mine, ...boardPolicies.filter((entry) => levelOf(entry) === 'bestuur')];
    return notFoundCell(duty, school, context, { searched, out, could: couldBeSchools, unsure, held });
  });
  return { org: school.org, name: school.name, sector: school.sector, level: 'school', cells };
}

/**
 * A school's cell of a kind: its own policy; but where its own is not adopted (a draft, waiting, withdrawn) and the
 * board's for all its schools is, the board's stands, with the school's own said to be in preparation.
 */
function kindCell(
  duty: Duty,
  mine: readonly OverviewPolicy[],
  board: readonly OverviewPolicy[],
  date: string,
): OverviewCell | undefined {
  const own = mine.filter((entry) => kindOf(entry.policy) === duty.kind);
  const boardWide = board.filter((entry) => levelOf(entry) === 'bestuur');
  const ownCell = chosenCell(duty, own, false, date);
  if (ownCell?.policy?.adopted || adoptedOnes(boardWide, date).length === 0)
    return ownCell ?? chosenCell(duty, boardWide, true, date);
  const cell = chosenCell(duty, boardWide, true, date)!;
  if (ownCell && ownCell.state !== 'retired') cell.policy!.ownPending = ownCell.policy!.file;
  return cell;
}

/** The columns: the organisation's own duties, then each school sector's, each kind once; optional ones only when held. */
function columns(sets: readonly { duties: readonly Duty[] }[], present: ReadonlySet<string>): Duty[] {
  const seen = new Map<string, Duty>();
  for (const set of sets)
    for (const duty of set.duties)
      if (!seen.has(duty.kind) && (!duty.optional || present.has(duty.kind))) seen.set(duty.kind, duty);
  return [...seen.values()];
}

/** The overview of every declared organisation on `date`. */
export function overviewOf(
  declarations: readonly OrganisationDeclaration[],
  entries: readonly OverviewPolicy[],
  dutiesOf: (sector: string) => SectorDuties | undefined,
  context: Context,
): Overview {
  const organisations: OrganisationOverview[] = [];
  // A school a board declares is not an organisation of its own as well.
  const schoolsOfBoards = new Set(
    declarations.flatMap((declaration) => declaration.schools.map((school) => school.org)),
  );
  for (const organisation of declarations) {
    if (organisation.role === 'school' && schoolsOfBoards.has(organisation.org)) continue;
    const own = entries.filter((entry) => isOwn(entry, organisation));
    const sectors = [organisation.sector, ...organisation.schools.map((school) => school.sector)];
    const sets = [...new Set(sectors)].flatMap((sector) => {
      const set = dutiesOf(sector);
      return set ? [set] : [];
    });
    const related = entries.filter(
      (entry) => isOwn(entry, organisation) || organisation.schools.some((school) => isSchools(entry, school)),
    );
    const present = new Set(related.flatMap((entry) => kindOf(entry.policy) ?? []));
    const all = columns(sets, present);
    const dutiesFor = (sector: string): Duty[] => {
      const own = new Map((dutiesOf(sector)?.duties ?? []).map((duty) => [duty.kind, duty]));
      // Each column as this sector has it; a kind another sector requires is no duty of this one's.
      return all.map((duty) => own.get(duty.kind) ?? { ...duty, optional: true });
    };
    const rows = [ownRow(organisation, dutiesFor(organisation.sector), own, context)];
    for (const school of organisation.schools)
      rows.push(schoolRow(school, dutiesFor(school.sector), entries, own, context, organisation));
    organisations.push({
      org: organisation.org,
      name: organisation.name,
      role: organisation.role,
      file: context.relative(organisation.file),
      kinds: all.map((duty) => ({ kind: duty.kind, title: duty.title, binds: duty.binds })),
      rows,
    });
  }
  return { date: context.date, organisations };
}

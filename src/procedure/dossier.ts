// What the inspection dossier of an organisation says (`clausemark dossier ORG`, issue 27 item 5), as data: per
// policy in force its adoption, the approval trail (right, body, part, legal basis, dates, outcome, minutes, the
// hash of the text each row approved), where it is published and its next review, with overdue items marked (a
// review overdue, a step whose term ran out). The PDF prints it and carries it as its JSON attachment. Pure.
import { approvalHash } from '../model/fingerprint.js';
import { judgeProcedure, type ProcedureReport, type ReviewSource, stepBody, stepRecords } from './evaluate.js';
import type { Policy } from '../model/policy.js';
import type { VersionInForce } from './in-force.js';
import type { SectorProcedures } from './types.js';
import type { OrganisationOverview } from './overview.js';
import { namedKind } from '../model/kind.js';

export interface DossierTrailRow {
  /** The right (advies, instemming, vaststelling, informatie), or the step as written when the procedure has none. */
  step: string;
  body?: string;
  part?: string;
  basis?: string;
  name: string;
  role: string;
  asked?: string;
  decided?: string;
  outcome?: string;
  minutes?: string;
  /** The hash of the text this row approved, as recorded by `clausemark approve`. */
  hash?: string;
  /** Asked and its term ran out on this date without an answer. */
  termExpired?: string;
}

export type OverdueItem = { type: 'review'; due: string } | { type: 'term'; step: string; due: string };

export interface DossierPolicy {
  id: string;
  /** The organisation whose policy it is: the foundation, or one of its schools. */
  organisation: string;
  org: string;
  title: string;
  version: string;
  kind?: string;
  level?: string;
  owner?: string;
  adopted: { date: string; name: string; role: string };
  inForceFrom: string;
  /** Where the version was read: the file, or the file in a commit of its history. */
  source: { file: string; commit?: string; date?: string };
  /** The hash of the version's text now (sha256-v2, as `approve` records it). */
  textHash: string;
  /**
   * The adoption recorded no hash (written by hand): the text it adopted is not recorded, so `textHash` is the text
   * now, not known to be the one adopted.
   */
  textUnrecorded?: boolean;
  /**
   * For an adoption without a hash, when git tells: the first commit of the file that holds the adoption row, whose
   * text differs from this one (the text was changed after that commit); `corrected`: the later commit where the
   * adoption row first reads as it reads now (a name spelled otherwise since).
   */
  changedSinceCommit?: { commit: string; date: string; corrected?: string };
  /**
   * For an adoption without a hash, when git tells: the first commit of the file that holds the adoption row, whose
   * text is this one (the text adopted), and the adoption's day; `corrected` as for changedSinceCommit.
   */
  adoptedInCommit?: { commit: string; date: string; corrected?: string };
  /**
   * For an adoption without a hash: the first commit of the file holding the adoption row is where a shallow clone's
   * history is cut, so git cannot tell whether the row was written down with these words.
   */
  historyShallow?: true;
  /**
   * For an adoption without a hash: the first commit of the file holding the adoption row (as printed) is where the
   * file was added and git does not follow its history before (a move it cannot connect), so git cannot tell.
   */
  historyNotFollowed?: string;
  /** Where the policy says it is published (its `published` field): recorded, empty when it says nothing. */
  published: string[];
  /** Where its kind's procedure says it is to be published: a default, not a record that it was. */
  publishedByProcedure: string[];
  nextReview?: string;
  /** Whether the next review is the policy's own (`review`), the law's cycle or its procedure's default interval. */
  reviewFrom?: ReviewSource;
  /** For a review by the law's cycle: the article that sets it ("WMS art. 21 lid 1"). */
  reviewBasis?: string;
  trail: DossierTrailRow[];
  overdue: OverdueItem[];
  /**
   * Versions adopted by the dossier's date that enter into force after it (a revision with a later `effective`): each
   * with the day it was adopted and the day it enters into force, so the dossier names what replaces this version.
   */
  adoptedLater?: { version: string; adopted: string; inForceFrom: string }[];
  /**
   * Kennisname of this version (issue 72): how many of those asked by the dossier's date acknowledged it by then.
   * Counts only, never names.
   */
  acknowledged?: { acknowledged: number; asked: number };
}

export interface Dossier {
  organisation: string;
  org: string;
  /** The date the dossier is made for (YYYY-MM-DD): what was in force then, and what was overdue then. */
  date: string;
  policies: DossierPolicy[];
  /**
   * Policies of the organisation with no version in force on the date; one adopted by then that enters into force
   * later says when (so an empty list of policies in force is explained, and `--at` named), one withdrawn by then
   * (`status: retired`) the day it was, one whose adopted text was edited since that it was, a schoolgids of a past
   * school year that it expired, and one whose history begins after the date that it cannot tell.
   */
  notInForce: {
    id: string;
    title: string;
    organisation: string;
    adopted?: string;
    inForceFrom?: string;
    retired?: string;
    changed?: boolean;
    /** A schoolgids in force whose school year is over: the year it was adopted for, and the current one. */
    expired?: { schoolYear: string; current: string };
    /** The date lies before the git history of its files, which begins on this day: what was in force is unknown. */
    historyFrom?: string;
    /** Marked adopted, by a decision dated after the dossier's date (this date): not taken yet on that day. */
    notYet?: string;
  }[];
  /** What the organisation and its schools must have, and where each stands (src/procedure/overview.ts). */
  required?: OrganisationOverview;
}

/** The places a policy's `published` field names: a list, or one place as text. */
function recordedPlaces(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.flatMap((item) => {
    const place = text(item);
    return place ? [place] : [];
  });
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

/**
 * The approval trail of `policy`: each approval row with the procedure step it takes (its body, part, legal basis),
 * and the day its term ran out when it is still waiting after `date`.
 */
function approvalTrail(
  policy: Policy,
  procedures: SectorProcedures,
  report: ProcedureReport | undefined,
  date: string,
): DossierTrailRow[] {
  const records = new Map(stepRecords(policy, procedures).map((record) => [record.index, record]));
  const steps = report?.procedure?.steps ?? [];
  const level = report?.level;
  const waiting = new Map(
    (report?.steps ?? [])
      .filter((status) => status.state === 'waiting' && status.due && status.due < date)
      .map((status) => [status.record!.index, status.due!]),
  );
  return policy.meta.approvals.map((approval, index): DossierTrailRow => {
    const record = records.get(index);
    const step =
      record?.right &&
      steps.find(
        (candidate) =>
          candidate.right === record.right &&
          candidate.part === record.part &&
          (candidate.right === 'vaststelling' || (level && stepBody(candidate, level, procedures) === record.body)),
      );
    const row: DossierTrailRow = {
      step: record?.right ?? approval.step ?? '',
      name: approval.name,
      role: approval.role,
    };
    const body = record?.body ?? (step && level ? stepBody(step, level, procedures) : undefined);
    if (body) row.body = body;
    if (record?.part) row.part = record.part;
    if (step) row.basis = step.basis;
    if (approval.asked) row.asked = approval.asked;
    if (approval.date) row.decided = approval.date;
    if (record?.outcome) row.outcome = record.outcome;
    if (approval.minutes) row.minutes = approval.minutes;
    if (approval.hash) row.hash = approval.hash;
    const expired = waiting.get(index);
    if (expired) row.termExpired = expired;
    return row;
  });
}

/** One policy in force, as the dossier gives it; `procedures` are those of its sector and foundation. */
export function dossierPolicy(version: VersionInForce, procedures: SectorProcedures, date: string): DossierPolicy {
  const { policy } = version;
  const report = judgeProcedure(policy, procedures, date);
  const trail = approvalTrail(policy, procedures, report, date);
  const overdue: OverdueItem[] = [];
  if (report?.nextReview && report.nextReview < date) overdue.push({ type: 'review', due: report.nextReview });
  for (const row of trail)
    if (row.termExpired)
      overdue.push({ type: 'term', step: `${row.step} ${row.body ?? ''}`.trim(), due: row.termExpired });
  const entry: DossierPolicy = {
    id: policy.meta.id,
    organisation: policy.meta.organisation,
    org: policy.meta.org,
    title: policy.meta.title,
    version: policy.meta.version,
    adopted: { date: version.adoption.date, name: version.adoption.name, role: version.adoption.role },
    inForceFrom: version.inForceFrom,
    source:
      version.source.kind === 'file'
        ? { file: version.source.file }
        : { file: version.source.file, commit: version.source.commit, date: version.source.date },
    textHash: approvalHash(policy),
    ...(version.adoption.hash ? {} : { textUnrecorded: true }),
    published: recordedPlaces(policy.frontmatter?.data.published),
    publishedByProcedure: report?.procedure?.published ?? [],
    trail,
    overdue,
  };
  const kind = namedKind(policy);
  if (kind) entry.kind = kind;
  if (report) entry.level = report.level;
  const owner = text(policy.frontmatter?.data.owner);
  if (owner) entry.owner = owner;
  if (report?.nextReview) entry.nextReview = report.nextReview;
  if (report?.reviewFrom) entry.reviewFrom = report.reviewFrom;
  if (report?.reviewBasis) entry.reviewBasis = report.reviewBasis;
  return entry;
}

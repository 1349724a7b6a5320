// What is due (`clausemark agenda`): reviews due, steps asked and waiting with their terms, what the law's cycles
// make due (a schoolgids each school year, a schoolplan every four years), and a year planning for
// each council (MR, GMR): month by month, which policies come to it for information, advice or consent. A version an
// adopted revision replaces has no review of its own left to plan. Pure: made from the procedure reports of the
// policies and today's date.
import { isAdopted } from '../model/adoption.js';
import type { Policy } from '../model/policy.js';
import { addDuration } from './duration.js';
import { stepLabel } from './attach.js';
import type { DutyDate } from './duty-dates.js';
import type { ProcedureReport, ReviewSource } from './evaluate.js';

export interface AgendaPolicy {
  org: string;
  /** The organisation's name as its front matter gives it (what a person reads; `org` is the folder key). */
  organisation: string;
  id: string;
  title: string;
  version: string;
  file: string;
}

export interface AgendaItem {
  /** YYYY-MM-DD: the review date, or the day a waiting step's term runs out. */
  date: string;
  type: 'review' | 'step' | 'duty';
  policy: AgendaPolicy;
  /** For a step: "Instemming GMR (WMS art. 10 sub g)". */
  step?: string;
  /** For a step: the body whose answer is awaited. */
  body?: string;
  asked?: string;
  overdue: boolean;
  /** For a review: whether its date is the policy's own, the law's cycle or its procedure's default interval. */
  reviewFrom?: ReviewSource;
  /** For a review by the law's cycle: the article that sets it ("WPO art. 13a lid 1"). */
  reviewBasis?: string;
  /** For a duty: the law's cycle that makes it due ("4y"), or the school year a schoolgids is needed for. */
  duty?: { kind: string; title: string; adopted: string; cycle?: string; schoolYear?: string };
}

export interface PlannedItem {
  policy: AgendaPolicy;
  right: string;
  step: string;
  /** Why it comes then: its review, an open step, a term. */
  reason: 'review' | 'open';
}

export interface CouncilPlanning {
  /** "GMR allure", "MR school-a": the body and the key of the organisation it serves. */
  council: string;
  /** The body ("GMR") and the name of the organisation it serves ("Stichting De Linde"), for what a person reads. */
  body: string;
  organisation: string;
  months: { month: string; items: PlannedItem[] }[];
}

export interface Agenda {
  today: string;
  until: string;
  items: AgendaItem[];
  planning: CouncilPlanning[];
  /** Policies still to be adopted that name no `kind`: no procedure dates anything of theirs (check says so). */
  withoutKind?: string[];
  /** Files that could not be read (broken front matter …): nothing of theirs is in the agenda, and it says so. */
  unreadable?: string[];
}

function describePolicy(policy: Policy): AgendaPolicy {
  const { org, organisation, id, title, version } = policy.meta;
  return { org, organisation, id, title, version, file: policy.path };
}

const month = (date: string) => date.slice(0, 7);

/** A council's year planning as it is filled: per council, per month, the items that come to it. */
type Plans = Map<string, Map<string, PlannedItem[]>>;
/** Each council of the plans: its body and the name of the organisation it serves. */
type Councils = Map<string, { body: string; organisation: string }>;

/** Adopted: its adoption recorded and no step its procedure requires missing. */
const isAdoptedReport = (report: ProcedureReport): boolean =>
  report.adoption !== undefined && report.missing.length === 0;

/**
 * The policies an adopted revision (marked adopted, its text the one adopted, no required step missing) replaces (one of the same organisation and id whose `supersedes` names their
 * version): their review is the revision's to plan, so theirs, and its council steps, are not planned.
 */
function supersededBy(entries: readonly { policy: Policy; report: ProcedureReport }[], today: string): Set<Policy> {
  const revised = new Set(
    entries
      .filter(
        ({ policy, report }) =>
          policy.meta.supersedes !== undefined && isAdopted(policy, today) && isAdoptedReport(report),
      )
      .map(({ policy }) => `${policy.meta.org}\0${policy.meta.id}\0${policy.meta.supersedes}`),
  );
  return new Set(
    entries
      .map(({ policy }) => policy)
      .filter((policy) => revised.has(`${policy.meta.org}\0${policy.meta.id}\0${policy.meta.version}`)),
  );
}

/** What is due for one policy: its review when due before `until` (and not replaced), and each step waiting. */
function dueItems(
  described: AgendaPolicy,
  report: ProcedureReport,
  window: { today: string; until: string; superseded: boolean },
): AgendaItem[] {
  const { today, until } = window;
  const items: AgendaItem[] = [];
  if (report.nextReview && report.nextReview <= until && !window.superseded)
    items.push({
      date: report.nextReview,
      type: 'review',
      policy: described,
      overdue: report.nextReview < today,
      ...(report.reviewFrom ? { reviewFrom: report.reviewFrom } : {}),
      ...(report.reviewBasis ? { reviewBasis: report.reviewBasis } : {}),
    });
  for (const status of report.steps) {
    if (status.step.right === 'vaststelling' || status.state !== 'waiting' || !status.due) continue;
    items.push({
      date: status.due,
      type: 'step',
      policy: described,
      step: stepLabel(status),
      body: status.body,
      ...(status.record?.asked ? { asked: status.record.asked } : {}),
      overdue: status.due < today,
    });
  }
  return items;
}

/**
 * One policy in its councils' plannings: every council step in the month of its review (when due before `until`, and
 * no adopted revision replaces it), and, while the policy is not adopted, each step not yet done in the month it is due (this month when overdue).
 */
function planPolicy(
  plans: Plans,
  councils: Councils,
  policy: Policy,
  report: ProcedureReport,
  window: { today: string; until: string; superseded: boolean },
): void {
  const { today, until } = window;
  const described = describePolicy(policy);
  const plan = (body: string, when: string, item: PlannedItem) => {
    const council = `${body} ${policy.meta.org}`;
    councils.set(council, { body, organisation: policy.meta.organisation });
    const at = month(when < today ? today : when);
    const byMonth = plans.get(council) ?? new Map<string, PlannedItem[]>();
    plans.set(council, byMonth);
    byMonth.set(at, [...(byMonth.get(at) ?? []), item]);
  };
  const councilSteps = report.steps.filter((status) => status.step.right !== 'vaststelling');
  const planned = (status: (typeof councilSteps)[number], reason: PlannedItem['reason']): PlannedItem => ({
    policy: described,
    right: status.step.right,
    step: stepLabel(status),
    reason,
  });
  if (report.nextReview && report.nextReview <= until && !window.superseded)
    for (const status of councilSteps) plan(status.body, report.nextReview, planned(status, 'review'));
  if (isAdoptedReport(report)) return;
  for (const status of councilSteps)
    if (status.state !== 'done') plan(status.body, status.due ?? today, planned(status, 'open'));
}

/**
 * The agenda of `entries` from `today` to `months` ahead, with the dates the law's cycles give (`duties`); items
 * before today stay in, marked overdue.
 */
export function agendaOf(
  entries: readonly { policy: Policy; report: ProcedureReport }[],
  today: string,
  months = 12,
  duties: readonly { policy: Policy; due: DutyDate }[] = [],
  withoutKind: readonly string[] = [],
): Agenda {
  const until = addDuration(today, `${months}m`) ?? today;
  const items: AgendaItem[] = [];
  const plans: Plans = new Map();
  const councils: Councils = new Map();
  const superseded = supersededBy(entries, today);
  for (const { policy, report } of entries) {
    if (!report.procedure) continue;
    const window = { today, until, superseded: superseded.has(policy) };
    items.push(...dueItems(describePolicy(policy), report, window));
    planPolicy(plans, councils, policy, report, window);
  }
  // What the law's cycles make due (duty-dates.ts): before `until`, the past ones overdue.
  for (const { policy, due } of duties) {
    if (due.date > until) continue;
    const { kind, title, adopted, cycle, schoolYear } = due;
    items.push({
      date: due.date,
      type: 'duty',
      policy: describePolicy(policy),
      overdue: due.date < today,
      duty: { kind, title, adopted, ...(cycle ? { cycle } : {}), ...(schoolYear ? { schoolYear } : {}) },
    });
  }
  const listed = onceADay(items);
  listed.sort((a, b) => a.date.localeCompare(b.date, 'en') || a.policy.org.localeCompare(b.policy.org, 'en'));
  const planning = [...plans.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([council, byMonth]) => ({
      council,
      ...(councils.get(council) ?? { body: council, organisation: council }),
      months: [...byMonth.entries()]
        .filter(([at]) => at <= month(until))
        .sort(([a], [b]) => a.localeCompare(b, 'en'))
        .map(([at, planned]) => ({ month: at, items: newestOnce(planned, plannedKey) })),
    }));
  return {
    today,
    until,
    items: listed,
    planning,
    ...(withoutKind.length > 0 ? { withoutKind: [...withoutKind] } : {}),
  };
}

/** A policy across its versions: its organisation and id. */
const policyKey = (policy: AgendaPolicy): string => `${policy.org}\0${policy.id}`;
const itemKey = (item: AgendaItem): string =>
  `${item.type}\0${policyKey(item.policy)}\0${item.step ?? ''}\0${item.date}`;
const plannedKey = (item: PlannedItem): string => `${policyKey(item.policy)}\0${item.right}\0${item.step}`;

/** Of entries with the same key (versions of one policy: a draft and its revision), the newest version's, in order. */
function newestOnce<T extends { policy: AgendaPolicy }>(entries: readonly T[], key: (entry: T) => string): T[] {
  const newest = new Map<string, T>();
  for (const entry of entries) {
    const known = newest.get(key(entry));
    if (!known || entry.policy.version.localeCompare(known.policy.version, 'en', { numeric: true }) > 0)
      newest.set(key(entry), entry);
  }
  return entries.filter((entry) => newest.get(key(entry)) === entry);
}

/**
 * Each policy once a day: a review on the day the law's cycle makes the policy due says the same as that duty, which
 * also says why (the law), so the duty stays; of two versions with the same item, the newest's.
 */
function onceADay(items: readonly AgendaItem[]): AgendaItem[] {
  const duties = new Set(
    items.filter((item) => item.type === 'duty').map((item) => `${policyKey(item.policy)}\0${item.date}`),
  );
  const kept = items.filter((item) => item.type !== 'review' || !duties.has(`${policyKey(item.policy)}\0${item.date}`));
  return newestOnce(kept, itemKey);
}

// What is due (`clausemark agenda`): reviews due, steps asked and waiting with their terms, and a year planning for
// each council (MR, GMR): month by month, which policies come to it for information, advice or consent. Pure: made
// from the procedure reports of the policies and today's date.
import type { Policy } from '../model/policy.js';
import { addDuration } from './duration.js';
import { stepLabel } from './attach.js';
import type { ProcedureReport } from './evaluate.js';

export interface AgendaPolicy {
  org: string;
  id: string;
  title: string;
  version: string;
  file: string;
}

export interface AgendaItem {
  /** YYYY-MM-DD: the review date, or the day a waiting step's term runs out. */
  date: string;
  type: 'review' | 'step';
  policy: AgendaPolicy;
  /** For a step: "Instemming GMR (WMS art. 10 sub g)". */
  step?: string;
  /** For a step: the body whose answer is awaited. */
  body?: string;
  asked?: string;
  overdue: boolean;
}

export interface PlannedItem {
  policy: AgendaPolicy;
  right: string;
  step: string;
  /** Why it comes then: its review, an open step, a term. */
  reason: 'review' | 'open';
}

export interface CouncilPlanning {
  /** "GMR allure", "MR school-a": the body and the organisation it serves. */
  council: string;
  months: { month: string; items: PlannedItem[] }[];
}

export interface Agenda {
  today: string;
  until: string;
  items: AgendaItem[];
  planning: CouncilPlanning[];
}

function describePolicy(policy: Policy): AgendaPolicy {
  const { org, id, title, version } = policy.meta;
  return { org, id, title, version, file: policy.path };
}

const month = (date: string) => date.slice(0, 7);

/** The agenda of `entries` from `today` to `months` ahead; items before today stay in, marked overdue. */
export function agendaOf(
  entries: readonly { policy: Policy; report: ProcedureReport }[],
  today: string,
  months = 12,
): Agenda {
  const until = addDuration(today, `${months}m`) ?? today;
  const items: AgendaItem[] = [];
  const plans = new Map<string, Map<string, PlannedItem[]>>();
  const plan = (council: string, when: string, item: PlannedItem) => {
    const at = month(when < today ? today : when);
    const byMonth = plans.get(council) ?? new Map<string, PlannedItem[]>();
    plans.set(council, byMonth);
    byMonth.set(at, [...(byMonth.get(at) ?? []), item]);
  };
  for (const { policy, report } of entries) {
    if (!report.procedure) continue;
    const described = describePolicy(policy);
    const councilSteps = report.steps.filter((status) => status.step.right !== 'vaststelling');
    if (report.nextReview && report.nextReview <= until) {
      items.push({ date: report.nextReview, type: 'review', policy: described, overdue: report.nextReview < today });
      for (const status of councilSteps)
        plan(`${status.body} ${policy.meta.org}`, report.nextReview, {
          policy: described,
          right: status.step.right,
          step: stepLabel(status),
          reason: 'review',
        });
    }
    const adopted = report.adoption !== undefined && report.missing.length === 0;
    for (const status of councilSteps) {
      if (status.state === 'waiting' && status.due) {
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
      if (!adopted && status.state !== 'done')
        plan(`${status.body} ${policy.meta.org}`, status.due ?? today, {
          policy: described,
          right: status.step.right,
          step: stepLabel(status),
          reason: 'open',
        });
    }
  }
  items.sort((a, b) => a.date.localeCompare(b.date) || a.policy.org.localeCompare(b.policy.org));
  const planning = [...plans.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([council, byMonth]) => ({
      council,
      months: [...byMonth.entries()]
        .filter(([at]) => at <= month(until))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([at, planned]) => ({ month: at, items: planned })),
    }));
  return { today, until, items, planning };
}

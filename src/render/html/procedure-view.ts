// A policy's procedure as the HTML report shows it (issue 27 item 3): each step with where it stands, in words, and
// the overdue items (a review whose date has passed, a step whose term ran out) as badges that say what is overdue
// in words, so nothing rests on colour alone.
import type { Policy } from '../../model/policy.js';
import { formatDate } from '../../text/format-date.js';
import { fillLabel } from '../../wording/labels.js';
import type { SiteWords } from '../../wording/site-words.js';

export interface ProcedureView {
  steps: { label: string; state: string; text: string; alert: string | null }[];
  review: { due: string; alert: string | null } | null;
  /** Every overdue item, worded: the badges of the overview. */
  alerts: string[];
}

const STATE_WORDS = {
  done: 'stepDone',
  late: 'stepLate',
  waiting: 'stepWaiting',
  refused: 'stepRefused',
  missing: 'stepMissing',
} as const;

export function procedureView(policy: Policy, words: SiteWords): ProcedureView | null {
  const procedure = policy.procedure;
  if (!procedure?.steps) return null;
  // Dates as people write them in the page's language ("1 september 2025"), never ISO.
  const day = (iso: string | undefined): string => (iso ? (formatDate(iso, words.lang) ?? iso) : '');
  const steps = procedure.steps.map((step) => ({
    label: step.label,
    state: step.state,
    text: fillLabel(words[STATE_WORDS[step.state]], { date: day(step.date), due: day(step.due) }),
    alert: step.overdue && step.due ? fillLabel(words.termExpired, { due: day(step.due) }) : null,
  }));
  const review = procedure.review
    ? {
        due: day(procedure.review.due),
        alert: procedure.review.overdue ? fillLabel(words.reviewOverdue, { date: day(procedure.review.due) }) : null,
      }
    : null;
  const alerts = [
    ...(review?.alert ? [review.alert] : []),
    ...steps.flatMap((step) => (step.alert ? [`${step.alert} (${step.label})`] : [])),
  ];
  return { steps, review, alerts };
}

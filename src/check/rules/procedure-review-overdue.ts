// The review date (from review: or the procedure's interval after adoption) has passed.
import { procedureRule } from './procedure-support.js';

export const procedureReviewOverdue = procedureRule(
  'review-overdue',
  'warning',
  'the review is overdue',
  'overdue',
  'review-now',
);

// A step asked whose term ran out without an answer is still open: silence is not consent.
import { procedureRule } from './procedure-support.js';

export const procedureTermExpired = procedureRule(
  'term-expired',
  'warning',
  "a step's term ran out without an answer recorded",
  'expired',
  'chase-answer',
);

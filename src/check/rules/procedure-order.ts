// Consent or advice dated after the adoption did not precede it, as the law requires: said at the late row.
import { procedureRule } from './procedure-support.js';

export const procedureOrder = procedureRule(
  'order',
  'error',
  'a required step is dated after the adoption',
  'after-adoption',
  'adopt-again',
);

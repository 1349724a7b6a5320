// The steps come in the order of their procedure (a foundation's reglement may put an advice ahead of a consent):
// one dated before a step the procedure puts ahead of it is said at its row. A warning: the adoption still stands.
import { procedureRule } from './procedure-support.js';

export const procedureStepOrder = procedureRule(
  'step-order',
  'warning',
  'a step is dated before a step its procedure puts ahead of it',
  'before-earlier',
  'keep-order',
);

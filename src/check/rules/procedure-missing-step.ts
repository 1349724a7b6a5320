// A policy adopted without a step its procedure requires (the GMR's consent to a klachtenregeling) is not adopted: said at the adoption row.
import { procedureRule } from './procedure-support.js';

export const procedureMissingStep = procedureRule(
  'missing-step',
  'error',
  'adopted without a required advice or consent',
  'missing',
  'record-step',
);

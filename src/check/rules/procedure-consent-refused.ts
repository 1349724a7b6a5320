// A refused consent can only be overcome by a dispute outcome; an adoption without one is not valid.
import { procedureRule } from './procedure-support.js';

export const procedureConsentRefused = procedureRule(
  'consent-refused',
  'error',
  'adopted over a refused consent without a dispute outcome',
  'refused',
  'record-dispute',
);

// Silence is never consent: a step asked and never answered does not count, said at the adoption that went ahead.
import { procedureRule } from './procedure-support.js';

export const procedureSilence = procedureRule(
  'silence',
  'error',
  'adopted while a required step was asked and never answered',
  'silent',
  'record-answer',
);

// A board that adopts against a negative advice must give its reasons; without them the record is incomplete.
import { procedureRule } from './procedure-support.js';

export const procedureAdviceReasons = procedureRule(
  'advice-reasons',
  'error',
  "a negative advice without the board's reasons",
  'no-reasons',
  'write-reasons',
);

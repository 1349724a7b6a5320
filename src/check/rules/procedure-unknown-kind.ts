// The front matter's kind names no procedure of the sector, so nothing about its adoption can be checked: said at the kind.
import { procedureRule } from './procedure-support.js';

export const procedureUnknownKind = procedureRule(
  'unknown-kind',
  'error',
  "the front matter's kind has no procedure",
  'unknown',
  'use-known',
);

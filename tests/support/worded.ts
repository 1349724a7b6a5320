// What an error keyed by id must carry: its words (Error.message and the finding's message and fix, exactly as
// before they moved into templates/messages/en.yaml) and, beside them, the ids they were worded from, so that
// `--format json` gives a program the messageId. For the tests of the errors worded by src/io/messages.ts.
import { expect } from 'vitest';
import type { ClausemarkError } from '../../src/model/errors.js';

export interface ExpectedWords {
  ruleId: string;
  messageId: string;
  message: string;
  fixId?: string;
  fix?: string;
}

export function expectWorded(error: ClausemarkError, expected: ExpectedWords): void {
  const { ruleId, messageId, message, fixId, fix } = error.finding;
  expect({ text: error.message, ruleId, messageId, message, fixId, fix }).toEqual({
    text: expected.message,
    fixId: undefined,
    fix: undefined,
    ...expected,
  });
}

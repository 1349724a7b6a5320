// The ClausemarkError a call throws, for tests that read what it says (its message, hint and finding); anything
// else it throws is passed on, and a call that throws nothing fails the test.
import { ClausemarkError } from '../../src/model/errors.js';

export function thrownError(run: () => unknown): ClausemarkError {
  try {
    run();
  } catch (error) {
    if (error instanceof ClausemarkError) return error;
    throw error;
  }
  throw new Error('expected a ClausemarkError, but nothing was thrown');
}

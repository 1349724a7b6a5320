// What an error says and the ids it was worded from, checked in that order: its words first (ruleId, message, fix),
// then its messageId, fixId and params. Run on code from before an error was keyed by id, a test then fails on the
// missing ids only, which shows the words it expects are the words that code printed.
import { expect } from 'vitest';
import type { MessageParams } from '../../src/model/diagnostics.js';
import type { ClausemarkError } from '../../src/model/errors.js';
import { thrownError } from './thrown.js';

export interface Said {
  ruleId: string;
  messageId?: string | undefined;
  fixId?: string | undefined;
  params?: MessageParams | undefined;
  message: string;
  fix?: string | undefined;
}

/** The fields of `said` of an error's finding. */
export function saidBy(error: ClausemarkError): Said {
  const { ruleId, messageId, fixId, params, message, fix } = error.finding;
  return { ruleId, messageId, fixId, params, message, fix };
}

/** Expects `error` to say `expected`: the words, then the ids (an expected field left out is not checked). */
export function expectSaid(error: ClausemarkError, expected: Partial<Said>): void {
  const actual = saidBy(error);
  const words = (said: Partial<Said>) =>
    Object.fromEntries(Object.entries(said).filter(([key]) => ['ruleId', 'message', 'fix'].includes(key)));
  expect(words(actual)).toMatchObject(words(expected));
  expect(actual).toMatchObject(expected);
}

/** Expects the call to throw a ClausemarkError that says `expected`. */
export function expectThrowsSaid(run: () => unknown, expected: Partial<Said>): void {
  expectSaid(thrownError(run), expected);
}

/** Expects the promise to reject with a ClausemarkError that says `expected`. */
export async function expectRejectsSaid(promise: Promise<unknown>, expected: Partial<Said>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof Error) || error.name !== 'ClausemarkError') throw error ?? new Error('nothing was thrown');
  expectSaid(error as ClausemarkError, expected);
}

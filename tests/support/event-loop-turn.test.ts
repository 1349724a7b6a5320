// The event loop turns between tests (tests/support/event-loop-turn.ts), so a vitest worker running a file of
// synchronous tests still reads the main process's replies before the 60 s RPC deadline.
import { describe, expect, it } from 'vitest';

describe('between two tests', () => {
  let turned = false;

  it('a synchronous test schedules work for the next turn of the event loop', () => {
    setImmediate(() => {
      turned = true;
    });
  });

  it('and the next test starts only after that turn', () => {
    expect(turned).toBe(true);
  });
});

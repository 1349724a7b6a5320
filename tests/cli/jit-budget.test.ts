// The command thread raises V8's tier-up budget for its short runs (src/cli/jit-budget.ts), unless node was given a budget.
import { describe, expect, it } from 'vitest';
import { raiseJitBudget } from '../../src/cli/jit-budget.js';

describe('the JIT budget of the binary', () => {
  it('is raised when node was given none', () => {
    expect(raiseJitBudget([], '')).toBe(true);
    expect(raiseJitBudget(['--enable-source-maps'], '--max-old-space-size=4096')).toBe(true);
  });

  it('is left as the user set it, on the command line or in NODE_OPTIONS', () => {
    expect(raiseJitBudget(['--interrupt-budget=1000'], '')).toBe(false);
    expect(raiseJitBudget([], '--interrupt_budget=1000')).toBe(false);
  });
});

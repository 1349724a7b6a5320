// The command thread raises V8's tier-up budget for its short runs (src/cli/startup/jit-budget.ts), unless node was given a budget.
import { describe, expect, it } from 'vitest';
import {
  INTERRUPT_BUDGET,
  jitBudgetFor,
  raiseJitBudget,
  SHORT_RUN_BUDGET,
} from '../../../src/cli/startup/jit-budget.js';

describe('the JIT budget of the binary', () => {
  it('is raised when node was given none', () => {
    expect(raiseJitBudget('build', [], '')).toBe(INTERRUPT_BUDGET);
    expect(raiseJitBudget('compare', ['--enable-source-maps'], '--max-old-space-size=4096')).toBe(INTERRUPT_BUDGET);
  });

  it('is raised further for check, which reads its policies once', () => {
    expect(raiseJitBudget('check', [], '')).toBe(SHORT_RUN_BUDGET);
    expect(SHORT_RUN_BUDGET).toBeGreaterThan(INTERRUPT_BUDGET);
    expect(jitBudgetFor('diff')).toBe(INTERRUPT_BUDGET);
    expect(jitBudgetFor('import')).toBe(INTERRUPT_BUDGET);
    expect(jitBudgetFor(undefined)).toBe(INTERRUPT_BUDGET);
  });

  it('is left as the user set it, on the command line or in NODE_OPTIONS', () => {
    expect(raiseJitBudget('check', ['--interrupt-budget=1000'], '')).toBeUndefined();
    expect(raiseJitBudget('diff', [], '--interrupt_budget=1000')).toBeUndefined();
  });
});

// The command thread raises V8's tier-up budget for its short runs (src/cli/startup/jit-budget.ts), unless node was given a budget.
import { describe, expect, it } from 'vitest';
import {
  hasInterruptBudget,
  INTERRUPT_BUDGET,
  jitBudgetFor,
  raiseJitBudget,
  SHORT_RUN_BUDGET,
} from '../../../src/cli/startup/jit-budget.js';

// Setting the budget sets it for this process: only where the running V8 has it (node 20), as the binary does.
const withBudget = hasInterruptBudget(process.versions.v8);

describe('the JIT budget of the binary', () => {
  it.runIf(withBudget)('is raised when node was given none', () => {
    expect(raiseJitBudget('build', [], '')).toBe(INTERRUPT_BUDGET);
    expect(raiseJitBudget('compare', ['--enable-source-maps'], '--max-old-space-size=4096')).toBe(INTERRUPT_BUDGET);
  });

  it.runIf(withBudget)('is raised further for check, which reads its policies once', () => {
    expect(raiseJitBudget('check', [], '')).toBe(SHORT_RUN_BUDGET);
    expect(SHORT_RUN_BUDGET).toBeGreaterThan(INTERRUPT_BUDGET);
    expect(jitBudgetFor('diff')).toBe(INTERRUPT_BUDGET);
    expect(jitBudgetFor('import')).toBe(INTERRUPT_BUDGET);
    expect(jitBudgetFor(undefined)).toBe(INTERRUPT_BUDGET);
  });

  it.runIf(withBudget)('is left as the user set it, on the command line or in NODE_OPTIONS', () => {
    expect(raiseJitBudget('check', ['--interrupt-budget=1000'], '')).toBeUndefined();
    expect(raiseJitBudget('diff', [], '--interrupt_budget=1000')).toBeUndefined();
  });

  it('is not set where V8 has no such flag (node 22 on), which would print an error at every run', () => {
    expect(hasInterruptBudget('11.3.244.8-node.33')).toBe(true);
    expect(hasInterruptBudget('12.4.254.21-node.33')).toBe(false);
    expect(hasInterruptBudget('13.6.233.10-node.28')).toBe(false);
    expect(raiseJitBudget('check', [], '', '12.4.254.21-node.33')).toBeUndefined();
  });
});

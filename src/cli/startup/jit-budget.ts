// How soon V8 optimises a function with TurboFan, for the binary's runs. V8 sends a function to TurboFan once it has
// run a budget of its bytecode (--interrupt-budget, 67,584 bytes in node 20), tuned for long-lived pages and servers;
// a clausemark command lives for a second or a few, and optimising code it will barely run again took a quarter of a
// cold one-policy build's CPU and a third of a civil code's `check`, in V8's background threads (build 0.78 -> 0.58 s
// CPU with eight times the budget, check of BGB 0.70 -> 0.54 s). The functions that stay hot are still optimised,
// later: a 7 s comparison of two versions of Boek 2 BW took less CPU too (6.8 -> 6.3 s), a 3 s diff of two BGB
// versions 2.9 -> 2.1 s. `check` waits four times longer again (SHORT_RUN_BUDGET): it reads its policies once, and
// most of its code runs too little to repay TurboFan (BGB, cold, alternated, median CPU 0.56 -> 0.53 s at load 9-11,
// 0.57 -> 0.52 s at load 0.3 with the wall time unchanged, 0.46 -> 0.47 s). Not `diff`: its CPU fell too (0.83 ->
// 0.78 s) but on a quiet machine its wall time rose (0.65 -> 0.70 s), TurboFan having worked beside it on the other
// core; nor every command: a comparison of Boek 2 BW took 10% more CPU (5.6 -> 6.2 s). Set in the command thread
// once node has started it (src/cli/startup/thread-start.ts), before clausemark's code runs and before any build worker
// starts (V8's flags are the process's, and node 20 leaves them open to change): set before the thread started, V8
// refused node's own code cache of its internal modules there (it checks the flags the cache was made with), 40 ms
// more CPU at every run. A budget the user gave node (NODE_OPTIONS or a flag of their own) is left as it is. V8 12
// (node 22, 24) tiers up by invocation counts and has no --interrupt-budget: setting a flag V8 lacks prints an error on
// standard error, so there nothing is set (its own tiering unmeasured here).
import { setFlagsFromString } from 'node:v8';

/** Eight times V8's default budget, in bytes of bytecode run. */
export const INTERRUPT_BUDGET = 8 * 67_584;

/** Thirty-two times V8's default budget, for `check` (see above). */
export const SHORT_RUN_BUDGET = 32 * 67_584;

const SHORT_RUNS: ReadonlySet<string> = new Set(['check']);

/** The budget `command` runs with. */
export function jitBudgetFor(command: string | undefined): number {
  return command !== undefined && SHORT_RUNS.has(command) ? SHORT_RUN_BUDGET : INTERRUPT_BUDGET;
}

/** Whether V8 of version `v8` (process.versions.v8) has --interrupt-budget: V8 11 (node 20) has, V8 12 on has not. */
export function hasInterruptBudget(v8: string): boolean {
  return Number.parseInt(v8, 10) < 12;
}

/**
 * Raises V8's tier-up budget for this process to `command`'s, unless node was given one or V8 has no such budget; the
 * budget set, if any.
 */
export function raiseJitBudget(
  command: string | undefined,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
  v8 = process.versions.v8,
): number | undefined {
  if (!hasInterruptBudget(v8)) return undefined;
  if ([...execArgv, nodeOptions].some((option) => /interrupt[-_]budget/.test(option))) return undefined;
  const budget = jitBudgetFor(command);
  setFlagsFromString(`--interrupt-budget=${budget}`);
  return budget;
}

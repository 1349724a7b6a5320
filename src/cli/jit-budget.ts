// How soon V8 optimises a function with TurboFan, for the binary's runs. V8 sends a function to TurboFan once it has
// run a budget of its bytecode (--interrupt-budget, 67,584 bytes in node 20), tuned for long-lived pages and servers;
// a clausemark command lives for a second or a few, and optimising code it will barely run again took a quarter of a
// cold one-policy build's CPU and a third of a civil code's `check`, in V8's background threads (build 0.78 -> 0.58 s
// CPU with eight times the budget, check of BGB 0.70 -> 0.54 s). The functions that stay hot are still optimised,
// later: a 7 s comparison of two versions of Boek 2 BW took less CPU too (6.8 -> 6.3 s), a 3 s diff of two BGB
// versions 2.9 -> 2.1 s. Set in the command thread once node has started it (src/cli/thread-start.ts), before
// clausemark's code runs and before any build worker starts (V8's flags are the process's, and node 20 leaves them
// open to change): set before the thread started, V8 refused node's own code cache of its internal modules there (it
// checks the flags the cache was made with), 40 ms more CPU at every run. A budget the user gave node (NODE_OPTIONS
// or a flag of their own) is left as it is.
import { setFlagsFromString } from 'node:v8';

/** Eight times V8's default budget, in bytes of bytecode run. */
export const INTERRUPT_BUDGET = 8 * 67_584;

/** Raises V8's tier-up budget for this process, unless node was given one. */
export function raiseJitBudget(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
): boolean {
  if ([...execArgv, nodeOptions].some((option) => /interrupt[-_]budget/.test(option))) return false;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return true;
}

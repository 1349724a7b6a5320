// When V8 optimises the command thread's code. A cold `check` or `diff` of a civil code spent about a third of its CPU
// time in V8's optimising compiler (TurboFan, on background threads, perf record of the whole process: 36-39%):
// every run compiles again the functions that grow warm while it reads the text, most of which have done their work
// by the time their optimised code is ready. Asking for eight times V8's default interrupt budget (its measure of how
// much a function must run before it is optimised; Node 20 / V8 11.3 default 67,584) leaves lukewarm code to the
// interpreter and still optimises the hot loops of a long run. Measured on ../shared/bench-data (cold CLI, median of
// 5, load 6-9): check BGB 2012 CPU 0.70 -> 0.54 s; diff BGB 2012 -> 2013 CPU 1.10 -> 0.79 s; the unrelated GG 2012 ->
// BGB 2022 diff CPU 3.11 -> 2.60 s (4x: 0.60, 0.88, 2.69; 16x: 0.51, 0.77, 2.64). Only for the commands measured so:
// a build, a comparison or `start` may weigh otherwise. The flag is the process's; it is set in the command thread once
// node has started it (src/cli/thread-start.ts), before clausemark's code runs: set before the thread started, it
// made node's own code cache of its internal modules unusable there (V8 checks the flags it was made with), 40 ms more
// CPU at every run. V8's flags are part of what its code cache is made for (src/cli/code-cache.ts) too: a command's
// cache holds for its runs, each setting the same.
import { setFlagsFromString } from 'node:v8';

/** The interrupt budget the commands below run with: eight times Node 20's default. */
export const LATE_INTERRUPT_BUDGET = 8 * 67_584;

/** The commands that run with it. */
const OPTIMISED_LATER = new Set(['check', 'diff']);

/** Sets the interrupt budget for `command`'s run, when it is one of those measured faster with it. */
export function tierFor(command: string | undefined): void {
  if (command !== undefined && OPTIMISED_LATER.has(command))
    setFlagsFromString(`--interrupt-budget=${LATE_INTERRUPT_BUDGET}`);
}

// How many generated cases each hardening property runs. The defaults keep `npm test` quick on a small machine;
// FUZZ_RUNS=5000 (say) raises every property in tests/hardening to that many runs for a long hunt, and FUZZ_SEED
// replays the seed a failure printed.
import type { Parameters } from 'fast-check';

export function runs(defaultRuns: number): number {
  const wanted = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : defaultRuns;
}

/** fast-check parameters: the run count above, and a fixed seed when FUZZ_SEED is set (fast-check prints the seed of any failure). */
export function propertyParameters<T>(defaultRuns: number): Parameters<T> {
  const seed = Number(process.env.FUZZ_SEED);
  return { numRuns: runs(defaultRuns), ...(Number.isInteger(seed) ? { seed } : {}) };
}

/** A per-test timeout that grows with the run count (`perRun` milliseconds each, at least a minute). */
export function timeoutFor(defaultRuns: number, perRun: number): number {
  return Math.max(60_000, runs(defaultRuns) * perRun);
}

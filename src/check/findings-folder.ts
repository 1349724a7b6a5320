// Where files' checks are kept (findings-cache.ts), apart from the code that checks them: every command turns its
// caches on at its start (src/cli/run-caches.ts), and this module loads no rule or brand code there.
import { type SerializedCache, serializedCache } from '../io/serialized-cache.js';

let cache: SerializedCache | undefined;

/** Keeps files' checks in `dir` from now on (undefined: check every time); `code` as serializedCache's. */
export function keepCheckFindingsIn(dir: string | undefined, code?: string): void {
  cache = serializedCache(dir, code);
}

/** The folder and stamp the checks are kept under, or undefined when none are kept. */
export function checkFindingsCache(): SerializedCache | undefined {
  return cache;
}

// Where files' checks are kept (findings-cache.ts), apart from the code that checks them: every command turns its
// caches on at its start (src/cli/startup/run-caches.ts), and this module loads no rule or brand code there.
import { cacheSlot } from '../io/cache-slot.js';

const slot = cacheSlot();

/** Keeps files' checks in `dir` from now on (undefined: check every time); `code` as serializedCache's. */
export const keepCheckFindingsIn = slot.keep;

/** The folder and stamp the checks are kept under, or undefined when none are kept. */
export const checkFindingsCache = slot.current;

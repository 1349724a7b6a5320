// Where the documents' clause topics are kept (clause-topics-cache.ts), apart from the code that makes them: every
// command turns its caches on at its start (src/cli/startup/run-caches.ts), and this module loads no comparison code there.
import { cacheSlot } from '../../io/cache-slot.js';

const slot = cacheSlot();

/** Keeps documents' clause topics in `dir` from now on (undefined: make them every time); `code` as serializedCache's. */
export const keepClauseTopicsIn = slot.keep;

/** The folder and stamp the topics are kept under, or undefined when none are kept. */
export const clauseTopicsCache = slot.current;

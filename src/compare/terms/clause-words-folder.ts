// Where the documents' clause words are kept (clause-words-cache.ts), apart from the code that makes them: every
// command turns its caches on at its start (src/cli/startup/run-caches.ts), and this module loads no comparison code there.
import { cacheSlot } from '../../io/cache-slot.js';

const slot = cacheSlot();

/** Keeps documents' clause words in `dir` from now on (undefined: make them every time); `code` as serializedCache's. */
export const keepClauseWordsIn = slot.keep;

/** The folder and stamp the words are kept under, or undefined when none are kept. */
export const clauseWordsCache = slot.current;

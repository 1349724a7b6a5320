// Where the documents' topic scores are kept (topic-scores-cache.ts), apart from the code that works them out: every
// command turns its caches on at its start (src/cli/startup/run-caches.ts), and this module loads no comparison code there.
import { cacheSlot } from '../../io/cache-slot.js';

const slot = cacheSlot();

/** Keeps documents' topic scores in `dir` from now on (undefined: work them out every time); `code` as serializedCache's. */
export const keepTopicScoresIn = slot.keep;

/** The folder and stamp the scores are kept under, or undefined when none are kept. */
export const topicScoresCache = slot.current;

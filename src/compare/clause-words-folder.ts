// Where the documents' clause words are kept (clause-words-cache.ts), apart from the code that makes them: every
// command turns its caches on at its start (src/cli/run-caches.ts), and this module loads no comparison code there.
import { type SerializedCache, serializedCache } from '../io/serialized-cache.js';

let cache: SerializedCache | undefined;

/** Keeps documents' clause words in `dir` from now on (undefined: make them every time); `code` as serializedCache's. */
export function keepClauseWordsIn(dir: string | undefined, code?: string): void {
  cache = serializedCache(dir, code);
}

/** The folder and stamp the words are kept under, or undefined when none are kept. */
export function clauseWordsCache(): SerializedCache | undefined {
  return cache;
}

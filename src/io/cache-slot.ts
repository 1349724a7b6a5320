// One cache folder a run keeps its entries in (serialized-cache.ts), held apart from the code that makes them: every
// command turns its caches on at its start (src/cli/startup/run-caches.ts), and a slot loads none of that code there. Each
// per-document cache (the files' checks, the compared documents' topic scores, clause words and clause topics) has a
// module of its own holding one slot.
import { type SerializedCache, serializedCache } from './serialized-cache.js';

export interface CacheSlot {
  /** Keeps entries in `dir` from now on (undefined: make them every time); `code` as serializedCache's. */
  keep(dir: string | undefined, code?: string): void;
  /** The folder and stamp entries are kept under, or undefined when none are kept. */
  current(): SerializedCache | undefined;
}

export function cacheSlot(): CacheSlot {
  let cache: SerializedCache | undefined;
  return {
    keep: (dir, code) => {
      cache = serializedCache(dir, code);
    },
    current: () => cache,
  };
}

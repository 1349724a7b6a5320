// The topics whose signals stand in each clause's text or heading path (signalTopics of topic-links.ts), through the
// CLI's cache (src/io/serialized-cache.ts), one entry per document: they depend on that document's clause texts and
// paths and on the topics' signals alone. Worked out, they took the command thread ~60–90 ms of a Boek 2 BW
// comparison (normalising ~3,000 texts) while the helper computed rows; read back, a few. The entry is named by a
// hash of exactly those inputs and clausemark's bundle and sealed like every cache entry, and checked on the way
// back (every index a topic's, each clause's ascending); the CLI names the folder (clause-topics-folder.ts), tests
// and library callers that name none work the topics out as before.
import { cachedSerialized } from '../../io/serialized-cache.js';
import { clauseTopicsCache } from './clause-topics-folder.js';
import type { AlignDocument } from '../terms/documents.js';
import type { TopicDefinition } from '../read/topic-list.js';

/** Goes up when what an entry holds changes shape. */
const KIND = 'clausemark-clause-topics-1';

/** Per clause, the indices of its topics (ascending) as kept: where each clause's end, and all indices in a row. */
interface KeptTopics {
  kind: typeof KIND;
  topics: number;
  ends: Int32Array;
  indices: Int32Array;
}

function stored(perClause: readonly (readonly number[])[], topics: number): KeptTopics {
  const ends = new Int32Array(perClause.length);
  const indices = new Int32Array(perClause.reduce((sum, found) => sum + found.length, 0));
  let at = 0;
  perClause.forEach((found, clause) => {
    indices.set(found, at);
    at += found.length;
    ends[clause] = at;
  });
  return { kind: KIND, topics, ends, indices };
}

/** The topics of a stored entry for `clauses` clauses and `topics` topics; undefined for anything else. */
function restored(value: unknown, clauses: number, topics: number): number[][] | undefined {
  const entry = value as KeptTopics;
  if (typeof value !== 'object' || value === null || entry.kind !== KIND || entry.topics !== topics) return undefined;
  const { ends, indices } = entry;
  if (!(ends instanceof Int32Array) || !(indices instanceof Int32Array) || ends.length !== clauses) return undefined;
  const perClause: number[][] = [];
  let start = 0;
  for (const end of ends) {
    if (end < start || end > indices.length) return undefined;
    const found = Array.from(indices.subarray(start, end));
    if (!found.every((topic, k) => topic >= 0 && topic < topics && (k === 0 || topic > (found[k - 1] as number)))) {
      return undefined;
    }
    perClause.push(found);
    start = end;
  }
  return start === indices.length ? perClause : undefined;
}

/**
 * make() (signalTopics of `document` for `topics`), read back when the cache holds it for these very inputs: the
 * clauses' texts and heading paths and the topics' signals.
 */
export function signalTopicsCached(
  document: AlignDocument,
  topics: readonly TopicDefinition[],
  make: () => number[][],
): number[][] {
  const cache = clauseTopicsCache();
  if (cache === undefined) return make();
  const clauses = document.clauses.map(({ entry }) => [entry.text, entry.pathKey]);
  const parts = [KIND, JSON.stringify(topics.map((topic) => topic.signals)), JSON.stringify(clauses)];
  return cachedSerialized(
    cache,
    parts,
    make,
    (perClause) => stored(perClause, topics.length),
    (value) => restored(value, document.clauses.length, topics.length),
  );
}

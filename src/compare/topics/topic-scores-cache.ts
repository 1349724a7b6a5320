// clauseScores (topic-scores.ts) through the CLI's cache (src/io/serialized-cache.ts), one entry per document: a
// document's topic scores depend on that document alone (its clauses' reading texts and titles; the rarity of a key is
// counted in the document itself), on the topic list and on the lemma table, never on the documents it is compared
// with. So a compare of a document whose text, titles and topics are unchanged reads its scores back: 0.3–0.4 s of
// CPU per version of Boek 2 BW. The entry is named by a hash of exactly those inputs and clausemark's bundle, and
// sealed like every cache entry; the CLI names the folder (topic-scores-folder.ts), tests and library callers that
// name none work the scores out as before.
import type { Entry } from '../../match/entries.js';
import { cachedSerialized } from '../../io/serialized-cache.js';
import { lemmasDigest } from '../terms/lemmas-digest.js';
import type { ClauseTitles } from '../read/section-titles.js';
import type { TopicDefinition } from '../read/topic-list.js';
import type { TopicProfiles } from './topic-profile.js';
import type { ClauseScore } from './score-scale.js';
import type { TopicReading } from './topic-reading.js';
import { clauseScores } from './topic-scores.js';
import { restoredScores, type StoredScores, storedScores } from './topic-scores-stored.js';
import { topicScoresCache } from './topic-scores-folder.js';

/** Goes up when what an entry holds changes shape. */
const KIND = 'clausemark-topic-scores-3';

/** The scores as kept (topic-scores-stored.ts), with the number of topics they were scored for. */
interface KeptScores extends StoredScores {
  kind: typeof KIND;
  topics: number;
}

function stored(scores: readonly ClauseScore[][], topics: number): KeptScores {
  return { kind: KIND, topics, ...storedScores(scores) };
}

/** The scores of a stored entry for `clauses` clauses and `topics` topics; undefined for anything else. */
function restored(value: unknown, clauses: number, topics: number): ClauseScore[][] | undefined {
  const entry = value as KeptScores;
  if (typeof value !== 'object' || value === null || entry.kind !== KIND || entry.topics !== topics) return undefined;
  return restoredScores(value, clauses, topics);
}

/**
 * clauseScores(entries, titles, profiles(), reading), read back when the cache holds them for these very inputs (the
 * topics' profiles are then not made: they are the topics' and the lemma data's, both named with the entry).
 */
export function clauseScoresCached(
  entries: readonly Entry[],
  titles: readonly ClauseTitles[],
  topics: readonly TopicDefinition[],
  profiles: () => TopicProfiles,
  reading: TopicReading,
  ownTitle = '',
): ClauseScore[][] {
  const make = (): ClauseScore[][] => clauseScores(entries, titles, profiles(), reading, ownTitle);
  const cache = topicScoresCache();
  if (cache === undefined) return make();
  const count = topics.length;
  // What clauseScores reads of the document: each clause's reading text and the titles above it.
  const texts = JSON.stringify(entries.map((entry) => entry.text));
  const titled = JSON.stringify(titles.map(({ titles: above, isTitle }) => [isTitle, above]));
  const parts = [KIND, lemmasDigest(), JSON.stringify(topics), texts, titled, ownTitle];
  return cachedSerialized(
    cache,
    parts,
    make,
    (scores) => stored(scores, count),
    (value) => restored(value, entries.length, count),
  );
}

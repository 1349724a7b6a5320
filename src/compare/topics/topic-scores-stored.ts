// A document's topic scores (topic-scores.ts) in the shape the cache keeps them (topic-scores-cache.ts): typed arrays
// and each distinct signal, title and word once, instead of an object and arrays of strings per score. Kept as
// objects, a version of Boek 2 BW's entry (1.4 MB) made V8's deserialiser build an object, an array and a string for
// every signal of every score, and the garbage collector copy them all, while the helper thread computed the rows.
// Read back, every score is an object of the same fields and values as the one worked out (NO_SCORE where a topic
// has no evidence), so what coverage and evidence read of it is the same.
import { type ClauseScore, NO_SCORE } from './score-scale.js';

/** The scores as kept: per clause the scores of its topics with evidence (every other one is NO_SCORE). */
export interface StoredScores {
  /** Each distinct signal, title and word of the scores once. */
  strings: string[];
  /** Per clause, where its scores end in the per-score arrays. */
  ends: Int32Array;
  /** Per score: its topic, its value, which optional fields it has (FIELD_*), and its title (a string) or `of`. */
  topic: Int32Array;
  score: Float64Array;
  fields: Uint8Array;
  title: Int32Array;
  of: Int32Array;
  /** Per score, how many signals, words, sentences and restated words it has (LISTS numbers), listed in that order in `items`. */
  counts: Int32Array;
  items: Int32Array;
}

const FIELD_TITLE = 1;
const FIELD_WORDS = 2;
const FIELD_SENTENCES = 4;
const FIELD_OF = 8;
const FIELD_RESTATED = 16;
/** The lists a score keeps in `items`: signals, words, sentences, restated words. */
const LISTS = 4;

/** `scores` ([clause][topic]) as an entry keeps them. */
export function storedScores(scores: readonly (readonly ClauseScore[])[]): StoredScores {
  const placeOf = new Map<string, number>();
  const strings: string[] = [];
  const place = (text: string): number => {
    let at = placeOf.get(text);
    if (at === undefined) {
      at = strings.length;
      placeOf.set(text, at);
      strings.push(text);
    }
    return at;
  };
  const kept = scores.map((row) => row.flatMap((score, t) => (score === NO_SCORE ? [] : [{ t, score }])));
  const total = kept.reduce((sum, row) => sum + row.length, 0);
  const stored: StoredScores = {
    strings,
    ends: new Int32Array(scores.length),
    topic: new Int32Array(total),
    score: new Float64Array(total),
    fields: new Uint8Array(total),
    title: new Int32Array(total),
    of: new Int32Array(total),
    counts: new Int32Array(total * LISTS),
    items: new Int32Array(0),
  };
  const items: number[] = [];
  let at = 0;
  kept.forEach((row, clause) => {
    for (const { t, score } of row) storeScore(stored, at++, t, score, { place, items });
    stored.ends[clause] = at;
  });
  stored.items = Int32Array.from(items);
  return stored;
}

function storeScore(
  stored: StoredScores,
  at: number,
  t: number,
  score: ClauseScore,
  { place, items }: { place: (text: string) => number; items: number[] },
): void {
  stored.topic[at] = t;
  stored.score[at] = score.score;
  let fields = 0;
  if (score.title !== undefined) {
    fields |= FIELD_TITLE;
    stored.title[at] = place(score.title);
  }
  if (score.words !== undefined) fields |= FIELD_WORDS;
  if (score.sentences !== undefined) fields |= FIELD_SENTENCES;
  if (score.restated !== undefined) fields |= FIELD_RESTATED;
  if (score.of !== undefined) {
    fields |= FIELD_OF;
    stored.of[at] = score.of;
  }
  stored.fields[at] = fields;
  const words = (score.words ?? []).map(place);
  const lists = [score.signals.map(place), words, score.sentences ?? [], (score.restated ?? []).map(place)];
  lists.forEach((list, k) => {
    stored.counts[at * LISTS + k] = list.length;
    items.push(...list);
  });
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Whether `value` has the stored shape: the arrays of their types, the per-score ones of one length. */
function wellShaped(value: unknown, clauses: number): value is StoredScores {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as StoredScores;
  const { ends, topic, score, fields, title, of, counts, items } = entry;
  if (!isStrings(entry.strings) || !(ends instanceof Int32Array) || ends.length !== clauses) return false;
  if (![topic, title, of, counts, items].every((array) => array instanceof Int32Array)) return false;
  if (!(score instanceof Float64Array) || !(fields instanceof Uint8Array)) return false;
  const total = topic.length;
  return [score, fields, title, of].every((array) => array.length === total) && counts.length === total * LISTS;
}

/** The scores of a stored entry for `clauses` clauses and `topics` topics; undefined for anything else. */
export function restoredScores(value: unknown, clauses: number, topics: number): ClauseScore[][] | undefined {
  if (!wellShaped(value, clauses)) return undefined;
  const scores: ClauseScore[][] = [];
  const reader = { item: 0 };
  let at = 0;
  for (let clause = 0; clause < clauses; clause++) {
    const end = value.ends[clause] as number;
    if (end < at || end > value.topic.length) return undefined;
    const full = new Array<ClauseScore>(topics).fill(NO_SCORE);
    for (; at < end; at++) {
      const t = value.topic[at] as number;
      const score = t >= 0 && t < topics ? restoredScore(value, at, reader) : undefined;
      if (!score) return undefined;
      full[t] = score;
    }
    scores.push(full);
  }
  return at === value.topic.length && reader.item === value.items.length ? scores : undefined;
}

/** One stored score, its lists read on from `reader.item`; undefined where it names what the entry lacks. */
function restoredScore(stored: StoredScores, at: number, reader: { item: number }): ClauseScore | undefined {
  const { strings, items, counts } = stored;
  const list = (k: number, of: readonly string[] | undefined): (string | number)[] | undefined => {
    const count = counts[at * LISTS + k] as number;
    if (count < 0 || reader.item + count > items.length) return undefined;
    const values: (string | number)[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const item = items[reader.item + i] as number;
      if (of && of[item] === undefined) return undefined;
      values[i] = of ? (of[item] as string) : item;
    }
    reader.item += count;
    return values;
  };
  const [signals, words, sentences, restated] = [
    list(0, strings),
    list(1, strings),
    list(2, undefined),
    list(3, strings),
  ];
  const fields = stored.fields[at] as number;
  const title = fields & FIELD_TITLE ? strings[stored.title[at] as number] : undefined;
  if (!signals || !words || !sentences || !restated || (fields & FIELD_TITLE && title === undefined)) return undefined;
  const score: ClauseScore = { score: stored.score[at] as number, signals: signals as string[] };
  if (title !== undefined) score.title = title;
  if (fields & FIELD_WORDS) score.words = words as string[];
  if (fields & FIELD_SENTENCES) score.sentences = sentences as number[];
  if (fields & FIELD_OF) score.of = stored.of[at] as number;
  if (fields & FIELD_RESTATED) score.restated = restated as string[];
  return score;
}

// What a unit search reads of the documents (unit-search.ts: clause, part and unit vectors, parts' discounts, content
// words) as flat typed arrays, so it crosses to the helper thread (unit-threads.ts) as a few buffers, not as
// hundreds of thousands of objects; the numbers are copied bit for bit, so a search there is the search here.
import { indexIn } from './score-rows.js';
import type { ContentTerms, SearchClause, SearchDocument, UnitFound, UnitTask } from './unit-search.js';
import type { SparseVector } from './vectors.js';

/**
 * One document's clauses end to end. Clause c's vectors are vectors[vectorStart[c] ..]: its own, then its parts',
 * then its units' (partCount[c] and unitCount[c] of them); vector v's terms are ids/weights[termStart[v] ..
 * termStart[v + 1]). Its word sets alike: the clause's, then its units', set s being content[setStart[s] ..
 * setStart[s + 1]), ascending. Part p's discount is discount[partStart[c] + p].
 */
export interface PackedDocument {
  vectorStart: Int32Array;
  partCount: Int32Array;
  unitCount: Int32Array;
  termStart: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  discount: Float64Array;
  setStart: Int32Array;
  content: Int32Array;
}

function packDocument(document: SearchDocument): PackedDocument {
  const vectors: SparseVector[] = [];
  const sets: ContentTerms[] = [];
  const discounts: number[] = [];
  const vectorStart = new Int32Array(document.clauses.length + 1);
  document.clauses.forEach((clause, c) => {
    vectors.push(clause.vector, ...clause.parts.map((part) => part.vector), ...clause.units.map((unit) => unit.vector));
    sets.push(clause.contentTerms, ...clause.units.map((unit) => unit.contentTerms));
    for (const part of clause.parts) discounts.push(part.discount);
    vectorStart[c + 1] = vectors.length;
  });
  const termStart = offsets(vectors.map((vector) => vector.ids.length));
  const ids = new Int32Array(termStart[vectors.length] as number);
  const weights = new Float64Array(ids.length);
  vectors.forEach((vector, v) => {
    ids.set(vector.ids, termStart[v]);
    weights.set(vector.weights, termStart[v]);
  });
  // Each set's ids ascending, so the helper looks them up without making a Set of each.
  const sorted = sets.map((set) => Int32Array.from(set).sort());
  const setStart = offsets(sorted.map((ids) => ids.length));
  const content = new Int32Array(setStart[sets.length] as number);
  sorted.forEach((ids, s) => {
    content.set(ids, setStart[s]);
  });
  return {
    vectorStart,
    partCount: Int32Array.from(document.clauses, (clause) => clause.parts.length),
    unitCount: Int32Array.from(document.clauses, (clause) => clause.units.length),
    termStart,
    ids,
    weights,
    discount: Float64Array.from(discounts),
    setStart,
    content,
  };
}

/** Offsets of lists laid end to end: start[i] is where list i begins, start[length] the total. */
function offsets(lengths: readonly number[]): Int32Array {
  const start = new Int32Array(lengths.length + 1);
  lengths.forEach((length, i) => {
    start[i + 1] = (start[i] as number) + length;
  });
  return start;
}

/** Content words as their ids ascending: a lookup is a binary search. */
class SortedTerms implements ContentTerms {
  constructor(private readonly ids: Int32Array) {}

  has(id: number): boolean {
    return indexIn(this.ids, id) >= 0;
  }

  [Symbol.iterator](): Iterator<number> {
    return this.ids[Symbol.iterator]();
  }
}

function unpackDocument(packed: PackedDocument): SearchDocument {
  const vector = (v: number): SparseVector => {
    const [from, to] = [packed.termStart[v] as number, packed.termStart[v + 1] as number];
    return { ids: packed.ids.subarray(from, to), weights: packed.weights.subarray(from, to) };
  };
  const set = (s: number): ContentTerms =>
    new SortedTerms(packed.content.subarray(packed.setStart[s], packed.setStart[s + 1]));
  const clauses: SearchClause[] = [];
  let [part, set0] = [0, 0];
  packed.partCount.forEach((parts, c) => {
    const first = packed.vectorStart[c] as number;
    const units = packed.unitCount[c] as number;
    clauses.push({
      vector: vector(first),
      parts: Array.from({ length: parts }, (_, p) => ({
        vector: vector(first + 1 + p),
        discount: packed.discount[part + p] as number,
      })),
      units: Array.from({ length: units }, (_, u) => ({
        vector: vector(first + 1 + parts + u),
        contentTerms: set(set0 + 1 + u),
      })),
      contentTerms: set(set0),
    });
    part += parts;
    set0 += 1 + units;
  });
  return { clauses };
}

export function packDocuments(documents: readonly SearchDocument[]): PackedDocument[] {
  return documents.map(packDocument);
}

export function unpackDocuments(packed: readonly PackedDocument[]): SearchDocument[] {
  return packed.map(unpackDocument);
}

/** The buffers of packed documents, to transfer rather than copy: packDocuments made every one for the message. */
export function documentBuffers(packed: readonly PackedDocument[]): ArrayBuffer[] {
  return packed.flatMap((document) =>
    Object.values(document).map((array: Int32Array | Float64Array) => array.buffer as ArrayBuffer),
  );
}

/** Tasks as [from, to, clause] triples. */
export function packTasks(tasks: readonly UnitTask[]): Int32Array {
  const packed = new Int32Array(tasks.length * 3);
  tasks.forEach((task, k) => packed.set([task.from, task.to, task.clause], k * 3));
  return packed;
}

export function unpackTasks(packed: Int32Array): UnitTask[] {
  return Array.from({ length: packed.length / 3 }, (_, k) => ({
    from: packed[k * 3] as number,
    to: packed[k * 3 + 1] as number,
    clause: packed[k * 3 + 2] as number,
  }));
}

/** Answers per task: clause and unit (-1 -1: none found), and the score. */
export interface PackedFound {
  at: Int32Array;
  score: Float64Array;
}

export function packFound(found: readonly (UnitFound | undefined)[]): PackedFound {
  const packed = { at: new Int32Array(found.length * 2).fill(-1), score: new Float64Array(found.length) };
  found.forEach((hit, k) => {
    if (!hit) return;
    packed.at.set([hit.clause, hit.unit], k * 2);
    packed.score[k] = hit.score;
  });
  return packed;
}

export function unpackFound(packed: PackedFound): (UnitFound | undefined)[] {
  return Array.from(packed.score, (score, k) => {
    const clause = packed.at[k * 2] as number;
    return clause < 0 ? undefined : { clause, unit: packed.at[k * 2 + 1] as number, score };
  });
}

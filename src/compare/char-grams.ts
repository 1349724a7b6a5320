// EXPERIMENT, NOT KEPT (issue 24, third round; reverted in the next commit, kept in history so the figures of
// docs/compare.md "Character n-grams, sentence alignment and BM25" can be reproduced). A pass after pass three:
// a sentence of a free clause and a sentence of another document's free clause are joined (their clauses) when
// each is the other's best by the cosine of TF-IDF vectors of character n-grams of their content words (within
// word boundaries, so "schoolaccount" and "account van de school" share grams), the score reaches CG_MIN and
// beats the best sentence of any other clause by CG_MARGIN in both directions. Switched on and set from the
// environment while measuring (NODE_ENV=production npx vite-node tests/compare/measure.ts --held-out --runs 0):
//   CG_ON=1          run the pass at all
//   CG_N=4           n of the character n-grams
//   CG_MIN, CG_MARGIN  least score, least lead over the best rival clause
//   CG_LEVEL=clause  whole clauses instead of sentences
//   CG_FEATURE=word  whole content words instead of character n-grams (sentence alignment alone)
//   CG_TOPIC=1       only clauses under a shared topic (pass three's clauseTopics)
//   CG_AGREE=1       the two whole clauses must also be each other's best by the same features
//   CG_WEIGHT=bm25   BM25 weights (k1 1.2, b 0.75) instead of TF-IDF
// The kept-out column of the table is CG_ON=1 CG_TOPIC=1 CG_AGREE=1 CG_N=4 CG_MIN=0.27 CG_MARGIN=0.11.
// (vectors.ts: CG_BM25=1 and CG_BM25TF=1 put BM25's idf and term-frequency saturation into the main vectors.)
import { normalisedWords } from '../text/normalise.js';
import type { Group, LinkSet } from './cluster.js';
import type { AlignDocument } from './documents.js';
import { isFunctionWord } from './function-words.js';
import { ORGANISATION_TOKEN } from './organisation.js';
import type { PairAlignment, PairLink } from './pairwise.js';
import { clauseTopics } from './topic-links.js';
import type { TopicDefinition } from './topic-list.js';
import { TopicSignals } from './topic-signals.js';
import { sentencesOf } from './units.js';

const env = (name: string, fallback: number): number => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : Number(value);
};
const N = env('CG_N', 4);
const MIN = env('CG_MIN', 0.3);
const MARGIN = env('CG_MARGIN', 0.05);
const LEVEL = process.env.CG_LEVEL ?? 'sentence'; // sentence | clause
const FEATURE = process.env.CG_FEATURE ?? 'char'; // char | word
const TOPIC = process.env.CG_TOPIC === '1';
const WEIGHT = process.env.CG_WEIGHT ?? 'tfidf'; // tfidf | bm25

type Vec = Map<string, number>;

function features(text: string): string[] {
  const words = normalisedWords(text).filter(
    (word) => !isFunctionWord(word) && word !== ORGANISATION_TOKEN && /\p{L}/u.test(word),
  );
  if (FEATURE === 'word') return words;
  const grams: string[] = [];
  for (const word of words) {
    const padded = ` ${word} `;
    if (padded.length <= N) grams.push(padded);
    for (let i = 0; i + N <= padded.length; i++) grams.push(padded.slice(i, i + N));
  }
  return grams;
}

interface Sentence {
  document: number;
  clause: number;
  grams: string[];
  vector: Vec;
}

function sentencesOfClause(document: AlignDocument, clause: number): string[] {
  const entry = document.clauses[clause]?.entry;
  if (!entry) return [];
  if (LEVEL === 'clause') return [entry.clause.text];
  const rows = document.clauses[clause]?.units.filter((unit) => unit.part.kind === 'row') ?? [];
  if (rows.length > 0) return rows.map((row) => row.text);
  return sentencesOf(entry.clause.text);
}

function vectorise(all: Sentence[]): void {
  const df = new Map<string, number>();
  let totalLength = 0;
  for (const s of all) {
    for (const g of new Set(s.grams)) df.set(g, (df.get(g) ?? 0) + 1);
    totalLength += s.grams.length;
  }
  const avg = totalLength / Math.max(1, all.length);
  const count = all.length;
  for (const s of all) {
    const tf = new Map<string, number>();
    for (const g of s.grams) tf.set(g, (tf.get(g) ?? 0) + 1);
    let norm = 0;
    for (const [g, c] of tf) {
      const d = df.get(g) ?? 1;
      let w: number;
      if (WEIGHT === 'bm25') {
        const idf = Math.log(1 + (count - d + 0.5) / (d + 0.5));
        const k1 = 1.2;
        const b = 0.75;
        w = (idf * (c * (k1 + 1))) / (c + k1 * (1 - b + (b * s.grams.length) / avg));
      } else {
        w = (1 + Math.log(c)) * Math.log((count + 1) / d);
      }
      s.vector.set(g, w);
      norm += w * w;
    }
    const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
    for (const [g, w] of s.vector) s.vector.set(g, w * scale);
  }
}

function cos(a: Vec, b: Vec): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small) dot += w * (large.get(g) ?? 0);
  return dot;
}

/** For sentence s, best and second best (other clause) among sentences of `others` whose clause is allowed. */
function bestOf(s: Sentence, others: readonly Sentence[], allowed: (o: Sentence) => boolean) {
  let best: Sentence | undefined;
  let top = 0;
  const perClause = new Map<number, number>();
  for (const o of others) {
    if (!allowed(o)) continue;
    const value = cos(s.vector, o.vector);
    perClause.set(o.clause, Math.max(perClause.get(o.clause) ?? 0, value));
    if (value > top) {
      top = value;
      best = o;
    }
  }
  let rival = 0;
  for (const [clause, value] of perClause) if (clause !== best?.clause && value > rival) rival = value;
  return { best, top, rival };
}

export function charGramLinks(
  pairs: readonly PairAlignment[],
  groups: readonly Group[],
  documents: readonly AlignDocument[],
  topics: readonly TopicDefinition[] | undefined,
): LinkSet[] {
  const all: Sentence[] = [];
  const byDocument: Sentence[][] = documents.map(() => []);
  documents.forEach((document) => {
    document.clauses.forEach((_, clause) => {
      for (const text of sentencesOfClause(document, clause)) {
        const s: Sentence = { document: document.order, clause, grams: features(text), vector: new Map() };
        if (s.grams.length === 0) continue;
        all.push(s);
        byDocument[document.order]?.push(s);
      }
    });
  });
  vectorise(all);
  // Whole clauses too, for the agreement check (CG_AGREE): the clause-level char-gram score must also be mutual best.
  const wholes: Sentence[][] = documents.map((document) =>
    document.clauses.map((clause, index) => ({
      document: document.order,
      clause: index,
      grams: features(clause.entry.clause.text),
      vector: new Map(),
    })),
  );
  vectorise(wholes.flat());
  const signals = (topics ?? []).map((topic) => new TopicSignals(topic.signals));
  const topicsOf = documents.map((document) => clauseTopics(document, signals, topics ?? []));
  const groupOf: Map<number, number>[] = documents.map(() => new Map());
  groups.forEach((group, index) => {
    for (const [document, clauses] of group) for (const clause of clauses) groupOf[document]?.set(clause, index);
  });
  const free = (document: number, clause: number, other: number): boolean =>
    !groups[groupOf[document]?.get(clause) ?? -1]?.has(other);
  const shareTopic = (a: Sentence, b: Sentence): boolean => {
    if (!TOPIC) return true;
    const ta = topicsOf[a.document]?.[a.clause];
    const tb = topicsOf[b.document]?.[b.clause];
    if (!ta || !tb) return false;
    for (const t of ta) if (tb.has(t)) return true;
    return false;
  };
  return pairs.map((pair): LinkSet => {
    const left = pair.left.order;
    const right = pair.right.order;
    const links: PairLink[] = [];
    const seen = new Set<string>();
    for (const s of byDocument[left] ?? []) {
      if (!free(left, s.clause, right)) continue;
      const there = bestOf(s, byDocument[right] ?? [], (o) => free(right, o.clause, left) && shareTopic(s, o));
      if (!there.best || there.top < MIN || there.top - there.rival < MARGIN) continue;
      const back = bestOf(
        there.best,
        byDocument[left] ?? [],
        (o) => free(left, o.clause, right) && shareTopic(o, there.best as Sentence),
      );
      if (back.best !== s || back.top - back.rival < MARGIN) continue;
      if (process.env.CG_AGREE === '1') {
        const a = wholes[left]?.[s.clause] as Sentence;
        const b = wholes[right]?.[there.best.clause] as Sentence;
        const fwd = bestOf(a, wholes[right] ?? [], (o) => free(right, o.clause, left) && shareTopic(a, o));
        const bwd = bestOf(b, wholes[left] ?? [], (o) => free(left, o.clause, right) && shareTopic(o, b));
        if (fwd.best !== b || bwd.best !== a) continue;
      }
      const key = `${s.clause}:${there.best.clause}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (process.env.CG_DEBUG)
        console.error(
          `CG ${pair.left.key}:${pair.left.clauses[s.clause]?.entry.ref.id} ~ ${pair.right.key}:${pair.right.clauses[there.best.clause]?.entry.ref.id} ${there.top.toFixed(3)} rival ${there.rival.toFixed(3)}/${back.rival.toFixed(3)}`,
        );
      links.push({ left: [s.clause], right: [there.best.clause], score: there.top, via: 'loose' });
    }
    return { left: pair.left, right: pair.right, links };
  });
}

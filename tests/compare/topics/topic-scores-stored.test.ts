// Topic scores in the shape the cache keeps them (src/compare/topics/topic-scores-stored.ts): read back, every score has the
// fields and values it was kept with (NO_SCORE where a topic has no evidence, an empty list apart from none), through
// V8's serialisation as the cache writes it; an entry of another shape, or one naming what it does not hold, is not
// read back.
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { NO_SCORE, type ClauseScore } from '../../../src/compare/topics/score-scale.js';
import { restoredScores, storedScores } from '../../../src/compare/topics/topic-scores-stored.js';

const scores: ClauseScore[][] = [
  [NO_SCORE, { score: 0.42, signals: ['pesten', 'online pesten'] }, NO_SCORE],
  [
    { score: 0.36, signals: [], words: ['melden', 'school'], restated: ['melden', 'school', 'mentor', 'direct'] },
    NO_SCORE,
    NO_SCORE,
  ],
  [NO_SCORE, NO_SCORE, NO_SCORE],
  [
    { score: 0.8, signals: [], title: 'Pesten', words: ['pesten'] },
    { score: 0, signals: [], words: [] },
    { score: 0.61, signals: ['pesten'], words: ['pesten', 'melden'], sentences: [1, 3], of: 4 },
  ],
];

const throughTheCache = (value: unknown): unknown => deserialize(serialize(value));

describe('storedScores and restoredScores', () => {
  it('read back every score with the fields and values it was kept with', () => {
    const restored = restoredScores(throughTheCache(storedScores(scores)), 4, 3);
    expect(restored).toStrictEqual(scores);
    expect(restored?.[0]?.[0]).toBe(NO_SCORE);
    expect(restored?.[3]?.[1]).toStrictEqual({ score: 0, signals: [], words: [] });
  });

  it('keeps each distinct signal, title and word once', () => {
    expect(storedScores(scores).strings).toEqual([
      'pesten',
      'online pesten',
      'melden',
      'school',
      'mentor',
      'direct',
      'Pesten',
    ]);
  });

  it('reads nothing back for another number of clauses or topics, or another shape', () => {
    const stored = storedScores(scores);
    expect(restoredScores(stored, 3, 3)).toBeUndefined();
    expect(restoredScores(stored, 4, 2)).toBeUndefined();
    expect(restoredScores({ ...stored, score: Array.from(stored.score) }, 4, 3)).toBeUndefined();
    expect(restoredScores(null, 4, 3)).toBeUndefined();
  });

  it('reads nothing back from an entry naming a string, topic or item it does not hold', () => {
    const stored = storedScores(scores);
    expect(restoredScores(stored, 4, 3)).toBeDefined();
    expect(restoredScores({ ...stored, strings: stored.strings.slice(0, 2) }, 4, 3)).toBeUndefined();
    expect(restoredScores({ ...stored, topic: stored.topic.map((t) => t + 5) }, 4, 3)).toBeUndefined();
    expect(restoredScores({ ...stored, items: stored.items.subarray(1) }, 4, 3)).toBeUndefined();
    expect(restoredScores({ ...stored, ends: Int32Array.of(2, 1, 1, 5) }, 4, 3)).toBeUndefined();
  });
});

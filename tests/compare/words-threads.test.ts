// The clause words of a large comparison over two threads (src/compare/words-threads.ts): the helper's side, run here
// over a message channel, answers every chunk it takes with the sentences and words this thread makes, and takes
// none the other thread has taken; without a started helper nothing is made ahead (the words are made on demand).
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { maskedWordsOf, wordTexts } from '../../src/compare/clause-words.js';
import { nameMask } from '../../src/compare/organisation.js';
import { maySplit, sentencesOnce } from '../../src/compare/sentence-memo.js';
import { answerWordsTask, CHUNK_TEXTS, prepareWords, type WordsChunk } from '../../src/compare/words-threads.js';
import { orgPolicy, verbApartRules } from './fixtures.js';

const mask = nameMask([orgPolicy('noord', 'School Noord', [{ title: 'Regels', clauses: ['Tekst.'] }])]);
/** Clause texts of one to three sentences, some naming the school, over several chunks. */
const texts = verbApartRules(2 * CHUNK_TEXTS + 5, 0).map((rule, index) =>
  index % 3 === 0
    ? rule
    : `${rule} School Noord bespreekt dit, zo nodig, met de ouders. ${rule.replace('Regel', 'Zie')}`,
);

/** The helper's answers to a task over `texts` whose first `taken` chunks the other thread has taken. */
async function answers(taken: number): Promise<WordsChunk[]> {
  const control = new Int32Array(new SharedArrayBuffer(8));
  control[0] = taken;
  const { port1, port2 } = new MessageChannel();
  const got: WordsChunk[] = [];
  port1.on('message', (chunk: WordsChunk) => got.push(chunk));
  const closed = new Promise((resolve) => port1.once('close', resolve));
  answerWordsTask({ texts, mask, control, port: port2 });
  await closed;
  expect(Atomics.load(control, 1)).toBe(Math.ceil(texts.length / CHUNK_TEXTS) - taken);
  return got;
}

describe('the helper side of the clause words', () => {
  it("answers each chunk with this thread's sentences and the words of every text a clause is read by", async () => {
    const got = await answers(0);
    expect(got.map((chunk) => chunk.first)).toEqual([0, CHUNK_TEXTS, 2 * CHUNK_TEXTS]);
    const flat = got.flatMap((chunk) => chunk.words.map((words, index) => ({ words, index: chunk.first + index })));
    expect(flat).toHaveLength(texts.length);
    for (const { words, index } of flat) {
      const text = texts[index] as string;
      expect(words).toEqual(wordTexts(text).map((one) => maskedWordsOf(one, mask)));
      const chunk = got.find((one) => one.first === index - (index % CHUNK_TEXTS)) as WordsChunk;
      expect(chunk.sentences[index % CHUNK_TEXTS]).toEqual(maySplit(text) ? sentencesOnce(text) : []);
    }
    expect(flat.some(({ index }) => maySplit(texts[index] as string))).toBe(true);
  });

  it('takes no chunk the other thread has taken', async () => {
    expect((await answers(2)).map((chunk) => chunk.first)).toEqual([2 * CHUNK_TEXTS]);
  });
});

describe('prepareWords', () => {
  it('makes nothing ahead without a started helper (the sources run here never start one)', () => {
    const words = new Map<string, string[]>();
    prepareWords(texts, mask, words);
    expect(words.size).toBe(0);
  });
});

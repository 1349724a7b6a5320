// A large comparison's clause words (clause-words.ts) over two threads: while this thread prepares the documents, the
// helper thread of the score matrix (score-threads.ts), started as the comparison begins, would only wait. So this
// thread and the helper take chunks of the distinct clause texts from one shared counter, and the helper's words
// and sentences are kept as if this thread had made them (they are the same: a pure function of the text and the
// names). Whatever the helper does not answer, or where no helper was started, is made on demand as before.
import { MessageChannel, type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import { maskedWordsOf, wordTexts } from './clause-words.js';
import type { NameMask } from './organisation.js';
import { runningHelper } from './score-threads.js';
import { keepSentences, maySplit, sentencesOnce } from './sentence-memo.js';

/** Clause texts per chunk: a few milliseconds of work. */
export const CHUNK_TEXTS = 16;

/** How long this thread waits for a helper that finishes no chunk (its texts are then made here, on demand). */
const HELPER_PATIENCE_MS = 5000;

/** What this thread tells the helper: the texts, the names to mask, [next chunk, chunks done] shared by both. */
export interface WordsTask {
  texts: readonly string[];
  mask: NameMask;
  control: Int32Array;
  port: MessagePort;
}

/**
 * The helper's answer for the chunk from text `first`: per text, its sentences where sentencesOnce split it (else
 * none), and the words of each of its wordTexts, in that order.
 */
export interface WordsChunk {
  first: number;
  sentences: (readonly string[])[];
  words: string[][][];
}

/** maskedWordsOf(text), kept in `words` (the same array for the same text). */
function wordsOf(text: string, mask: NameMask, words: Map<string, string[]>): string[] {
  let known = words.get(text);
  if (!known) {
    known = maskedWordsOf(text, mask);
    words.set(text, known);
  }
  return known;
}

/** The helper's side: chunks of the task's texts until none is left, each answered (or left to the other thread). */
export function answerWordsTask({ texts, mask, control, port }: WordsTask): void {
  const chunks = Math.ceil(texts.length / CHUNK_TEXTS);
  const words = new Map<string, string[]>();
  for (let chunk = Atomics.add(control, 0, 1); chunk < chunks; chunk = Atomics.add(control, 0, 1)) {
    try {
      const first = chunk * CHUNK_TEXTS;
      const answer: WordsChunk = { first, sentences: [], words: [] };
      for (const text of texts.slice(first, first + CHUNK_TEXTS)) {
        answer.sentences.push(maySplit(text) ? sentencesOnce(text) : []);
        answer.words.push(wordTexts(text).map((one) => wordsOf(one, mask, words)));
      }
      port.postMessage(answer);
    } catch {
      // Not answered: the other thread makes these words on demand.
    } finally {
      Atomics.add(control, 1, 1);
      Atomics.notify(control, 1);
    }
  }
  port.close();
}

/** Keeps a chunk the helper answered: its sentences, and each text's words unless this thread has made them. */
function keepChunk(texts: readonly string[], chunk: WordsChunk, words: Map<string, string[]>): void {
  chunk.words.forEach((made, index) => {
    const text = texts[chunk.first + index] as string;
    const sentences = chunk.sentences[index] ?? [];
    if (sentences.length > 0) keepSentences(text, sentences);
    wordTexts(text).forEach((one, k) => {
      if (!words.has(one)) words.set(one, made[k] as string[]);
    });
  });
}

/**
 * Fills `words` (text → maskedWordsOf(text, mask)) for wordTexts of each of `texts`, with the helper when it was
 * started; without one nothing is made ahead.
 */
export function prepareWords(texts: readonly string[], mask: NameMask, words: Map<string, string[]>): void {
  const worker = runningHelper();
  if (!worker) return;
  const chunks = Math.ceil(texts.length / CHUNK_TEXTS);
  const control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  worker.postMessage({ texts, mask, control, port: port2 } satisfies WordsTask, [port2]);
  for (let chunk = Atomics.add(control, 0, 1); chunk < chunks; chunk = Atomics.add(control, 0, 1)) {
    for (const text of texts.slice(chunk * CHUNK_TEXTS, (chunk + 1) * CHUNK_TEXTS))
      for (const one of wordTexts(text)) wordsOf(one, mask, words);
    Atomics.add(control, 1, 1);
  }
  for (let done = Atomics.load(control, 1); done < chunks; done = Atomics.load(control, 1)) {
    if (Atomics.wait(control, 1, done, HELPER_PATIENCE_MS) === 'timed-out' && Atomics.load(control, 1) === done) {
      Atomics.store(control, 0, chunks);
      break;
    }
  }
  for (let answer = receiveMessageOnPort(port1); answer; answer = receiveMessageOnPort(port1))
    keepChunk(texts, answer.message as WordsChunk, words);
  port1.close();
}

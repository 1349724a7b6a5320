// A text's sentences (src/text/sentences.ts), split once however often compare asks: a clause's parts, its units, its
// topic evidence and its provision's label all read its sentences, and two versions of one law share most clauses
// word for word. The memo is bounded, so a long-running process (serve --watch) does not keep every text it met.
import { splitSentences } from '../../text/sentences.js';

/** Text that has more after a sentence end or a blank line: only then is splitting into sentences worth it. */
const MAYBE_SENTENCES = /[.!?…]["'”’)\]»]*\s+\S|\n\s*\n/u;

/** Past this many texts the memo starts over. */
const MEMO_TEXTS = 50_000;

const memo = new Map<string, readonly string[]>();

/** splitSentences(text), the same array for the same text: read it, never change it. */
export function sentencesOnce(text: string): readonly string[] {
  let sentences = memo.get(text);
  if (!sentences) {
    if (memo.size >= MEMO_TEXTS) memo.clear();
    sentences = Object.freeze(splitSentences(text));
    memo.set(text, sentences);
  }
  return sentences;
}

/** Whether `text` may hold more than one sentence (clauseSentences splits only such a text). */
export function maySplit(text: string): boolean {
  return MAYBE_SENTENCES.test(text);
}

/** A clause's sentences as its parts and units read them: the text itself where it cannot hold two. */
export function clauseSentences(text: string): readonly string[] {
  return maySplit(text) ? sentencesOnce(text) : [text];
}

/** Keeps `sentences`, read back from the cache (clause-words-cache.ts), as sentencesOnce(text), unless it is kept. */
export function keepSentences(text: string, sentences: readonly string[]): void {
  if (memo.has(text)) return;
  if (memo.size >= MEMO_TEXTS) memo.clear();
  memo.set(text, Object.freeze(sentences));
}

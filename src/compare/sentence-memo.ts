// A text's sentences (src/text/sentences.ts), split once however often compare asks: a clause's parts, its units, its
// topic evidence and its provision's label all read its sentences, and two versions of one law share most clauses
// word for word. The memo is bounded, so a long-running process (serve --watch) does not keep every text it met.
import { splitSentences } from '../text/sentences.js';

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

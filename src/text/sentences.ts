// Sentences of a text, for comparisons finer than a clause. Abbreviations ("o.a.", "art.", "bijv.") are single
// tokens, so their dots never end a sentence; a number followed by a full stop does ("… in artikel 5. Daarna …").
import { tokenize, type Token } from './tokenize.js';

const ENDINGS = new Set(['.', '!', '?', '…']);
// Closing quotes and brackets stay with the sentence they close.
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function startsSentence(token: Token | undefined): boolean {
  if (!token) return true;
  if (token.kind === 'punct') return /^[("'“‘«[•\-–]/.test(token.text);
  return token.kind !== 'space' && !/^\p{Ll}/u.test(token.text);
}

/**
 * Splits text into sentences. Each sentence keeps the whitespace that follows it, so `join('')` gives the text
 * back. A blank line always ends a sentence.
 */
export function splitSentences(text: string): string[] {
  const tokens = tokenize(text);
  const sentences: string[] = [];
  let current = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    current += token.text;
    if (token.kind === 'space') {
      if (/\n\s*\n/.test(token.text) && current.trim() !== '') {
        sentences.push(current);
        current = '';
      }
      continue;
    }
    if (token.kind !== 'punct' || !ENDINGS.has(token.text)) continue;
    // Take along repeated end marks and closers: "Echt?!" and "(zie boven.)".
    while (
      i + 1 < tokens.length &&
      (ENDINGS.has(tokens[i + 1]?.text ?? '') || CLOSERS.has(tokens[i + 1]?.text ?? ''))
    ) {
      i++;
      current += tokens[i]?.text ?? '';
    }
    const next = tokens[i + 1];
    if (next === undefined) break;
    if (next.kind !== 'space' || !startsSentence(tokens[i + 2])) continue;
    current += next.text;
    i++;
    sentences.push(current);
    current = '';
  }
  if (current !== '') sentences.push(current);
  return sentences;
}

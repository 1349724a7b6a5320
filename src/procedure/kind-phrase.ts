// A policy named in a sentence by its kind, with the article its procedure file gives (`article: de|het`): "dit
// pestprotocol", "deze schoolgids" (issue 43: "deze pestprotocol" was written for every kind). Where the file gives
// none the sentence says "dit beleid (…)", which is never wrong. The words are templates/messages' policy-kind.*.
import type { MessageRef } from '../model/diagnostics.js';
import type { KindProcedure } from './types.js';

/**
 * The kind's title as a sentence names it: "Privacyreglement" → "privacyreglement"; only the first letter, so an
 * abbreviation stays ("medezeggenschapsreglement GMR").
 */
export function titleInSentence(procedure: Pick<KindProcedure, 'title'>): string {
  return `${procedure.title.charAt(0).toLocaleLowerCase('nl')}${procedure.title.slice(1)}`;
}

/** "dit privacyreglement", "deze schoolgids", or "dit beleid (…)" for a kind without an article. */
export function thisPolicy(procedure: Pick<KindProcedure, 'title' | 'article'>): MessageRef {
  const name = titleInSentence(procedure);
  return { messageId: `policy-kind.this-${procedure.article ?? 'unknown'}`, params: { name } };
}

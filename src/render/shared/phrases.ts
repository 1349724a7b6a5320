// Words the diff reports need beyond the single labels (view names, column heads, the compact line for renumbered
// clauses): the `phrases` mapping of templates/labels/<lang>.yaml, read with the other labels (src/wording/labels.ts),
// so a renderer is given them and never picks a language itself.
import type { ClauseChange } from '../../diff/types.js';
import { articleOf } from '../../wording/article-words.js';
import { fillLabel, type Labels } from '../../wording/labels.js';

export type Phrases = Labels['phrases'];

/** "{{count}} …" with the singular form for one. */
export function counted(count: number, many: string, one: string): string {
  return count === 1 ? one : fillLabel(many, { count });
}

/**
 * The head of the line for clauses that only got another number, counting what it names: "12 artikelen hernummerd";
 * in a policy of typed articles "67 bepalingen hernummerd, in 16 artikelen" (src/wording/article-words.ts), the
 * articles they stand in said only where every one of them stands in one.
 */
export function renumberedCount(changes: readonly ClauseChange[], phrases: Phrases): string {
  const articles = new Set(changes.map((change) => (change.new ? articleOf(change.new) : undefined)));
  if (changes.length < 2 || articles.has(undefined)) {
    return counted(changes.length, phrases.renumbered, phrases.renumberedOne);
  }
  if (articles.size === 1) return fillLabel(phrases.renumberedInArticle, { count: changes.length });
  return fillLabel(phrases.renumberedInArticles, { count: changes.length, articles: articles.size });
}

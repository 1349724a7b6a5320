// The language a page about many policies is worded in (the report's index, the in-force page): the most common
// `lang` among them, so a Dutch corpus gets Dutch pages whatever the language of the run.
import type { Policy } from '../model/policy.js';

/** The most common language of the policies (ties: the first tag alphabetically; none: nl). */
export function corpusLang(policies: readonly Policy[]): string {
  const counts = new Map<string, number>();
  for (const policy of policies) counts.set(policy.meta.lang, (counts.get(policy.meta.lang) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'nl';
}

// The language a page about many policies is worded in (the report's index, the in-force page): the most common
// `lang` among them, so a Dutch corpus gets Dutch pages whatever the language of the run.
import type { Policy } from '../../model/policy.js';
import { commonLanguage } from '../../text/output-language.js';

/** The most common language of the policies (ties: the first tag alphabetically; none: the default). */
export function corpusLang(policies: readonly Policy[]): string {
  return commonLanguage(policies.map((policy) => policy.meta.lang));
}

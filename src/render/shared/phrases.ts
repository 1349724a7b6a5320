// Words the diff reports need beyond the single labels (view names, column heads, the compact line for renumbered
// clauses): the `phrases` mapping of templates/labels/<lang>.yaml, read with the other labels (src/wording/labels.ts),
// so a renderer is given them and never picks a language itself.
import { fillLabel, type Labels } from '../../wording/labels.js';

export type Phrases = Labels['phrases'];

/** "{{count}} …" with the singular form for one. */
export function counted(count: number, many: string, one: string): string {
  return count === 1 ? one : fillLabel(many, { count });
}

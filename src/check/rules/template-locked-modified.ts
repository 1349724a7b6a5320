// A locked clause is adopted verbatim (filling in the template's variables does not count as a change).
import { derivedPolicy } from '../../template/analysis.js';
import type { Rule } from '../rule.js';
import { clausePlace, quote, refOf } from './template-support.js';

export const templateLockedModified: Rule = {
  id: 'template-locked-modified',
  severity: 'error',
  description: 'a clause the template locks (adopt verbatim) was changed',
  run({ policy, project }) {
    const derived = derivedPolicy(policy, project);
    if (!derived?.deviations) return [];
    return derived.deviations.clauses
      .filter((entry) => entry.violation === 'locked-modified')
      .map((entry) => ({
        messageId: 'template-locked-modified.locked-changed',
        fixId: 'template-locked-modified.restore-text',
        params: { id: entry.id, template: refOf(derived), quote: quote(entry.templateText, 60) },
        place: clausePlace(policy, entry.id),
      }));
  },
};

// A locked clause is adopted verbatim (filling in the template's variables does not count as a change).
import { derivedPolicy } from '../../sector/analysis.js';
import type { Rule } from '../rule.js';
import { clausePlace, quote, refOf } from './template-support.js';

export const templateLockedModified: Rule = {
  id: 'template-locked-modified',
  severity: 'error',
  description: 'a clause the template locks (adopt verbatim) was changed',
  run({ policy }) {
    const derived = derivedPolicy(policy);
    if (!derived?.deviations) return [];
    return derived.deviations.clauses
      .filter((entry) => entry.violation === 'locked-modified')
      .map((entry) => ({
        message: `clause "${entry.id}" is locked in ${refOf(derived)} (adopt it verbatim), but its text differs from the template`,
        place: clausePlace(policy, entry.id),
        fix: `restore the template text: ${quote(entry.templateText, 60)}; see clausemark deviations --template ${refOf(derived)} for the differences`,
      }));
  },
};

// Required and locked clauses may be reworded (required) but not left out.
import { derivedPolicy } from '../../sector/analysis.js';
import type { Rule } from '../rule.js';
import { anchorFor, derivedFromPlace, quote, refOf } from './template-support.js';

export const templateRequiredDropped: Rule = {
  id: 'template-required-dropped',
  severity: 'error',
  description: 'a clause the template requires (or locks) is missing',
  run({ policy }) {
    const derived = derivedPolicy(policy);
    if (!derived?.deviations) return [];
    return derived.deviations.clauses
      .filter((entry) => entry.violation === 'required-dropped')
      .map((entry) => ({
        message: `${entry.marker} clause "${entry.id}" of ${refOf(derived)} is missing: the template allows rewording it, not leaving it out`,
        place: derivedFromPlace(policy),
        fix: `restore it${anchorFor(policy, derived, entry.id)}: {#${entry.id}} ${quote(entry.templateText)}`,
      }));
  },
};

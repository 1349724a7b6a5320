// Required and locked clauses may be reworded (required) but not left out.
import { derivedPolicy } from '../../template/analysis.js';
import type { Rule, RuleFinding } from '../rule.js';
import { anchorFor, derivedFromPlace, quote, refOf } from './template-support.js';

export const templateRequiredDropped: Rule = {
  id: 'template-required-dropped',
  severity: 'error',
  description: 'a clause the template requires (or locks) is missing',
  run({ policy, project }) {
    const derived = derivedPolicy(policy, project);
    if (!derived?.deviations) return [];
    return derived.deviations.clauses
      .filter((entry) => entry.violation === 'required-dropped')
      .map((entry): RuleFinding => {
        // Where it belongs: after the template clause before it that the policy still has, if there is one.
        const anchor = anchorFor(policy, derived, entry.id);
        return {
          messageId: 'template-required-dropped.dropped',
          fixId: anchor ? 'template-required-dropped.restore-after' : 'template-required-dropped.restore',
          params: {
            marker: entry.marker,
            id: entry.id,
            template: refOf(derived),
            quote: quote(entry.templateText),
            ...anchor,
          },
          place: derivedFromPlace(policy),
        };
      });
  },
};

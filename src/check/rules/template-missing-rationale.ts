// Every deviation a school is allowed to make should say why, so the register explains itself to the sector,
// the board and the inspectorate. Deviations the template forbids are errors of their own rules instead.
import { derivedPolicy } from '../../template/analysis.js';
import type { Rule, RuleFinding } from '../rule.js';
import { clausePlace, derivedFromPlace, refOf } from './template-support.js';

export const templateMissingRationale: Rule = {
  id: 'template-missing-rationale',
  severity: 'warning',
  description: 'a deviation from the template has no reason under rationale',
  run({ policy, project }) {
    const derived = derivedPolicy(policy, project);
    if (!derived?.deviations) return [];
    const template = refOf(derived);
    const findings: RuleFinding[] = [];
    const missing = (key: string, id: string, place: RuleFinding['place']): RuleFinding => ({
      messageId: `template-missing-rationale.${key}`,
      fixId: 'template-missing-rationale.give-reason',
      params: { id, template },
      ...(place ? { place } : {}),
    });
    for (const entry of derived.deviations.clauses) {
      // A placeholder filled in is what the template asked for: no reason needed.
      if (
        entry.status === 'verbatim' ||
        entry.status === 'filled-in' ||
        entry.violation ||
        entry.rationale !== undefined
      )
        continue;
      findings.push(
        entry.status === 'modified'
          ? missing('modified', entry.id, clausePlace(policy, entry.id))
          : missing('left-out', entry.id, derivedFromPlace(policy)),
      );
    }
    for (const addition of derived.deviations.additions) {
      if (addition.rationale !== undefined || addition.synthetic) continue;
      findings.push(missing('added', addition.id, clausePlace(policy, addition.id)));
    }
    return findings;
  },
};

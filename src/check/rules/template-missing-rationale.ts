// Every deviation a school is allowed to make should say why, so the register explains itself to the sector,
// the board and the inspectorate. Deviations the template forbids are errors of their own rules instead.
import { derivedPolicy } from '../../sector/analysis.js';
import type { Rule } from '../rule.js';
import { clausePlace, derivedFromPlace, refOf } from './template-support.js';

const fixFor = (id: string): string =>
  `add a reason in the frontmatter, under rationale: ${id}: <why the school deviates>`;

export const templateMissingRationale: Rule = {
  id: 'template-missing-rationale',
  severity: 'warning',
  description: 'a deviation from the template has no reason under rationale',
  run({ policy }) {
    const derived = derivedPolicy(policy);
    if (!derived?.deviations) return [];
    const ref = refOf(derived);
    const findings = [];
    for (const entry of derived.deviations.clauses) {
      if (entry.status === 'verbatim' || entry.violation || entry.rationale !== undefined) continue;
      findings.push(
        entry.status === 'modified'
          ? {
              message: `clause "${entry.id}" differs from ${ref} but rationale gives no reason`,
              place: clausePlace(policy, entry.id),
              fix: fixFor(entry.id),
            }
          : {
              message: `optional clause "${entry.id}" of ${ref} was left out but rationale gives no reason`,
              place: derivedFromPlace(policy),
              fix: fixFor(entry.id),
            },
      );
    }
    for (const addition of derived.deviations.additions) {
      if (addition.rationale !== undefined || addition.synthetic) continue;
      findings.push({
        message: `clause "${addition.id}" is not in ${ref} (a local addition) but rationale gives no reason`,
        place: clausePlace(policy, addition.id),
        fix: fixFor(addition.id),
      });
    }
    return findings;
  },
};

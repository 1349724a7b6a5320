// A policy without `kind` has no procedure: nothing says which council must advise or consent, so it cannot go
// through one, and the overview of what a school must have (src/procedure/overview.ts) cannot count it. Said for a
// policy still to be adopted that import made (its stand-ins are there) or that belongs to an organisation that
// declares what it is; a policy of an organisation that declared nothing may have no procedure on purpose.
import { policyKinds } from '../../parse/kinds.js';
import { proceduresFor } from '../../procedure/load.js';
import type { Rule, RuleFinding } from '../rule.js';
import { declaredPlace, stillToAdopt } from './declared-place.js';
import { STAND_IN_MARK } from './import-placeholder.js';
import { frontmatterPlace } from './support.js';
import { namedKind } from '../../model/kind.js';

export const procedureKindMissing: Rule = {
  id: 'procedure-kind-missing',
  severity: 'warning',
  description: 'a policy still to be adopted names no `kind`, so it has no procedure to go through',
  run({ policy, project }) {
    if (!policy.frontmatter || namedKind(policy) !== undefined || !stillToAdopt(policy)) return [];
    const place = declaredPlace(policy, project);
    if (!place && !policy.source.includes(STAND_IN_MARK)) return [];
    const procedures = proceduresFor(policy.path, project.root);
    // A kind the title names and the sector has a procedure for; else the kinds the sector knows.
    const named = policyKinds(policy.meta.title).find((found) => procedures.kinds[found.id]);
    const fix: Pick<RuleFinding, 'fixId' | 'params'> = named
      ? { fixId: 'procedure-kind-missing.write-kind', params: { kind: named.id } }
      : {
          fixId: 'procedure-kind-missing.choose-kind',
          params: { kinds: Object.keys(procedures.kinds).join(', '), sector: procedures.sector },
        };
    return [{ messageId: 'procedure-kind-missing.no-kind', ...fix, place: frontmatterPlace(policy) }];
  },
};

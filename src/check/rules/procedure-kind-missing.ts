// A policy without `kind` has no procedure: nothing says which council must advise or consent, so it cannot go
// through one, and the overview of what a school must have (src/procedure/overview.ts) cannot count it. Said of every
// draft or proposal (a status not known is unknown-status's) where the sector has procedures (templates/procedures/): it is what blocks its procedure.
import { policyKinds } from '../../parse/kinds.js';
import { proceduresFor } from '../../procedure/load.js';
import type { Rule, RuleFinding } from '../rule.js';
import { isDraft } from './declared-place.js';
import { frontmatterPlace } from './support.js';
import { namedKind } from '../../model/kind.js';

export const procedureKindMissing: Rule = {
  id: 'procedure-kind-missing',
  severity: 'warning',
  description: 'a policy still to be adopted names no `kind`, so it has no procedure to go through',
  run({ policy, project }) {
    if (!policy.frontmatter || namedKind(policy) !== undefined || !isDraft(policy)) return [];
    const procedures = proceduresFor(policy.path, project.root);
    // A project with no procedures has none to go through.
    if (Object.keys(procedures.kinds).length === 0) return [];
    // The kind its written id is (by hand, or by an `import --kind` before it wrote `kind:`), where the sector has a
    // procedure for it: a title "Medezeggenschapsreglement GMR" also names the MR's medezeggenschapsreglement. Else a kind the title
    // names and the sector has a procedure for; else the kinds the sector knows.
    const id = policy.meta.inferred.includes('id') ? undefined : policy.meta.id;
    const named = policyKinds(policy.meta.title).find((found) => procedures.kinds[found.id]);
    const fix: Pick<RuleFinding, 'fixId' | 'params'> =
      id !== undefined && procedures.kinds[id] && id !== named?.id
        ? { fixId: 'procedure-kind-missing.write-id-kind', params: { kind: id } }
        : named
          ? { fixId: 'procedure-kind-missing.write-kind', params: { kind: named.id } }
          : {
              fixId: 'procedure-kind-missing.choose-kind',
              params: { kinds: Object.keys(procedures.kinds).join(', '), sector: procedures.sector },
            };
    return [{ messageId: 'procedure-kind-missing.no-kind', ...fix, place: frontmatterPlace(policy) }];
  },
};

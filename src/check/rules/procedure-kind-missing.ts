// A policy without `kind` has no procedure: nothing says which council must advise or consent, so it cannot go
// through one, and the overview of what a school must have (src/procedure/overview.ts) cannot count it. Said of every
// draft or proposal (a status not known is unknown-status's) where the sector has procedures (templates/procedures/): it is what blocks its procedure.
// Said too of an adopted one whose id or title names a kind the law requires of its sector (templates/duties/): the
// overview cannot say whether the school has that kind (it says "not known"), and check is where a user looks for why.
import { policyKinds } from '../../parse/kinds.js';
import { dutiesFor } from '../../procedure/duties.js';
import { proceduresFor } from '../../procedure/load.js';
import type { Rule, RuleFinding } from '../rule.js';
import { isDraft } from './declared-place.js';
import { frontmatterPlace } from './support.js';
import { namedKind } from '../../model/kind.js';

export const procedureKindMissing: Rule = {
  id: 'procedure-kind-missing',
  severity: 'warning',
  description:
    'a policy still to be adopted, or an adopted one whose id or title names a required kind, names no `kind`, so it has no procedure',
  run({ policy, project }) {
    if (!policy.frontmatter || namedKind(policy) !== undefined) return [];
    const draft = isDraft(policy);
    if (!draft && policy.meta.status !== 'approved') return [];
    const procedures = proceduresFor(policy.path, project.root);
    // A project with no procedures has none to go through.
    if (Object.keys(procedures.kinds).length === 0) return [];
    // The kind its written id is (by hand, or by an `import --kind` before it wrote `kind:`), where the sector has a
    // procedure for it: a title "Medezeggenschapsreglement GMR" also names the MR's medezeggenschapsreglement. Else a kind the title
    // names and the sector has a procedure for; else the kinds the sector knows.
    const id = policy.meta.inferred.includes('id') ? undefined : policy.meta.id;
    const named = policyKinds(policy.meta.title).find((found) => procedures.kinds[found.id]);
    const idKind = id !== undefined && procedures.kinds[id] !== undefined ? id : undefined;
    // An adopted one is said only where it names a kind its school must have: the overview cannot count it there.
    const dutyKind = idKind ?? named?.id;
    const duties = dutyKind === undefined || draft ? undefined : dutiesFor(project.root, procedures.sector);
    if (!draft && !duties?.duties.some((duty) => duty.kind === dutyKind)) return [];
    const fix: Pick<RuleFinding, 'fixId' | 'params'> =
      idKind !== undefined && idKind !== named?.id
        ? { fixId: 'procedure-kind-missing.write-id-kind', params: { kind: idKind } }
        : named
          ? { fixId: 'procedure-kind-missing.write-kind', params: { kind: named.id } }
          : {
              fixId: 'procedure-kind-missing.choose-kind',
              params: { kinds: Object.keys(procedures.kinds).join(', '), sector: procedures.sector },
            };
    const messageId = draft ? 'procedure-kind-missing.no-kind' : 'procedure-kind-missing.no-kind-adopted';
    return [{ messageId, ...fix, place: frontmatterPlace(policy) }];
  },
};

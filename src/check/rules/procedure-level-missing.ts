// A policy with a `kind` and no `level` takes its procedure's default level, and with it the council that must advise
// or consent (MR for a school's, GMR for a board's: WMS art. 16). Where the organisation it belongs to says otherwise
// (a school's klachtenregeling, whose default is the board's), the procedure would ask the wrong council: said for a
// policy still to be adopted, with the level to write. Where no procedure.yaml says what the organisation is, nothing
// confirms the default either: said too, with both levels and their councils, so a person chooses. A kind whose
// steps name their council outright (body: GMR, not "raad") asks it whatever the level: nothing to say there.
import { proceduresFor } from '../../procedure/load.js';
import type { Rule } from '../rule.js';
import { declaredPlace, stillToAdopt } from './declared-place.js';
import { valuePlace } from './support.js';
import { namedKind } from '../../model/kind.js';
import { isTemplateDocument } from '../../template/template.js';

export const procedureLevelMissing: Rule = {
  id: 'procedure-level-missing',
  severity: 'warning',
  description:
    "a policy still to be adopted names no `level`, and its kind's default level is not its organisation's, or nothing says what its organisation is",
  run({ policy, project }) {
    const data = policy.frontmatter?.data;
    const kind = namedKind(policy) ?? '';
    if (!data || kind === '' || data.level !== undefined || !stillToAdopt(policy)) return [];
    // A sector template's level is the adopting school's or board's: adapt writes it where procedure.yaml says.
    if (isTemplateDocument(policy)) return [];
    const place = declaredPlace(policy, project);
    const procedures = proceduresFor(policy.path, project.root);
    const assumed = procedures.kinds[kind]?.level;
    if (!assumed || assumed === place?.role) return [];
    // A kind whose council is named outright (a GMR's reglement: the GMR) asks the same council at either level.
    if (!procedures.kinds[kind]?.steps.some((step) => step.body === 'raad')) return [];
    if (!place) {
      const other = assumed === 'school' ? 'bestuur' : 'school';
      return [
        {
          messageId: 'procedure-level-missing.undeclared',
          fixId: 'procedure-level-missing.choose-level',
          params: {
            kind,
            assumed,
            body: procedures.councils[assumed],
            organisation: policy.meta.organisation,
            other,
            otherBody: procedures.councils[other],
          },
          place: valuePlace(policy, 'kind'),
        },
      ];
    }
    return [
      {
        messageId: 'procedure-level-missing.no-level',
        fixId: 'procedure-level-missing.write-level',
        params: {
          kind,
          assumed,
          body: procedures.councils[assumed],
          organisation: place.name,
          level: place.role,
          own: procedures.councils[place.role],
        },
        place: valuePlace(policy, 'kind'),
      },
    ];
  },
};

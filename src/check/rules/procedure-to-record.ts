// An imported draft whose document stated its own adoption (the note import writes in its front matter, issue 68
// item 2) is not adopted here: check names the steps of its procedure still to record with `approve`, in order.
import { IMPORT_HISTORY_NOTE } from '../../model/adoption.js';
import { attachProcedure } from '../../procedure/attach.js';
import type { Rule } from '../rule.js';
import { valuePlace } from './support.js';
import { namedKind } from '../../model/kind.js';

export const procedureToRecord: Rule = {
  id: 'procedure-to-record',
  severity: 'warning',
  description: 'an imported draft whose document stated its adoption: the procedure steps still to record',
  run({ policy, project }) {
    const frontmatter = policy.frontmatter;
    if (!frontmatter || policy.meta.status === 'approved' || namedKind(policy) === undefined) return [];
    const note = policy.source.indexOf(`\n${IMPORT_HISTORY_NOTE}`);
    if (note < 0 || note > policy.source.indexOf('\n---', 3)) return [];
    // A copy: attachProcedure marks the policy it is given, and a check reads the policy as written.
    const remaining = attachProcedure({ ...policy }, project.root).procedure?.remaining ?? [];
    if (remaining.length === 0) return [];
    return [
      {
        messageId: 'procedure-to-record.imported',
        fixId: 'procedure-to-record.approve',
        params: { steps: remaining.join('; ') },
        place: valuePlace(policy, frontmatter.fields.status ? 'status' : 'kind'),
      },
    ];
  },
};

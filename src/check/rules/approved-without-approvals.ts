// "approved" is a claim about the adoption procedure; without the trail nobody can see who adopted it and when. A trail
// of advice and consent alone ("Instemming MR") names no one who adopted it: the outputs show it as a draft
// (src/model/adoption.ts), and this rule says why.
import { adopts } from '../../model/adoption.js';
import type { Rule } from '../rule.js';
import { valuePlace } from './support.js';

export const approvedWithoutApprovals: Rule = {
  id: 'approved-without-approvals',
  severity: 'error',
  description: 'status is approved but no approval that adopts it is recorded',
  run({ policy }) {
    const data = policy.frontmatter?.data ?? {};
    if (typeof data.status !== 'string' || data.status.trim() !== 'approved') return [];
    const approvals = data.approvals;
    // A malformed approvals value is field-type's; only a missing or empty list is reported here.
    const listed = Array.isArray(approvals) && approvals.length > 0;
    if (listed && policy.meta.approvals.length === approvals.length && !policy.meta.approvals.some(adopts))
      return [
        {
          messageId: 'approved-without-approvals.no-adoption',
          fixId: 'approved-without-approvals.add-adoption',
          params: { steps: [...new Set(policy.meta.approvals.map((approval) => approval.step ?? ''))].join(', ') },
          place: valuePlace(policy, 'status'),
        },
      ];
    if (approvals !== undefined && approvals !== null && !(Array.isArray(approvals) && approvals.length === 0))
      return [];
    return [
      {
        messageId: 'approved-without-approvals.no-approvals',
        fixId: 'approved-without-approvals.add-approvals',
        params: {},
        place: valuePlace(policy, 'status'),
      },
    ];
  },
};

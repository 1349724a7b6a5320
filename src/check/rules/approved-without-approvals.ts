// "approved" is a claim about the adoption procedure; without the trail nobody can see who adopted it and when.
import type { Rule } from '../rule.js';
import { valuePlace } from './support.js';

export const approvedWithoutApprovals: Rule = {
  id: 'approved-without-approvals',
  severity: 'error',
  description: 'status is approved but no approvals are recorded',
  run({ policy }) {
    const data = policy.frontmatter?.data ?? {};
    if (typeof data.status !== 'string' || data.status.trim() !== 'approved') return [];
    const approvals = data.approvals;
    // A malformed approvals value is field-type's; only a missing or empty list is reported here.
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

// Status drives what renderers print ("concept" watermark, approvals page); anything else silently reads as draft.
import { POLICY_STATUSES } from '../../model/policy.js';
import type { PolicyStatus } from '../../model/policy.js';
import type { Rule } from '../rule.js';
import { nearest } from '../../text/similarity.js';
import { valuePlace } from './support.js';

/** Words Dutch schools (and English writers) use for the same states. */
const SYNONYMS: Record<string, PolicyStatus> = {
  concept: 'draft',
  ontwerp: 'draft',
  voorlopig: 'draft',
  voorstel: 'proposed',
  voorgesteld: 'proposed',
  'ter-instemming': 'proposed',
  'ter-vaststelling': 'proposed',
  vastgesteld: 'approved',
  goedgekeurd: 'approved',
  definitief: 'approved',
  adopted: 'approved',
  final: 'approved',
  ingetrokken: 'retired',
  vervallen: 'retired',
  archived: 'retired',
  withdrawn: 'retired',
  superseded: 'retired',
};

function suggestion(written: string): PolicyStatus | undefined {
  const key = written.trim().toLowerCase().replace(/\s+/g, '-');
  if ((POLICY_STATUSES as readonly string[]).includes(key)) return key as PolicyStatus;
  return SYNONYMS[key] ?? (nearest(key, POLICY_STATUSES) as PolicyStatus | undefined);
}

export const unknownStatus: Rule = {
  id: 'unknown-status',
  severity: 'error',
  description: `status is not one of ${POLICY_STATUSES.join(', ')}`,
  run({ policy }) {
    const status = policy.frontmatter?.data.status;
    // Non-text is field-type's; an empty status simply defaults to draft.
    if (
      typeof status !== 'string' ||
      status.trim() === '' ||
      (POLICY_STATUSES as readonly string[]).includes(status.trim())
    )
      return [];
    const meant = suggestion(status);
    return [
      {
        messageId: 'unknown-status.unknown',
        fixId: meant ? 'unknown-status.write-status' : 'unknown-status.write-one-of',
        params: {
          status,
          statuses: POLICY_STATUSES.join(', '),
          ...(meant ? { meant } : { choices: POLICY_STATUSES.map((name) => `status: ${name}`).join(', ') }),
        },
        place: valuePlace(policy, 'status'),
      },
    ];
  },
};

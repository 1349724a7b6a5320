// A policy whose words changed after its last approval must not look approved. The approval stores a hash of the
// text; when it no longer matches, we look for the approved version in git history to name the changed clauses.
import { adoptionOf } from '../../model/adoption.js';
import { approvalHash, normaliseText } from '../../model/fingerprint.js';
import type { Policy, Span } from '../../model/policy.js';
import { allClauses } from '../../model/walk.js';
import { fileAtRevision, fileHistory, repositoryRoot } from '../../io/git.js';
import { parsePolicy } from '../../parse/index.js';
import type { Rule } from '../rule.js';

/** How far back to look for the approved text; policies change a few times a year. */
const HISTORY_LIMIT = 100;

function findApprovedVersion(policy: Policy, hash: string): Policy | undefined {
  if (!repositoryRoot(policy.path)) return undefined;
  try {
    for (const revision of fileHistory(policy.path).slice(0, HISTORY_LIMIT)) {
      const old = parsePolicy(fileAtRevision(policy.path, revision.commit), { path: policy.path }).policy;
      if (approvalHash(old) === hash) return old;
    }
  } catch {
    // History that cannot be read only means we cannot name the clauses; the mismatch itself is still reported.
  }
  return undefined;
}

export const approvalOutdated: Rule = {
  id: 'approval-outdated',
  severity: 'error',
  description: 'the text changed after the last approval that recorded a hash',
  run({ policy }) {
    // The comparison itself is the model's (src/model/adoption.ts), so check and every output agree.
    const recorded = adoptionOf(policy).recorded;
    if (!recorded?.approval.hash || recorded.current) return [];
    const { approval: last } = recorded;
    const hash = recorded.approval.hash;
    const where: Span | undefined = policy.frontmatter?.fields.approvals?.value;
    const who = `${last.date} by ${last.name}`;
    const fix = 'have the changes approved (clausemark approve …), or undo them';
    const approved = findApprovedVersion(policy, hash);
    if (!approved) {
      return [
        {
          message: `the text changed after the approval of ${who}; the approved version is not in git history, so the changed clauses cannot be named`,
          fix,
          ...(where ? { place: where } : {}),
        },
      ];
    }
    const before = new Map(allClauses(approved).map(({ clause }) => [clause.id, normaliseText(clause.text)]));
    const findings = [];
    const seen = new Set<string>();
    for (const { clause } of allClauses(policy)) {
      seen.add(clause.id);
      const old = before.get(clause.id);
      if (old === normaliseText(clause.text)) continue;
      findings.push({
        message: `clause ${clause.id} ${old === undefined ? 'was added' : 'changed'} after the approval of ${who}`,
        fix,
        place: clause.idPosition ?? clause.position,
      });
    }
    const removed = [...before.keys()].filter((id) => !seen.has(id));
    if (removed.length > 0) {
      findings.push({
        message: `clause${removed.length > 1 ? 's' : ''} ${removed.join(', ')} removed after the approval of ${who}`,
        fix,
        ...(where ? { place: where } : {}),
      });
    }
    if (findings.length === 0) {
      findings.push({
        message: `section titles changed after the approval of ${who}`,
        fix,
        ...(where ? { place: where } : {}),
      });
    }
    return findings;
  },
};

// A policy whose words changed after its last approval must not look approved. The approval stores a hash of the
// text; when it no longer matches, we look for the approved version in git history to name the changed clauses.
import { adoptionOf } from '../../model/adoption.js';
import { approvalHash, normaliseText } from '../../model/fingerprint.js';
import type { Policy, Span } from '../../model/policy.js';
import { allClauses } from '../../model/walk.js';
import { parsePolicy } from '../../parse/index.js';
import type { MessageParams } from '../../model/diagnostics.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

/** How far back to look for the approved text; policies change a few times a year. */
const HISTORY_LIMIT = 100;

function findApprovedVersion(context: RuleContext, hash: string): Policy | undefined {
  const { policy } = context;
  try {
    for (const text of context.history(HISTORY_LIMIT)) {
      const old = parsePolicy(text, { path: policy.path }).policy;
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
  run(context) {
    const { policy } = context;
    // The comparison itself is the model's (src/model/adoption.ts), so check and every output agree.
    const recorded = adoptionOf(policy).recorded;
    if (!recorded?.approval.hash || recorded.current) return [];
    const { approval: last } = recorded;
    const hash = recorded.approval.hash;
    const where: Span | undefined = policy.frontmatter?.fields.approvals?.value;
    const who = { date: last.date, name: last.name };
    const about = (messageId: string, params: MessageParams = {}): RuleFinding => ({
      messageId: `approval-outdated.${messageId}`,
      fixId: 'approval-outdated.approve-or-undo',
      params: { ...who, ...params },
      ...(where ? { place: where } : {}),
    });
    const approved = findApprovedVersion(context, hash);
    if (!approved) return [about('not-in-history')];
    const before = new Map(allClauses(approved).map(({ clause }) => [clause.id, normaliseText(clause.text)]));
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const { clause } of allClauses(policy)) {
      seen.add(clause.id);
      const old = before.get(clause.id);
      if (old === normaliseText(clause.text)) continue;
      findings.push({
        ...about(old === undefined ? 'clause-added' : 'clause-changed', { id: clause.id }),
        place: clause.idPosition ?? clause.position,
      });
    }
    const removed = [...before.keys()].filter((id) => !seen.has(id));
    if (removed.length > 0)
      findings.push(about(removed.length > 1 ? 'clauses-removed' : 'clause-removed', { ids: removed.join(', ') }));
    if (findings.length === 0) findings.push(about('titles-changed'));
    return findings;
  },
};

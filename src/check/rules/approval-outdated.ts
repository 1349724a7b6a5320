// A policy whose words changed after its last approval must not look approved. The approval stores a hash of the
// text; when it no longer matches, we look for the approved version in git history to name the changed clauses.
import { adoptionOf, lastRecordedApproval } from '../../model/adoption.js';
import { todayIso } from '../../procedure/evaluate.js';
import { hashMatches } from '../../model/fingerprint.js';
import { readerViewLines, type ViewLine } from '../../model/reader-view.js';
import type { Policy, Span } from '../../model/policy.js';
import { allClauses } from '../../model/walk.js';
import { parsePolicy } from '../../parse/index.js';
import type { MessageParams } from '../../model/diagnostics.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

/** How far back to look for the approved text; policies change a few times a year. */
const HISTORY_LIMIT = 100;

function findApprovedVersion(context: RuleContext, hash: string, recordedOn: string): Policy | undefined {
  const { policy } = context;
  try {
    for (const text of context.history(HISTORY_LIMIT)) {
      const old = parsePolicy(text, { path: policy.path }).policy;
      if (hashMatches(old, hash, recordedOn)) return old;
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
    // The comparison itself is the model's (src/model/adoption.ts), so check and every output agree. Without an
    // adopting approval, the last recorded advice or consent is checked: it too was given on one text only.
    const last =
      adoptionOf(policy, context.today ?? todayIso()).recorded?.approval ?? lastRecordedApproval(policy.meta.approvals);
    if (!last?.hash || hashMatches(policy, last.hash, last.date)) return [];
    const hash = last.hash;
    const where: Span | undefined = policy.frontmatter?.fields.approvals?.value;
    const who = { date: last.date, name: last.name };
    const about = (messageId: string, params: MessageParams = {}): RuleFinding => ({
      messageId: `approval-outdated.${messageId}`,
      fixId: 'approval-outdated.approve-or-undo',
      params: { ...who, ...params },
      ...(where ? { place: where } : {}),
    });
    const approved = findApprovedVersion(context, hash, last.date);
    if (!approved) return [about('not-in-history')];
    // What a reader sees, line by line (src/model/reader-view.ts): clauses with their link targets and footnote
    // marks, section titles, the cover fields and the footnotes.
    const key = (line: ViewLine): string => `${line.kind}\u0000${line.id}`;
    const before = new Map(readerViewLines(approved).map((line) => [key(line), line.text]));
    const clausePlace = new Map(allClauseSpans(policy));
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    const removed: ViewLine[] = [];
    let titles = false;
    for (const line of readerViewLines(policy)) {
      seen.add(key(line));
      const old = before.get(key(line));
      if (old === line.text) continue;
      if (line.kind === 'section') titles = true;
      else {
        const finding = about(`${line.kind}-${old === undefined ? 'added' : 'changed'}`, { id: line.id });
        const place = line.kind === 'clause' ? clausePlace.get(line.id) : undefined;
        findings.push(place ? { ...finding, place } : finding);
      }
    }
    for (const line of readerViewLines(approved)) if (!seen.has(key(line))) removed.push(line);
    const removedClauses = removed.filter((line) => line.kind === 'clause').map((line) => line.id);
    if (removedClauses.length > 0)
      findings.push(
        about(removedClauses.length > 1 ? 'clauses-removed' : 'clause-removed', { ids: removedClauses.join(', ') }),
      );
    for (const line of removed)
      if (line.kind === 'section') titles = true;
      else if (line.kind !== 'clause') findings.push(about(`${line.kind}-removed`, { id: line.id }));
    // Section titles are named together; a v1 hash that differs where a v2 view shows nothing is reported so too.
    if (titles || findings.length === 0) findings.push(about('titles-changed'));
    return findings;
  },
};

function allClauseSpans(policy: Policy): [string, Span][] {
  return allClauses(policy).map(({ clause }) => [clause.id, clause.idPosition ?? clause.position]);
}

// The three-way merge plan of `upgrade`, clause by clause id: the template version the policy was adapted from
// (base), the new template version (upstream) and the school's policy (local), all compared as text after filling
// in the school's values. A side "changed" a clause when its text differs from base.
import type { Clause, Policy } from '../model/policy.js';
import { allClauses } from '../model/walk.js';
import type { ConflictKind } from './conflicts.js';
import { sameText } from './deviations.js';
import type { TemplateInstance } from './instance.js';

export type MergeAction =
  /** Only the sector changed it: take the new text. */
  | { action: 'take-upstream'; id: string }
  /** New in the template: insert it. */
  | { action: 'insert-upstream'; id: string }
  /** The sector removed it and the school had not changed it: remove it. */
  | { action: 'remove'; id: string }
  /** Only the school changed (or removed) it, or both made the same change: keep the school's version. */
  | { action: 'keep-local'; id: string; why: 'local-change' | 'local-removal' | 'same-change' | 'local-sub-clauses' }
  /** Both changed it differently: keep the school's text, mark the conflict. */
  | { action: 'conflict'; id: string; conflict: ConflictKind };

export interface MergePlan {
  actions: MergeAction[];
  /** Section id → new title, for sections whose title only the sector changed. */
  headings: Map<string, string>;
  /** Sections whose title both changed: the school's title is kept. */
  keptHeadings: string[];
}

function textsById(policy: Policy): Map<string, string> {
  const out = new Map<string, string>();
  for (const { clause } of allClauses(policy)) if (!clause.synthetic && !out.has(clause.id)) out.set(clause.id, clause.text);
  return out;
}

function titlesById(policy: Policy): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (sections: Policy['sections']): void => {
    for (const section of sections) {
      if (!section.synthetic) out.set(section.id, section.title);
      visit(section.sections);
    }
  };
  visit(policy.sections);
  return out;
}

/** Ids in the order they are best handled: the new template's order, then base-only, then local-only. */
function orderedIds(base: Map<string, string>, upstream: Map<string, string>, local: Map<string, string>): string[] {
  return [...new Set([...upstream.keys(), ...base.keys(), ...local.keys()])];
}

export function planMerge(base: TemplateInstance, upstream: TemplateInstance, local: Policy): MergePlan {
  const b = textsById(base.policy);
  const u = textsById(upstream.policy);
  const l = textsById(local);
  const actions: MergeAction[] = [];
  for (const id of orderedIds(b, u, l)) {
    const inBase = b.get(id);
    const inUpstream = u.get(id);
    const inLocal = l.get(id);
    const upstreamChanged = inBase === undefined || inUpstream === undefined || !sameText(inBase, inUpstream);
    if (inBase !== undefined && inUpstream !== undefined && inLocal !== undefined) {
      if (!upstreamChanged) {
        if (!sameText(inLocal, inBase)) actions.push({ action: 'keep-local', id, why: 'local-change' });
      } else if (sameText(inLocal, inBase)) actions.push({ action: 'take-upstream', id });
      else if (sameText(inLocal, inUpstream)) actions.push({ action: 'keep-local', id, why: 'same-change' });
      else actions.push({ action: 'conflict', id, conflict: 'both-modified' });
    } else if (inBase !== undefined && inUpstream !== undefined) {
      actions.push(upstreamChanged ? { action: 'conflict', id, conflict: 'locally-dropped' } : { action: 'keep-local', id, why: 'local-removal' });
    } else if (inBase !== undefined && inLocal !== undefined) {
      actions.push(sameText(inLocal, inBase) ? { action: 'remove', id } : { action: 'conflict', id, conflict: 'upstream-removed' });
    } else if (inUpstream !== undefined && inLocal !== undefined) {
      if (!sameText(inLocal, inUpstream)) actions.push({ action: 'conflict', id, conflict: 'both-added' });
    } else if (inUpstream !== undefined) {
      actions.push({ action: 'insert-upstream', id });
    }
  }
  // A clause is only removed with sub-clauses that go too; a local sub-clause keeps its parent.
  const removing = new Set(actions.filter((entry) => entry.action === 'remove').map((entry) => entry.id));
  const localClauses = allClauses(local);
  for (const [index, entry] of actions.entries()) {
    if (entry.action !== 'remove') continue;
    const clause = localClauses.find(({ clause: candidate }) => candidate.id === entry.id)?.clause;
    const keeps = (children: readonly Clause[]): boolean =>
      children.some((child) => child.synthetic || !removing.has(child.id) || keeps(child.children));
    if (clause && keeps(clause.children)) {
      actions[index] = { action: 'keep-local', id: entry.id, why: 'local-sub-clauses' };
      removing.delete(entry.id);
    }
  }
  const headings = new Map<string, string>();
  const keptHeadings: string[] = [];
  const bt = titlesById(base.policy);
  const ut = titlesById(upstream.policy);
  const lt = titlesById(local);
  for (const [id, title] of ut) {
    const before = bt.get(id);
    const now = lt.get(id);
    if (before === undefined || now === undefined || sameText(before, title)) continue;
    if (sameText(now, before)) headings.set(id, title);
    else if (!sameText(now, title)) keptHeadings.push(id);
  }
  return { actions, headings, keptHeadings };
}

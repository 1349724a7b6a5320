// The three-way merge plan of `upgrade`, clause by clause id: the template version the policy was adapted from
// (base), the new template version (upstream) and the school's policy (local), all filled in with the school's
// values. A side "changed" a clause when its Markdown differs from base (shape.ts): a word made bold, a footnote
// reference, a comment or a link is a change like any other, so it is kept or becomes a conflict, never replaced.
// Who wins for a clause is the decision `import --into` makes too (src/match/three-way.ts).
import type { Clause, Policy } from '../model/policy.js';
import { allClauses } from '../model/walk.js';
import { type KeptWhy, threeWay, type ThreeWayConflict } from '../match/three-way.js';
import type { ConflictKind } from './conflicts.js';
import type { TemplateInstance } from './instance.js';
import { clauseShape, sectionShape } from './shape.js';

export type MergeAction =
  /** Only the sector changed it: take the new text. */
  | { action: 'take-upstream'; id: string }
  /** New in the template: insert it. */
  | { action: 'insert-upstream'; id: string }
  /** The sector removed it and the school had not changed it: remove it. */
  | { action: 'remove'; id: string }
  /** Only the school changed (or removed) it, or both made the same change: keep the school's version. */
  | {
      action: 'keep-local';
      id: string;
      why: 'local-change' | 'local-removal' | 'same-change' | 'local-sub-clauses' | 'local-addition';
    }
  /** Both changed it differently: keep the school's text, mark the conflict. */
  | { action: 'conflict'; id: string; conflict: ConflictKind };

export interface MergePlan {
  actions: MergeAction[];
  /** Section id → new title, for sections whose title only the sector changed. */
  headings: Map<string, string>;
  /** Sections whose title the school changed (whether or not the sector did): the school's title is kept. */
  keptHeadings: string[];
  /** Sections the school added (ids not in either template version). */
  localSections: string[];
}

/** Clause id → the clause's Markdown shape (first clause of an id wins). */
function shapesById(policy: Policy): Map<string, string> {
  const out = new Map<string, string>();
  for (const { clause } of allClauses(policy))
    if (!clause.synthetic && !out.has(clause.id)) out.set(clause.id, clauseShape(clause, policy));
  return out;
}

/** Section id → the heading's Markdown shape. */
export function headingsById(policy: Policy): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (sections: Policy['sections']): void => {
    for (const section of sections) {
      if (!section.synthetic) out.set(section.id, sectionShape(section));
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

/** What the shared decision's conflicts are called in `upgrade`'s conflict notes. */
const CONFLICT_KINDS: Record<ThreeWayConflict, ConflictKind> = {
  'both-changed': 'both-modified',
  'ours-removed-theirs-changed': 'locally-dropped',
  'theirs-removed-ours-changed': 'upstream-removed',
  'both-added': 'both-added',
};

/** Why the school's version is kept, in the plan's words. */
const KEPT_WHY: Record<KeptWhy, 'local-change' | 'local-removal' | 'same-change' | 'local-addition'> = {
  'ours-changed': 'local-change',
  'ours-removed': 'local-removal',
  'same-change': 'same-change',
  'ours-added': 'local-addition',
};

/**
 * The three-way decision for one clause id (src/match/three-way.ts), from its shape in the base, the new template
 * (theirs) and the school's copy (ours).
 */
function clauseAction(
  id: string,
  inBase: string | undefined,
  inUpstream: string | undefined,
  inLocal: string | undefined,
): MergeAction | undefined {
  const decided = threeWay(inBase, inUpstream, inLocal);
  switch (decided?.take) {
    case undefined:
      return undefined;
    case 'theirs':
      return { action: 'take-upstream', id };
    case 'added':
      return { action: 'insert-upstream', id };
    case 'removed':
      return { action: 'remove', id };
    case 'ours':
      return { action: 'keep-local', id, why: KEPT_WHY[decided.why] };
    case 'conflict':
      return { action: 'conflict', id, conflict: CONFLICT_KINDS[decided.conflict] };
  }
}

/** A clause is only removed with sub-clauses that go too; a local sub-clause keeps its parent (changes `actions`). */
function keepParentsOfLocalSubClauses(actions: MergeAction[], local: Policy): void {
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
}

/**
 * The section headings, by the three-way decision clauses take (src/match/three-way.ts), as `import --into` takes it
 * for its headings: a new template title taken where the school kept the old one; the school's own kept where it
 * changed one (whether or not the sector did, or where both added the section); the sections only the school has.
 * Sections the sector added or removed come and go with their clauses (upgrade.ts).
 */
function mergeHeadings(
  base: TemplateInstance,
  upstream: TemplateInstance,
  local: Policy,
): Pick<MergePlan, 'headings' | 'keptHeadings' | 'localSections'> {
  const headings = new Map<string, string>();
  const keptHeadings: string[] = [];
  const localSections: string[] = [];
  const bt = headingsById(base.policy);
  const ut = headingsById(upstream.policy);
  for (const [id, now] of headingsById(local)) {
    const title = ut.get(id);
    const decided = threeWay(bt.get(id), title, now);
    if (decided?.take === 'theirs' && title !== undefined) headings.set(id, title);
    else if (decided?.take === 'ours' && decided.why === 'ours-added') localSections.push(id);
    else if (decided?.take === 'conflict' || (decided?.take === 'ours' && decided.why === 'ours-changed'))
      keptHeadings.push(id);
  }
  return { headings, keptHeadings, localSections };
}

export function planMerge(base: TemplateInstance, upstream: TemplateInstance, local: Policy): MergePlan {
  const b = shapesById(base.policy);
  const u = shapesById(upstream.policy);
  const l = shapesById(local);
  const actions: MergeAction[] = [];
  for (const id of orderedIds(b, u, l)) {
    const action = clauseAction(id, b.get(id), u.get(id), l.get(id));
    if (action) actions.push(action);
  }
  keepParentsOfLocalSubClauses(actions, local);
  return { actions, ...mergeHeadings(base, upstream, local) };
}

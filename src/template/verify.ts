// The last line of defence of `upgrade`: before anything is written, the merged text is compared with the school's
// policy as Markdown, not as plain text, and the upgrade is refused when any of the school's own text, formatting,
// footnotes, comments or headings would be gone. The merge (merge.ts) is built so this never fires; if it does, it
// is a bug, and the school's file is left as it was.
import type { RootContent } from 'mdast';
import { errorById } from '../io/messages.js';
import type { Point, Policy } from '../model/policy.js';
import { allClauses, allSections } from '../model/walk.js';
import { newFootnoteProblems } from './footnotes.js';
import type { MergeAction } from './merge.js';
import { footnoteShape, nodesShape, sectionShape } from './shape.js';

export interface Removals {
  /** Clauses whose text was still the template's and that the sector replaced or removed. */
  actions: readonly MergeAction[];
  /** Sections removed because the sector dropped them and the upgrade left them empty (titles still the template's). */
  sections: ReadonlySet<string>;
  /** Footnote definitions removed because they were still the template's and nothing cites them any more. */
  footnotes: ReadonlySet<string>;
}

function count<T>(items: readonly T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const item of items) out.set(item, (out.get(item) ?? 0) + 1);
  return out;
}

/** Top-level blocks that are no clause: comments and link definitions, as written. */
function looseBlocks(policy: Policy): string[] {
  const keep = (node: RootContent): boolean => node.type === 'html' || node.type === 'definition';
  return policy.tree.children
    .filter(keep)
    .map((node) => policy.source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0));
}

/** The first clause text of `before` that `after` lost (a replaced or removed one apart), in words; else undefined. */
function lostClause(before: Policy, after: Policy, removals: Removals): string | undefined {
  const replaced = new Set(
    removals.actions
      .filter((entry) => entry.action === 'take-upstream' || entry.action === 'remove')
      .map((entry) => entry.id),
  );
  const now = new Map(
    allClauses(after)
      .filter(({ clause }) => !clause.synthetic)
      .map(({ clause }) => [clause.id, nodesShape(clause.content)]),
  );
  const unlabelledNow = count(
    allClauses(after)
      .filter(({ clause }) => clause.synthetic)
      .map(({ clause }) => nodesShape(clause.content)),
  );
  for (const { clause } of allClauses(before)) {
    const shape = nodesShape(clause.content);
    if (clause.synthetic) {
      // A paragraph without an {#id} keeps its place and text, though not its made-up id.
      const left = unlabelledNow.get(shape) ?? 0;
      if (left === 0 && shape !== '') return `a paragraph without an ID at line ${clause.position.start.line}`;
      unlabelledNow.set(shape, left - 1);
      continue;
    }
    if (replaced.has(clause.id)) continue;
    // A conflict note may follow the school's own text; nothing may precede or replace it.
    if (!(now.get(clause.id) ?? '\u0000').startsWith(shape)) return `the text of clause ${clause.id}`;
  }
  return undefined;
}

/** The first heading of `before` that `after` lost (a section the upgrade may remove apart); else undefined. */
function lostHeading(before: Policy, after: Policy, removals: Removals): string | undefined {
  const sectionsNow = new Set(
    allSections(after)
      .filter((section) => !section.synthetic)
      .map((section) => section.id),
  );
  const unlabelledHeadings = count(
    allSections(after)
      .filter((section) => section.synthetic && section.depth > 0)
      .map(sectionShape),
  );
  for (const section of allSections(before)) {
    if (section.depth === 0 || removals.sections.has(section.id)) continue;
    if (!section.synthetic) {
      if (!sectionsNow.has(section.id)) return `the heading of section ${section.id}`;
      continue;
    }
    const left = unlabelledHeadings.get(sectionShape(section)) ?? 0;
    if (left === 0) return `the heading "${section.title}" at line ${section.position?.start.line ?? 0}`;
    unlabelledHeadings.set(sectionShape(section), left - 1);
  }
  return undefined;
}

/** The first comment, definition or footnote of `before` that `after` lost or changed; else undefined. */
function lostLooseText(before: Policy, after: Policy, removals: Removals): string | undefined {
  const blocksNow = count(looseBlocks(after));
  for (const block of looseBlocks(before)) {
    const left = blocksNow.get(block) ?? 0;
    if (left === 0) return `a comment or definition (${block.slice(0, 40)})`;
    blocksNow.set(block, left - 1);
  }
  for (const identifier of Object.keys(before.footnotes)) {
    if (removals.footnotes.has(identifier)) continue;
    if (
      !Object.hasOwn(after.footnotes, identifier) ||
      footnoteShape(after.footnotes, identifier) !== footnoteShape(before.footnotes, identifier)
    )
      return `footnote [^${identifier}]`;
  }
  return undefined;
}

/** Throws (and so nothing is written) when `after` lost anything of `before` that the upgrade may not remove. */
export function verifyNothingLost(before: Policy, after: Policy, removals: Removals): void {
  const lost =
    lostClause(before, after, removals) ??
    lostHeading(before, after, removals) ??
    lostLooseText(before, after, removals);
  if (lost !== undefined) throw new Error(`upgrade would lose ${lost}; nothing was written`);
  const problem = newFootnoteProblems(before, after)[0];
  if (problem) throw new Error(`upgrade refused: ${problem}; nothing was written`);
}

/** The merge works by ID: an ID used twice in the school's policy would make it take one clause for the other. */
export function requireUniqueIds(policy: Policy): void {
  const first = new Map<string, Point>();
  const sites = [
    ...allSections(policy)
      .filter((section) => !section.synthetic && section.depth > 0)
      .map((section) => ({ id: section.id, point: (section.idPosition ?? section.position)?.start })),
    ...allClauses(policy)
      .filter(({ clause }) => !clause.synthetic)
      .map(({ clause }) => ({ id: clause.id, point: (clause.idPosition ?? clause.position).start })),
  ].sort((a, b) => (a.point?.offset ?? 0) - (b.point?.offset ?? 0));
  for (const { id, point } of sites) {
    const earlier = first.get(id);
    if (!earlier) {
      if (point) first.set(id, point);
      continue;
    }
    throw errorById(
      {
        messageId: 'duplicate-id.used-twice-upgrade',
        fixId: 'duplicate-id.own-id-then-upgrade',
        params: { id, line: earlier.line, column: earlier.column, file: policy.path },
      },
      { place: { file: policy.path, ...(point ? { point } : {}) }, ruleId: 'duplicate-id' },
    );
  }
}

// An imported policy with its own numbering (frontmatter `numbering`) prints labels that clausemark counts itself,
// so the label printed can differ from the one the source showed (a heading without a number before "Artikel 1", a
// level numbered two ways). Every such place is reported, read from the written policy, never changed silently.
import { formatOrdinal, styleAt } from '../model/numbering.js';
import type { Clause, Policy, Section } from '../model/policy.js';
import { allClauses, allSections } from '../model/walk.js';
import type { Block, Decision } from './blocks.js';

type Labelled = Extract<Block, { kind: 'heading' | 'item' }>;

/** The label the built policy prints for a clause: its own numbering's where the level has one, else the house's. */
function printedClause(clause: Clause, orderedDepth: number, policy: Policy): string {
  const own = policy.meta.numbering?.[orderedDepth === 0 ? 'clauses' : 'items'];
  if (own && orderedDepth <= 1) return clause.label;
  return `${formatOrdinal(clause.ordinal, styleAt(orderedDepth))}.`;
}

function renumbered(block: Labelled, printed: string): Decision {
  const text = block.inlines.map((inline) => inline.text).join('');
  return {
    ruleId: 'import-numbering',
    messageId: 'import-numbering.renumbered',
    fixId: 'import-numbering.label-by-hand',
    params: { label: block.label ?? '', printed, text: text.trim().slice(0, 40) },
    source: block.source,
    near: text,
  };
}

/**
 * The places where the written policy prints another label than the source showed, for the levels its own
 * numbering labels. Blocks and the policy are matched in document order: the chapters (level 2 headings) with the
 * sections of depth 2, the list items with the list clauses.
 */
export function numberingDecisions(blocks: readonly Block[], policy: Policy): Decision[] {
  const numbering = policy.meta.numbering ?? {};
  const out: Decision[] = [];
  const headings = blocks.filter((block): block is Labelled => block.kind === 'heading' && block.level === 2);
  const sections = allSections(policy).filter((section: Section) => section.depth === 2);
  headings.forEach((block, index) => {
    const printed = sections[index]?.number;
    // Without a pattern the house style prints the number alone: "Artikel 1" must then print as 1.
    const expected = numbering.sections ? block.label : block.label?.match(/\d+(?:\.\d+)*/u)?.[0];
    if (expected !== undefined && printed !== undefined && printed !== expected) out.push(renumbered(block, printed));
  });
  if (numbering.clauses || numbering.items) {
    const items = blocks.filter((block): block is Labelled => block.kind === 'item');
    const depths = new Map<Clause, number>();
    const listed = allClauses(policy).filter(({ clause }) => clause.kind === 'item');
    listed.forEach(({ clause, parent }) => {
      const above = parent ? (depths.get(parent) ?? 0) + (parent.list === 'ordered' ? 1 : 0) : 0;
      depths.set(clause, above);
      const block = items.shift();
      if (block?.label === undefined || clause.list !== 'ordered') return;
      const printed = printedClause(clause, above, policy);
      if (printed !== block.label) out.push(renumbered(block, printed));
    });
  }
  return out;
}

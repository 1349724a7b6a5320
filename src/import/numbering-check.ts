// An imported policy prints labels that clausemark counts itself, in its own numbering (frontmatter `numbering`) or
// the house style, so the label printed can differ from the one the source showed (a heading without a number
// before "Artikel 1", a level numbered two ways, a list the source went on with after a table or an item of
// another list). Every such place is reported, read from the written policy, never changed silently: where the
// house style prints a level, by the number (a "2." printed "4." is; a "b)" printed "b." is the form, reported
// where the form is chosen).
import { printedLabel, romanValue, styleAt } from '../model/numbering.js';
import type { Clause, Policy, Section } from '../model/policy.js';
import { allClauses, allSections } from '../model/walk.js';
import type { Block, Decision } from './blocks.js';
import { chapterLevel } from './section-labels.js';

type Labelled = Extract<Block, { kind: 'heading' | 'item' }>;

/** The number a label shows at its end ("3.2" → 2, "c)" → 3, "iv." → 4 where the level counts in roman numerals). */
function labelValue(label: string, roman: boolean): number | undefined {
  const digits = /(\d+)\D*$/u.exec(label)?.[1];
  if (digits !== undefined) return Number(digits);
  const letters = /([a-z]+)[^a-z]*$/iu.exec(label)?.[1]?.toLowerCase();
  if (letters === undefined) return undefined;
  if (/^[ivxlc]+$/u.test(letters) && (roman || letters.length > 1)) return romanValue(letters);
  return letters.length === 1 ? letters.charCodeAt(0) - 96 : undefined;
}

function renumberedAt(block: Labelled, printed: string): Decision {
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

/** What the check finds: a decision per label printed otherwise, and the blocks whose typed label the policy does not print. */
export interface NumberingCheck {
  decisions: Decision[];
  /** A typed number that became structure but is printed otherwise is not kept as the policy's numbering. */
  renumbered: ReadonlySet<Block>;
}

/**
 * The places where the written policy prints another label than the source showed, for the levels its own
 * numbering labels. Blocks and the policy are matched in document order: the chapters (the headings of the shallowest
 * level below the title) with the sections of that depth, the list items with the list clauses.
 */
export function numberingDecisions(blocks: readonly Block[], policy: Policy): NumberingCheck {
  const numbering = policy.meta.numbering ?? {};
  const out: Decision[] = [];
  const renumbered = new Set<Block>();
  const report = (block: Labelled, printed: string): void => {
    renumbered.add(block);
    out.push(renumberedAt(block, printed));
  };
  const level = chapterLevel(blocks);
  const headings = blocks.filter((block): block is Labelled => block.kind === 'heading' && block.level === level);
  const sections = allSections(policy).filter((section: Section) => section.depth === level);
  headings.forEach((block, index) => {
    const printed = sections[index]?.number;
    // Without a pattern the house style prints the number alone: "Artikel 1" must then print as 1.
    const expected = numbering.sections ? block.label : block.label?.match(/\d+(?:\.\d+)*/u)?.[0];
    if (expected !== undefined && printed !== undefined && printed !== expected) report(block, printed);
  });
  const items = blocks.filter((block): block is Labelled => block.kind === 'item');
  const depths = new Map<Clause, number>();
  const listed = allClauses(policy).filter(({ clause }) => clause.kind === 'item');
  listed.forEach(({ clause, parent }) => {
    const above = parent ? (depths.get(parent) ?? 0) + (parent.list === 'ordered' ? 1 : 0) : 0;
    depths.set(clause, above);
    const block = items.shift();
    if (block?.label === undefined || clause.list !== 'ordered') return;
    const printed = printedLabel(clause, above);
    const own = clause.ownLabel === true;
    const shown = own ? block.label : labelValue(block.label, styleAt(above).endsWith('roman'));
    if (own ? printed !== shown : shown !== undefined && shown !== clause.ordinal) report(block, printed);
  });
  return { decisions: out, renumbered };
}

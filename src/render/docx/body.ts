// The policy text: sections as Word headings (Heading 1…6, with outline levels, each section id a bookmark) and
// clauses as paragraphs with Word list numbering (src/render/docx/numbering.ts), each clause id a bookmark. Spacing
// as the PDF's: the space above a clause, none at the top of a page or under a heading. Hooks let a revision
// (src/render/docx/tracked.ts) mark a clause as inserted, give its content as a redline, show a heading inserted or
// renamed, or put what the old version had (deleted clauses and headings) after a clause or a heading.
import { listGroups } from '../../model/walk.js';
import { type Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Clause, Section } from '../../model/policy.js';
import { contentBlocks, markRun, paragraphFrom, type BlockContext, type Lead, type WordBlock } from './blocks.js';
import { PLAIN, wordRuns, type RunMark } from './inline.js';
import { ClauseNumbering, type NumberingUse } from './numbering.js';
import { HEADING_LEVELS, twips } from './styles.js';
import type { WordSymbols } from './symbols.js';
import { toRuns } from '../shared/inline.js';

/** Where a clause's blocks go: its first paragraph's options (numbering, bookmark), the rest's, and how they draw. */
export interface ClausePlace {
  lead: Lead;
  rest: Partial<IParagraphOptions>;
  blocks: BlockContext;
}

export interface BodyHooks {
  /** How the clause's own text is marked (default: plain). */
  mark?(clause: Clause): RunMark;
  /** The clause's content as a revision shows it (a redline of its blocks), instead of its own blocks. */
  content?(clause: Clause, place: ClausePlace): WordBlock[] | undefined;
  /** A section's heading as a revision shows it (inserted, renamed): its runs and its paragraph mark's mark. */
  heading?(section: Section, blocks: BlockContext): { children: ParagraphChild[]; mark: RunMark } | undefined;
  /** Content to put after a clause or at the start of a section (e.g. clauses and headings deleted there). */
  after?(id: string, blocks: BlockContext): WordBlock[];
}

export interface BodyContext {
  blocks: BlockContext;
  numbering: ClauseNumbering;
  hooks: BodyHooks;
  /** Bookmark names given so far: a name is a bookmark once (Word ignores a second), and never empty. */
  bookmarked: Set<string>;
  /** The next paragraph starts a page: no space above it, as in the PDF. */
  pageTop: boolean;
  /** The PDF's space between two lists or paragraphs, in points (the space between items is the Clause style's). */
  groupGap: number;
  /** The space above and below a heading of a level, in points, as its style has it. */
  headingSpace(level: number): { before: number; after: number };
}

/** The bookmark for `id`, unless it is empty or already taken (a duplicate id `check` reports). */
function bookmarkFor(context: BodyContext, id: string): string | undefined {
  if (id === '' || context.bookmarked.has(id)) return undefined;
  context.bookmarked.add(id);
  return id;
}

const HEADINGS = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

/** The space above a paragraph where it differs from its style's: none at a page's top, the gap between groups. */
function spaceAbove(context: BodyContext, before: number | undefined): Partial<IParagraphOptions> {
  const top = context.pageTop;
  context.pageTop = false;
  if (top) return { spacing: { before: 0 } };
  return before === undefined ? {} : { spacing: { before: twips(before) } };
}

function clauseBlocks(
  context: BodyContext,
  clause: Clause,
  numbering: NumberingUse | undefined,
  depth: number,
  before: number | undefined,
): WordBlock[] {
  const mark = context.hooks.mark?.(clause) ?? PLAIN;
  const blocks: BlockContext = { ...context.blocks, mark };
  const indent = depth > 0 || numbering ? ClauseNumbering.continuation(depth) : undefined;
  const rest = { style: 'Clause', ...(indent ? { indent } : {}) };
  const bookmark = bookmarkFor(context, clause.id);
  const lead: Lead = {
    paragraph: {
      style: 'Clause',
      ...(numbering ? { numbering } : indent ? { indent } : {}),
      ...spaceAbove(context, before),
    },
    ...(bookmark ? { bookmark } : {}),
  };
  const own = context.hooks.content?.(clause, { lead, rest, blocks });
  if (own) return own;
  const out: WordBlock[] = contentBlocks(blocks, clause.content, rest, lead);
  if (clause.content.length === 0) out.push(paragraphFrom([], { ...lead.paragraph, ...markRun(mark) }, bookmark));
  return out;
}

function clauseList(
  context: BodyContext,
  clauses: readonly Clause[],
  depth: number,
  orderedDepth: number,
): WordBlock[] {
  const out: WordBlock[] = [];
  listGroups(clauses).forEach((group, groupIndex) => {
    const first = group[0]!;
    // A list the policy's own numbering labels ("1.1", "a)") counts in its own label; the rest in the house style.
    const ordered =
      first.kind === 'item' && first.list === 'ordered'
        ? first.labelParts
          ? context.numbering.own(depth, first.labelParts, first.ordinal)
          : context.numbering.ordered(depth, orderedDepth, first.ordinal)
        : undefined;
    group.forEach((clause, index) => {
      const numbering =
        clause.kind !== 'item' ? undefined : ordered ? ordered(clause.ordinal) : context.numbering.bullet(depth);
      // As the PDF spaces them: a list or paragraph apart from the one before, nothing above the first of a section.
      const before = index > 0 ? undefined : groupIndex > 0 ? context.groupGap : depth === 0 ? 0 : undefined;
      out.push(...clauseBlocks(context, clause, numbering, depth, before));
      out.push(
        ...clauseList(context, clause.children, depth + 1, clause.list === 'ordered' ? orderedDepth + 1 : orderedDepth),
      );
      out.push(...(context.hooks.after?.(clause.id, context.blocks) ?? []));
    });
  });
  return out;
}

/** A heading of clausemark's own (footnotes, approvals, a summary); `mark` tracks it in a revision. */
export function headingParagraph(
  text: string,
  level: number,
  bookmark?: string,
  options: { pageTop?: boolean; mark?: RunMark; symbols?: WordSymbols | undefined } = {},
): Paragraph {
  const { pageTop = false, mark = PLAIN, symbols } = options;
  return paragraphFrom(
    wordRuns([{ text, style: {} }], { link: '', code: '', ...(symbols ? { symbols } : {}) }, mark),
    { style: headingStyleId(level), ...(pageTop ? { spacing: { before: 0 } } : {}), ...markRun(mark) },
    bookmark,
  );
}

/** The style of a section heading at `level` (1 for a top-level section). */
export function headingStyleId(level: number): string {
  return HEADINGS[Math.min(level, HEADING_LEVELS) - 1]!;
}

/**
 * A section's heading: its number, a tab, its title; as a revision shows it when the hooks say so. `under` is the
 * space below the heading it directly follows: Word and LibreOffice set the larger of two paragraphs' spaces between
 * them, the PDF both, so the space above this one says both.
 */
function sectionHeading(context: BodyContext, section: Section, level: number, under: number | undefined): Paragraph {
  const shown = context.hooks.heading?.(section, context.blocks);
  const number = section.number ? [new TextRun(`${section.number}\t`)] : [];
  const children = shown?.children ?? [
    ...number,
    ...wordRuns(toRuns(section.heading, context.blocks.inline), context.blocks.style),
  ];
  const before = under === undefined ? undefined : under + context.headingSpace(level).before;
  const options = { style: headingStyleId(level), ...spaceAbove(context, before), ...markRun(shown?.mark ?? PLAIN) };
  return paragraphFrom(children, options, bookmarkFor(context, section.id));
}

export function sectionBlocks(
  context: BodyContext,
  section: Section,
  level: number,
  under: number | undefined = undefined,
): WordBlock[] {
  const out: WordBlock[] = [];
  if (level > 0) out.push(sectionHeading(context, section, level, under));
  out.push(...(context.hooks.after?.(section.id, context.blocks) ?? []));
  out.push(...clauseList(context, section.clauses, 0, 0));
  // A first sub-section right under this heading: its heading follows this one directly.
  const direct = level > 0 && out.length === 1 ? context.headingSpace(level).after : undefined;
  section.sections.forEach((child, index) =>
    out.push(...sectionBlocks(context, child, level + 1, index === 0 ? direct : undefined)),
  );
  return out;
}

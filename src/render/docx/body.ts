// The policy text: sections as Word headings (Heading 1…6, with outline levels, each section id a bookmark) and
// clauses as paragraphs with Word list numbering (src/render/docx/numbering.ts), each clause id a bookmark. Hooks
// let a revision (src/render/docx/tracked.ts) mark a clause as inserted, give its text as a redline, or put
// deleted clauses after it.
import { listGroups } from '../../model/walk.js';
import { type Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Clause, Section } from '../../model/policy.js';
import { markRun, paragraphFrom, wordBlocks, type BlockContext, type Lead, type WordBlock } from './blocks.js';
import { PLAIN, wordRuns, type RunMark } from './inline.js';
import { ClauseNumbering, type NumberingUse } from './numbering.js';
import { HEADING_LEVELS } from './styles.js';
import { toRuns } from '../shared/inline.js';

export interface BodyHooks {
  /** How the clause's own text is marked (default: plain). */
  mark?(clause: Clause): RunMark;
  /**
   * The clause's text as runs of its own (a word redline) instead of its blocks, and how its paragraph mark is
   * marked (inserted where a split made one clause two).
   */
  runs?(clause: Clause): { children: ParagraphChild[]; paragraphMark: RunMark } | undefined;
  /** Content to put after a clause or at the start of a section (e.g. clauses deleted there). */
  after?(id: string): WordBlock[];
  /**
   * A section heading's words as runs of their own (a redline of a reworded heading) and how the heading is marked
   * (inserted where the heading is new); undefined: the heading as written, plain.
   */
  heading?(section: Section): { children?: ParagraphChild[]; mark: RunMark } | undefined;
}

export interface BodyContext {
  blocks: BlockContext;
  numbering: ClauseNumbering;
  hooks: BodyHooks;
  /** Bookmark names given so far: a name is a bookmark once (Word ignores a second), and never empty. */
  bookmarked: Set<string>;
}

/** The bookmark for `id`, unless it is empty or already taken (a duplicate id `check` reports). */
function bookmarkFor(context: BodyContext, id: string): string | undefined {
  if (id === '' || context.bookmarked.has(id)) return undefined;
  context.bookmarked.add(id);
  return id;
}

const HEADINGS = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

function clauseBlocks(
  context: BodyContext,
  clause: Clause,
  numbering: NumberingUse | undefined,
  depth: number,
): WordBlock[] {
  const mark = context.hooks.mark?.(clause) ?? PLAIN;
  const blocks: BlockContext = { ...context.blocks, mark };
  const indent = depth > 0 || numbering ? ClauseNumbering.continuation(depth) : undefined;
  const rest = { style: 'Clause', ...(indent ? { indent } : {}) };
  const bookmark = bookmarkFor(context, clause.id);
  const lead: Lead = {
    paragraph: { style: 'Clause', ...(numbering ? { numbering } : indent ? { indent } : {}) },
    ...(bookmark ? { bookmark } : {}),
  };
  const own = context.hooks.runs?.(clause);
  if (own) return [paragraphFrom(own.children, { ...lead.paragraph, ...markRun(own.paragraphMark) }, bookmark)];
  const out: WordBlock[] = [];
  clause.content.forEach((block, index) =>
    out.push(...wordBlocks(blocks, block, rest, index === 0 ? lead : undefined)),
  );
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
  for (const group of listGroups(clauses)) {
    const first = group[0]!;
    // A list the policy's own numbering labels ("1.1", "a)") counts in its own label; the rest in the house style.
    const ordered =
      first.kind === 'item' && first.list === 'ordered'
        ? first.labelParts
          ? context.numbering.own(depth, first.labelParts, first.ordinal)
          : context.numbering.ordered(depth, orderedDepth, first.ordinal)
        : undefined;
    for (const clause of group) {
      const numbering =
        clause.kind !== 'item' ? undefined : ordered ? ordered(clause.ordinal) : context.numbering.bullet(depth);
      out.push(...clauseBlocks(context, clause, numbering, depth));
      out.push(
        ...clauseList(context, clause.children, depth + 1, clause.list === 'ordered' ? orderedDepth + 1 : orderedDepth),
      );
      out.push(...(context.hooks.after?.(clause.id) ?? []));
    }
  }
  return out;
}

/** The Word style of a heading at `level` (1 for a top-level section). */
export function headingStyle(level: number): (typeof HEADINGS)[number] {
  return HEADINGS[Math.min(Math.max(level, 1), HEADING_LEVELS) - 1]!;
}

export function headingParagraph(
  text: string,
  level: number,
  bookmark?: string,
  extra: ParagraphChild[] = [],
): Paragraph {
  const style = HEADINGS[Math.min(level, HEADING_LEVELS) - 1]!;
  return paragraphFrom([new TextRun(text), ...extra], { style }, bookmark);
}

export function sectionBlocks(context: BodyContext, section: Section, level: number): WordBlock[] {
  const out: WordBlock[] = [];
  if (level > 0) {
    const style = HEADINGS[Math.min(level, HEADING_LEVELS) - 1]!;
    const own = context.hooks.heading?.(section);
    const mark = own?.mark ?? PLAIN;
    const title = own?.children ?? wordRuns(toRuns(section.heading, context.blocks.inline), context.blocks.style, mark);
    const number = !section.number
      ? []
      : mark.kind === 'plain'
        ? [new TextRun(`${section.number}\t`)]
        : wordRuns([{ text: `${section.number}\t`, style: {} }], context.blocks.style, mark);
    out.push(paragraphFrom([...number, ...title], { style, ...markRun(mark) }, bookmarkFor(context, section.id)));
  }
  out.push(...(context.hooks.after?.(section.id) ?? []));
  out.push(...clauseList(context, section.clauses, 0, 0));
  for (const child of section.sections) out.push(...sectionBlocks(context, child, level + 1));
  return out;
}

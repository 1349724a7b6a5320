// The body: sections with numbered headings, clauses with hanging numbers in the brand's house style, sub-clauses
// indented under their parent's text. Headings are kept with the first lines of what follows them. Every section
// and clause becomes a named destination, so `policy.pdf#up.belang` opens at that clause.
import { listGroups } from '../../model/walk.js';
import type { Clause, Section } from '../../model/policy.js';
import { printedLabel, type NumberStyle } from '../../model/numbering.js';
import {
  blockLeadHeight,
  bodySettings,
  drawBlock,
  drawLabel,
  linesFor,
  placeLines,
  type FlowContext,
  type Lead,
} from '../engine/blocks.js';
import { toRuns } from '../shared/inline.js';
import { baselineOffset, layoutText, paintLine } from '../engine/paint.js';
import type { StructElement } from '../engine/tagging.js';
import { headingStyle } from '../shared/theme.js';
import type { PlacedHeading } from '../engine/outline.js';

export interface BodyContext extends FlowContext {
  numbering: readonly NumberStyle[];
  showIds: boolean;
  /** Width reserved for section numbers, per heading level, so titles of one level align. */
  headingGutters: Map<number, number>;
}

const BULLETS = ['•', '–', '◦'];
/** Sub-clauses indent until the text column would be narrower than this share of the body width. */
const MIN_TEXT_SHARE = 0.45;

function bulletFor(depth: number, covers: (code: number) => boolean): string {
  const wanted = BULLETS[depth % BULLETS.length]!;
  return covers(wanted.codePointAt(0) ?? 0) ? wanted : '•';
}

/** Heading number gutters: the widest number of each level plus a gap. */
export function measureHeadingGutters(context: FlowContext, sections: readonly Section[]): Map<number, number> {
  const gutters = new Map<number, number>();
  const { theme, measure } = context.painter;
  const visit = (list: readonly Section[], level: number): void => {
    const style = headingStyle(theme, level);
    for (const section of list) {
      if (section.number) {
        const width = measure.width(section.number, style.font, style.size) + style.size * 0.9;
        gutters.set(level, Math.max(gutters.get(level) ?? 0, width));
      }
      visit(section.sections, level + 1);
    }
  };
  visit(sections, 1);
  return gutters;
}

function headingLines(context: BodyContext, section: Section, level: number, width: number) {
  const style = headingStyle(context.painter.theme, level);
  const settings = bodySettings(context, {
    size: style.size,
    leading: style.leading,
    align: 'left',
    base: style.font === 'boldItalic' ? { bold: true, italic: true } : { bold: true },
  });
  const gutter = section.number ? (context.headingGutters.get(level) ?? 0) : 0;
  const lines = linesFor(context, section, () => toRuns(section.heading, context.inline), settings, width - gutter);
  // A heading of no title ("Artikel 1" over its text) still takes its number's line.
  const rows = Math.max(lines.length, section.number ? 1 : 0);
  return { style, settings, gutter, lines, rows };
}

/** What must fit below a heading: the next heading (recursively) or the first lines of the first clause. */
function sectionLeadHeight(context: BodyContext, section: Section, level: number): number {
  const { frame } = context;
  const first = section.clauses[0];
  if (first) return clauseLeadHeight(context, first, frame.width);
  const sub = section.sections[0];
  if (!sub) return 0;
  const { style, rows } = headingLines(context, sub, level + 1, frame.width);
  return style.before + rows * style.leading + style.after + sectionLeadHeight(context, sub, level + 1);
}

function clauseLeadHeight(context: BodyContext, clause: Clause, width: number): number {
  const first = clause.content[0];
  const gutter = clause.kind === 'item' ? context.painter.theme.gutter.min : 0;
  if (first) return blockLeadHeight(context, first, width - gutter);
  const child = clause.children[0];
  return child ? clauseLeadHeight(context, child, width - gutter) : context.painter.theme.body.leading;
}

function drawHeading(context: BodyContext, section: Section, level: number, parent: StructElement): PlacedHeading {
  const { frame, painter } = context;
  const { theme, tagger } = painter;
  const { style, settings, gutter, lines, rows } = headingLines(context, section, level, frame.width);
  frame.space(style.before);
  frame.ensure(rows * style.leading + style.after + sectionLeadHeight(context, section, level));
  const top = frame.y;
  frame.destination(section.id, top);
  const colour = style.colour === 'primary' ? theme.colours.primary : theme.colours.text;
  const heading = tagger.element(`H${Math.min(level + 1, 6)}`, parent);
  tagger.begin(heading);
  if (section.number) {
    const numberLines = layoutText(
      painter,
      [{ text: section.number, style: {} }],
      { ...settings.set, hyphenate: '' },
      gutter,
    );
    const first = numberLines[0];
    if (first)
      paintLine(painter, first, frame.left, top, style.leading, {
        text: theme.colours.primary,
        link: theme.colours.accent,
      });
  }
  tagger.end();
  placeLines(
    context,
    lines,
    frame.left + gutter,
    { set: settings.set, colours: { text: colour, link: theme.colours.accent } },
    heading,
  );
  frame.y += (rows - lines.length) * style.leading + style.after;
  return {
    id: section.id,
    title: section.title,
    number: section.number,
    level,
    pageIndex: frame.pageIndex,
    top,
    children: [],
  };
}

/** Draws a section (heading, clauses, subsections); the preamble has no heading. */
export function drawSection(
  context: BodyContext,
  section: Section,
  level: number,
  parent: StructElement,
): PlacedHeading | undefined {
  const { tagger } = context.painter;
  const element = level === 0 ? parent : tagger.element('Sect', parent);
  const placed = level === 0 ? undefined : drawHeading(context, section, level, element);
  drawClauses(context, section.clauses, context.frame.left, context.frame.width, element, 0);
  for (const sub of section.sections) {
    const child = drawSection(context, sub, level + 1, element);
    if (child && placed) placed.children.push(child);
  }
  return placed;
}

function labelFor(context: BodyContext, clause: Clause, orderedDepth: number, bulletDepth: number): string {
  if (clause.list === 'ordered') return printedLabel(clause, orderedDepth, context.numbering);
  return bulletFor(bulletDepth, context.inline.covers);
}

function drawClauses(
  context: BodyContext,
  clauses: readonly Clause[],
  x: number,
  width: number,
  parent: StructElement,
  orderedDepth: number,
  bulletDepth = 0,
): void {
  const { painter, frame } = context;
  const { theme, tagger, measure } = painter;
  listGroups(clauses).forEach((group, groupIndex) => {
    if (groupIndex > 0) frame.space(theme.body.paragraphGap);
    const first = group[0]!;
    if (first.kind !== 'item') {
      for (const clause of group) drawClause(context, clause, x, width, parent, undefined, orderedDepth, bulletDepth);
      return;
    }
    const list = tagger.element('L', parent);
    const labels = group.map((clause) => labelFor(context, clause, orderedDepth, bulletDepth));
    const gutter = Math.max(
      theme.gutter.min,
      ...labels.map((label) => measure.width(label, 'regular', theme.body.size) + theme.gutter.gap),
    );
    group.forEach((clause, index) => {
      if (index > 0) frame.space(theme.body.itemGap);
      const item = tagger.element('LI', list);
      drawClause(
        context,
        clause,
        x,
        width,
        item,
        { text: labels[index]!, gutter, bullet: clause.list !== 'ordered' },
        orderedDepth,
        bulletDepth,
      );
    });
  });
}

interface Label {
  text: string;
  gutter: number;
  bullet: boolean;
}

function drawClause(
  context: BodyContext,
  clause: Clause,
  x: number,
  width: number,
  parent: StructElement,
  label: Label | undefined,
  orderedDepth: number,
  bulletDepth: number,
): void {
  const { painter, frame } = context;
  const { tagger, theme } = painter;
  const gutter = label?.gutter ?? 0;
  const textX = x + gutter;
  const textWidth = width - gutter;
  // Lbl before LBody: that is the order a list item is read in.
  const labelElement = label ? tagger.element('Lbl', parent) : undefined;
  const body = label ? tagger.element('LBody', parent) : parent;
  let lead: Lead | undefined = (top) => {
    frame.destination(clause.id, top);
    if (label && labelElement) drawLabel(context, label.text, x, gutter, top, labelElement, label.bullet);
    if (context.showIds) drawMarginId(context, clause.id, top);
  };
  clause.content.forEach((block, index) => {
    if (index > 0) frame.space(theme.body.paragraphGap * 0.6);
    const blockLead = lead;
    lead = undefined;
    drawBlock(context, block, textX, textWidth, body, blockLead);
  });
  if (lead) {
    frame.ensure(theme.body.leading);
    lead(frame.y);
  }
  if (clause.children.length > 0) {
    frame.space(theme.body.itemGap);
    const nextOrdered = clause.list === 'ordered' ? orderedDepth + 1 : orderedDepth;
    const nextBullet = clause.list === 'bullet' ? bulletDepth + 1 : bulletDepth;
    // Very deep nesting stops indenting once the text column would get too narrow to read.
    const indent = textWidth >= frame.width * MIN_TEXT_SHARE + theme.gutter.min * 2;
    drawClauses(
      context,
      clause.children,
      indent ? textX : x,
      indent ? textWidth : width,
      body,
      nextOrdered,
      nextBullet,
    );
  }
}

/** Review copies: the clause id, small and muted, in the left margin beside the clause's first line. */
function drawMarginId(context: BodyContext, id: string, top: number): void {
  const { painter, frame } = context;
  const { theme } = painter;
  const size = 6.5;
  const leading = 8;
  const width = frame.left - 18;
  const lines = layoutText(painter, [{ text: id, style: {} }], { size, leading, align: 'right' }, width);
  // On the baseline of the clause's first line.
  const regular = painter.fonts.get('regular');
  const first =
    top + baselineOffset(regular, theme.body.size, theme.body.leading) - baselineOffset(regular, size, leading);
  painter.tagger.artifact(() => {
    lines.forEach((line, index) =>
      paintLine(painter, line, 10, first + index * leading, leading, {
        text: theme.colours.muted,
        link: theme.colours.muted,
      }),
    );
  });
}

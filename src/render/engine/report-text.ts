// Drawing helpers every report PDF shares (the board pack, the inspection dossier): a paragraph of runs placed in
// the flow, a heading kept with what follows it, a hairline. All of it goes through the policy renderer's line
// breaker, page frame and tagger.
import { placeLines, type FlowContext, type PlaceOptions } from './blocks.js';
import type { PlacedHeading } from '../pdf/flow.js';
import { cleanText, plainRuns, type Run } from '../shared/inline.js';
import type { Align, SetLine, SetStyle } from './linebreak.js';
import { layoutText } from './paint.js';
import type { StructElement } from './tagging.js';
import { headingStyle } from '../shared/theme.js';

export interface TextStyle {
  size: number;
  leading: number;
  align?: Align;
  bold?: boolean;
  italic?: boolean;
  colour?: string;
  /** No hyphenation (numbers, ids, labels). */
  noHyphens?: boolean;
}

export function setStyle(context: FlowContext, style: TextStyle): SetStyle {
  const set: SetStyle = { size: style.size, leading: style.leading, align: style.align ?? 'left' };
  if (context.lang && !style.noHyphens) set.hyphenate = context.lang;
  if (style.bold || style.italic)
    set.base = { ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) };
  return set;
}

export function layoutRuns(context: FlowContext, runs: readonly Run[], style: TextStyle, width: number): SetLine[] {
  return layoutText(context.painter, runs, setStyle(context, style), width);
}

/** Places runs as one tagged paragraph (P unless `type` says otherwise) at x; returns the number of lines. */
export function drawParagraph(
  context: FlowContext,
  runs: readonly Run[],
  style: TextStyle,
  x: number,
  width: number,
  parent: StructElement,
  options: PlaceOptions & { type?: string; lines?: SetLine[] } = {},
): number {
  const { painter } = context;
  const set = setStyle(context, style);
  const lines = options.lines ?? layoutText(painter, runs, set, width);
  if (lines.length === 0) return 0;
  const colours = { text: style.colour ?? painter.theme.colours.text, link: painter.theme.colours.accent };
  placeLines(context, lines, x, { set, colours }, painter.tagger.element(options.type ?? 'P', parent), options);
  return lines.length;
}

/** Plain text as one run, cleaned like the policy's own text and trimmed. */
export function plain(context: FlowContext, text: string, style: Run['style'] = {}): Run[] {
  return plainRuns(text, context.inline.covers, style);
}

/** A piece of a longer line: cleaned, but its spaces kept (they separate it from the next piece). */
export function fragment(context: FlowContext, text: string, style: Run['style'] = {}): Run[] {
  const cleaned = cleanText(text, context.inline.covers);
  return cleaned ? [{ text: cleaned, style }] : [];
}

/**
 * A heading (level 1: a part of the report, 2: a block within it) with a named destination, kept on the page with
 * `keepHeight` of what follows. `tag` is its structure type when that differs from its look (a block right under
 * the report's title is an H2 to a screen reader, whatever its size: heading levels must not skip one).
 */
export function drawHeading(
  context: FlowContext,
  id: string,
  title: string,
  level: 1 | 2,
  parent: StructElement,
  keepHeight: number,
  tag = `H${level + 1}`,
): PlacedHeading {
  const { frame, painter } = context;
  const { theme } = painter;
  const style = headingStyle(theme, level);
  const text: TextStyle = { size: style.size, leading: style.leading, bold: true, colour: theme.colours.primary };
  const lines = layoutRuns(context, plain(context, title), text, frame.width);
  frame.space(style.before);
  frame.ensure(lines.length * style.leading + style.after + keepHeight);
  const top = frame.y;
  frame.destination(id, top);
  drawParagraph(context, [], text, frame.left, frame.width, parent, { type: tag, lines });
  frame.y += style.after;
  return { id, title, number: '', level, pageIndex: frame.pageIndex, top, children: [] };
}

/** A horizontal hairline at y (decoration: an artifact). */
export function hairline(
  context: FlowContext,
  x: number,
  y: number,
  width: number,
  colour?: string,
  weight = 0.5,
): void {
  const { doc, theme, tagger } = context.painter;
  tagger.artifact(() =>
    doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(weight)
      .stroke(colour ?? theme.colours.rule),
  );
}

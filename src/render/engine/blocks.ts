// Block content of a clause (paragraphs, tables, code, quotes, plain lists) placed into the frame. Paragraphs break
// across pages without orphans or widows; everything is tagged (P, Table, L …) under the element it belongs to.
import type { BlockContent, Blockquote, Code, List, Nodes, PhrasingContent } from 'mdast';
import type { FlowContext, Lead } from './context.js';
import { cleanText, toRuns, type Run } from '../shared/inline.js';
import type { Align, SetLine, SetStyle } from './linebreak.js';
import { layoutText, paintLine, type LineColours } from './paint.js';
import type { StructElement } from './tagging.js';
import { drawTable, tableLeadHeight, type TableSpec } from './table.js';
import { htmlBlockText } from '../../text/html-text.js';

export type { FlowContext, Lead } from './context.js';

export interface TextSettings {
  set: SetStyle;
  colours: LineColours;
}

export function bodySettings(context: FlowContext, overrides: Partial<SetStyle> = {}): TextSettings {
  const { theme } = context.painter;
  const set: SetStyle = { size: theme.body.size, leading: theme.body.leading, align: 'justify', ...overrides };
  if (context.lang && overrides.hyphenate === undefined) set.hyphenate = context.lang;
  return { set, colours: { text: theme.colours.text, link: theme.colours.accent } };
}

/** Lines for the text of `key` (an mdast node), laid out once per render and width. */
export function linesFor(
  context: FlowContext,
  key: object,
  runs: () => Run[],
  settings: TextSettings,
  width: number,
): SetLine[] {
  const cached = context.layouts.get(key);
  if (cached && cached.width === width && cached.size === settings.set.size) return cached.layout as SetLine[];
  const lines = layoutText(context.painter, runs(), settings.set, width);
  context.layouts.set(key, { width, size: settings.set.size, layout: lines });
  return lines;
}

export interface PlaceOptions {
  lead?: Lead;
  /** Decoration beside each line (a quote's rule), drawn as an artifact. */
  beside?: (top: number, height: number) => void;
}

/**
 * Places lines at x, breaking pages between lines: at least `keepLines` lines stay together at the start and end
 * of a paragraph, unless the paragraph is that short.
 */
export function placeLines(
  context: FlowContext,
  lines: readonly SetLine[],
  x: number,
  settings: TextSettings,
  element: StructElement,
  options: PlaceOptions = {},
): void {
  const { frame, painter } = context;
  const { leading } = settings.set;
  const keep = painter.theme.keepLines;
  let index = 0;
  let started = false;
  while (index < lines.length) {
    const remaining = lines.length - index;
    const fit = Math.floor((frame.room + 0.01) / leading);
    let take = remaining;
    if (fit < remaining) {
      take = Math.min(fit, remaining - keep);
      const tooFew = index === 0 ? take < Math.min(keep, remaining) : take < 1;
      if (tooFew && !frame.atTop) {
        frame.newPage();
        continue;
      }
      if (take < 1) take = Math.max(1, Math.min(fit, remaining));
    }
    if (!started) {
      options.lead?.(frame.y);
      painter.tagger.begin(element);
      started = true;
    }
    for (let n = 0; n < take; n++) {
      const line = lines[index + n]!;
      if (options.beside) {
        const top = frame.y;
        painter.tagger.artifact(() => options.beside!(top, leading));
      }
      paintLine(painter, line, x, frame.y, leading, settings.colours);
      frame.y += leading;
    }
    index += take;
    if (index < lines.length) frame.newPage();
  }
  if (!started && options.lead) options.lead(frame.y);
  painter.tagger.end();
}

function paragraphSettings(context: FlowContext, align: Align | undefined): TextSettings {
  return bodySettings(context, align ? { align } : {});
}

function paragraphLines(
  context: FlowContext,
  node: { children: PhrasingContent[] },
  settings: TextSettings,
  width: number,
): SetLine[] {
  return linesFor(context, node, () => toRuns(node.children, context.inline), settings, width);
}

/** Height of the first lines of a block: what must fit under a heading for the heading to stay on the page. */
export function blockLeadHeight(context: FlowContext, block: BlockContent, width: number): number {
  const { theme } = context.painter;
  switch (block.type) {
    case 'paragraph': {
      const lines = paragraphLines(context, block, paragraphSettings(context, undefined), width);
      return Math.min(lines.length, theme.keepLines) * theme.body.leading;
    }
    case 'table':
      return tableLeadHeight(context, tableSpec(context, block), width);
    default:
      return theme.body.leading * theme.keepLines;
  }
}

function tableSpec(context: FlowContext, table: Extract<BlockContent, { type: 'table' }>): TableSpec {
  const [head, ...body] = table.children;
  const cells = (row: typeof head): Run[][] =>
    row ? row.children.map((cell) => toRuns(cell.children, context.inline)) : [];
  const columns = Math.max(...table.children.map((row) => row.children.length), 1);
  return {
    key: table,
    header: cells(head),
    rows: body.map((row) => cells(row)),
    align: Array.from({ length: columns }, (_, index) => (table.align?.[index] ?? 'left') as Align),
  };
}

const DEFINITION_INDENT = 18;

/** A block with nothing to show still places its lead (a clause label, a destination) on a line of its own. */
function placeLeadAlone(context: FlowContext, lead: Lead | undefined): void {
  if (!lead) return;
  context.frame.ensure(context.painter.theme.body.leading);
  lead(context.frame.y);
}

/** A code block on its tint, in the table's smaller type, with the author's spacing and line breaks kept. */
function drawCode(
  context: FlowContext,
  block: Code,
  x: number,
  width: number,
  parent: StructElement,
  lead: Lead | undefined,
): void {
  const { painter, frame } = context;
  const { tagger, theme } = painter;
  const settings = bodySettings(context, {
    align: 'left',
    size: theme.table.size,
    leading: theme.table.leading,
    hyphenate: '',
  });
  // Keep the author's indentation, alignment and line breaks: runs of spaces become no-break spaces.
  const runs: Run[] = [];
  block.value.split('\n').forEach((line, index) => {
    if (index > 0) runs.push({ text: '\n', style: {} });
    const text = cleanText(line, context.inline.covers).replace(/^ +| {2,}/g, (spaces) =>
      '\u00A0'.repeat(spaces.length),
    );
    if (text) runs.push({ text, style: {} });
  });
  const inset = 8;
  const lines = linesFor(context, block, () => runs, settings, width - inset * 2);
  frame.space(2);
  placeLines(context, lines, x + inset, settings, tagger.element('P', parent), {
    ...(lead ? { lead } : {}),
    beside: (top, height) => painter.doc.rect(x, top, width, height).fill(theme.colours.codeBackground),
  });
  frame.space(2);
}

/** A quote indented, each of its blocks beside a rule; the lead goes with its first block. */
function drawBlockquote(
  context: FlowContext,
  block: Blockquote,
  x: number,
  width: number,
  parent: StructElement,
  lead: Lead | undefined,
): void {
  const { painter, frame } = context;
  const quote = painter.tagger.element('BlockQuote', parent);
  const indent = 14;
  let first = lead;
  block.children.forEach((child, index) => {
    if (index > 0) frame.space(painter.theme.body.paragraphGap * 0.6);
    const childLead = first;
    first = undefined;
    drawQuoted(context, child, x + indent, width - indent, quote, x, childLead);
  });
}

/** A thematic break: a thin rule across the column, drawn as an artifact. */
function drawThematicBreak(context: FlowContext, x: number, width: number, lead: Lead | undefined): void {
  const { painter, frame } = context;
  const { theme } = painter;
  frame.ensure(theme.body.leading);
  lead?.(frame.y);
  const y = frame.y + theme.body.leading / 2;
  painter.tagger.artifact(() =>
    painter.doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.5)
      .stroke(theme.colours.rule),
  );
  frame.y += theme.body.leading;
}

/** Draws one block of clause content at x with the given width. */
export function drawBlock(
  context: FlowContext,
  block: BlockContent | Nodes,
  x: number,
  width: number,
  parent: StructElement,
  lead?: Lead,
): void {
  const { tagger } = context.painter;
  switch (block.type) {
    case 'paragraph': {
      // A definition (src/parse/definitions.ts) hangs under its term.
      const indent = block.data?.hName === 'dd' ? DEFINITION_INDENT : 0;
      const settings = paragraphSettings(context, undefined);
      const lines = paragraphLines(context, block, settings, width - indent);
      placeLines(context, lines, x + indent, settings, tagger.element('P', parent), lead ? { lead } : {});
      return;
    }
    case 'heading': {
      const settings = bodySettings(context, { align: 'left', base: { bold: true } });
      const lines = paragraphLines(context, block, settings, width);
      placeLines(context, lines, x, settings, tagger.element('P', parent), lead ? { lead } : {});
      return;
    }
    case 'table':
      drawTable(context, tableSpec(context, block), x, width, parent, lead);
      return;
    case 'code':
      drawCode(context, block, x, width, parent, lead);
      return;
    case 'blockquote':
      drawBlockquote(context, block, x, width, parent, lead);
      return;
    case 'list':
      drawPlainList(context, block, x, width, parent, lead);
      return;
    case 'thematicBreak':
      drawThematicBreak(context, x, width, lead);
      return;
    case 'html': {
      // Raw HTML shows the text it holds, as plain text (src/text/html-text.ts); a bare tag or comment nothing.
      const text = htmlBlockText(block.value);
      if (text !== '') {
        drawBlock(context, { type: 'paragraph', children: [{ type: 'text', value: text }] }, x, width, parent, lead);
        return;
      }
      placeLeadAlone(context, lead);
      return;
    }
    default:
      // Definitions (link references) carry no policy text.
      placeLeadAlone(context, lead);
      return;
  }
}

function drawQuoted(
  context: FlowContext,
  block: Nodes,
  x: number,
  width: number,
  parent: StructElement,
  ruleX: number,
  lead?: Lead,
): void {
  const { painter } = context;
  const { theme } = painter;
  if (block.type === 'paragraph') {
    const settings = bodySettings(context);
    settings.colours = { ...settings.colours, text: theme.colours.muted };
    const lines = paragraphLines(context, block, settings, width);
    placeLines(context, lines, x, settings, painter.tagger.element('P', parent), {
      ...(lead ? { lead } : {}),
      beside: (top, height) => painter.doc.rect(ruleX, top, 2, height).fill(theme.colours.rule),
    });
    return;
  }
  drawBlock(context, block, x, width, parent, lead);
}

/** A list inside a quote or footnote: not clauses, so numbered simply 1., 2. or bulleted. */
function drawPlainList(
  context: FlowContext,
  list: List,
  x: number,
  width: number,
  parent: StructElement,
  lead?: Lead,
): void {
  const { painter, frame } = context;
  const { tagger, theme } = painter;
  const element = tagger.element('L', parent);
  const start = typeof list.start === 'number' ? list.start : 1;
  const labels = list.children.map((_, index) => (list.ordered ? `${start + index}.` : '•'));
  const gutter = Math.max(
    theme.gutter.min,
    ...labels.map((label) => painter.measure.width(label, 'regular', theme.body.size) + theme.gutter.gap),
  );
  list.children.forEach((item, index) => {
    if (index > 0) frame.space(theme.body.itemGap);
    const li = tagger.element('LI', element);
    const label = labels[index]!;
    const labelElement = tagger.element('Lbl', li);
    const body = tagger.element('LBody', li);
    let pending: Lead | undefined = (top) => {
      lead?.(top);
      lead = undefined;
      drawLabel(context, label, x, gutter, top, labelElement, !list.ordered);
    };
    item.children.forEach((child, childIndex) => {
      if (childIndex > 0) frame.space(theme.body.paragraphGap * 0.6);
      const childLead = pending;
      pending = undefined;
      drawBlock(context, child, x + gutter, width - gutter, body, childLead);
    });
  });
}

/** A hanging label: numbers end just before the text column (their dots align), bullets sit at the left. */
export function drawLabel(
  context: FlowContext,
  label: string,
  x: number,
  gutter: number,
  top: number,
  element: StructElement,
  bullet: boolean,
  colour?: string,
): void {
  const { painter } = context;
  const { theme } = painter;
  const settings = bodySettings(context, { align: bullet ? 'left' : 'right', hyphenate: '' });
  settings.colours = { ...settings.colours, text: colour ?? theme.colours.text };
  const runs: Run[] = [{ text: label, style: {} }];
  const labelWidth = gutter - theme.gutter.gap;
  const lines = layoutText(painter, runs, settings.set, Math.max(labelWidth, 1));
  painter.tagger.begin(element);
  for (const line of lines.slice(0, 1)) paintLine(painter, line, x, top, settings.set.leading, settings.colours);
  painter.tagger.end();
}

// Table of contents. Page numbers are only known after the body is laid out, so the TOC is planned first (its
// height does not depend on the numbers: they sit in a fixed column), its pages are reserved, and it is drawn at
// the end into those buffered pages. Every entry links to its section's named destination.
import { plainRuns } from '../shared/inline.js';
import type { SetLine, SetStyle } from '../engine/linebreak.js';
import { layoutText, paintLine, showText, type Painter } from '../engine/paint.js';
import type { StructElement } from '../engine/tagging.js';
import { headingStyle } from '../shared/theme.js';
import type { TocEntry } from '../shared/contents.js';

interface PlannedEntry extends TocEntry {
  lines: SetLine[];
  set: SetStyle;
  colour: string;
  indent: number;
  gutter: number;
  pageOffset: number;
  top: number;
}

export interface TocPlan {
  /** Pages the TOC needs, heading included. */
  pages: number;
  heading: { lines: SetLine[]; set: SetStyle; top: number };
  entries: PlannedEntry[];
  element: StructElement;
}

const PAGE_COLUMN = 34;
const LEADER_GAP = 8;
const LEADER_STEP = 4;

interface Geometry {
  left: number;
  top: number;
  bottom: number;
  width: number;
}

function entryStyle(painter: Painter, level: number): { set: SetStyle; colour: string; before: number } {
  const { theme } = painter;
  if (level <= 1)
    return {
      set: { size: theme.body.size, leading: 15, align: 'left', base: { bold: true } },
      colour: theme.colours.text,
      before: 7,
    };
  if (level === 2)
    return {
      set: { size: theme.body.size - 0.5, leading: 14, align: 'left' },
      colour: theme.colours.text,
      before: 1.5,
    };
  return { set: { size: theme.body.size - 1, leading: 13, align: 'left' }, colour: theme.colours.muted, before: 1 };
}

export function planToc(painter: Painter, geometry: Geometry, title: string, entries: readonly TocEntry[]): TocPlan {
  const { theme, measure, fonts } = painter;
  const headingSet: SetStyle = {
    size: headingStyle(theme, 1).size,
    leading: headingStyle(theme, 1).leading,
    align: 'left',
    base: { bold: true },
  };
  const heading = {
    lines: layoutText(painter, plainRuns(title, fonts.covers), headingSet, geometry.width),
    set: headingSet,
    top: geometry.top,
  };
  // Number gutters per level, so titles of one level start in one column.
  const gutters = new Map<number, number>();
  for (const entry of entries) {
    if (!entry.number) continue;
    const { set } = entryStyle(painter, entry.level);
    const width = measure.width(entry.number, set.base?.bold ? 'bold' : 'regular', set.size) + 9;
    gutters.set(entry.level, Math.max(gutters.get(entry.level) ?? 0, width));
  }
  const indents = new Map<number, number>();
  let indent = 0;
  for (let level = 1; level <= 6; level++) {
    indents.set(level, indent);
    indent += Math.max(gutters.get(level) ?? 0, 18);
  }
  let page = 0;
  let y = geometry.top + heading.lines.length * headingSet.leading + headingStyle(theme, 1).after + 6;
  const planned: PlannedEntry[] = [];
  for (const entry of entries) {
    const { set, colour, before } = entryStyle(painter, entry.level);
    const entryIndent = indents.get(Math.min(entry.level, 6)) ?? 0;
    // Unnumbered entries (a foreword, the approvals) align with the numbered titles of their level.
    const gutter = gutters.get(entry.level) ?? 0;
    const width = geometry.width - entryIndent - gutter - PAGE_COLUMN - LEADER_GAP;
    const lines = layoutText(painter, plainRuns(entry.title, fonts.covers), set, width);
    const height = Math.max(lines.length, 1) * set.leading;
    if (y + before + height > geometry.bottom) {
      page++;
      y = geometry.top;
    } else {
      y += before;
    }
    planned.push({ ...entry, lines, set, colour, indent: entryIndent, gutter, pageOffset: page, top: y });
    y += height;
  }
  const element = painter.tagger.element('TOC');
  return { pages: page + 1, heading, entries: planned, element };
}

/** Draws the planned TOC into its reserved pages; `pageOf` gives the 1-based page number of a destination. */
export function drawToc(
  painter: Painter,
  plan: TocPlan,
  geometry: Geometry,
  firstPageIndex: number,
  pageOf: (id: string) => number | undefined,
): void {
  painter.doc.switchToPage(firstPageIndex);
  drawTocHeading(painter, plan, geometry);
  for (const entry of plan.entries) {
    const page = pageOf(entry.id);
    painter.doc.switchToPage(firstPageIndex + entry.pageOffset);
    drawTocEntry(painter, plan.element, entry, geometry, page);
  }
}

function drawTocHeading(painter: Painter, plan: TocPlan, geometry: Geometry): void {
  const { tagger, theme } = painter;
  const heading = tagger.element('H2', plan.element);
  tagger.begin(heading);
  plan.heading.lines.forEach((line, index) =>
    paintLine(
      painter,
      line,
      geometry.left,
      plan.heading.top + index * plan.heading.set.leading,
      plan.heading.set.leading,
      { text: theme.colours.primary, link: theme.colours.primary },
    ),
  );
  tagger.end();
}

/** One entry, tagged as a link to its section: number, title, dot leader and page number. */
function drawTocEntry(
  painter: Painter,
  toc: StructElement,
  entry: PlannedEntry,
  geometry: Geometry,
  page: number | undefined,
): void {
  const { doc, tagger, theme, fonts } = painter;
  const { set, lines } = entry;
  const x = geometry.left + entry.indent;
  const item = tagger.element('TOCI', toc);
  const link = tagger.element('Link', item);
  const colours = { text: entry.colour, link: entry.colour };
  tagger.begin(link);
  if (entry.number) {
    const font = fonts.get(set.base?.bold ? 'bold' : 'regular');
    const baseline = entry.top + baselineOf(painter, set);
    showText(doc, font, set.size, x, baseline, entry.number, entry.level <= 1 ? theme.colours.primary : entry.colour);
  }
  lines.forEach((line, index) =>
    paintLine(painter, line, x + entry.gutter, entry.top + index * set.leading, set.leading, colours),
  );
  const lastTop = entry.top + Math.max(lines.length - 1, 0) * set.leading;
  const numberText = page === undefined ? '' : String(page);
  const numberFont = fonts.get(set.base?.bold ? 'bold' : 'regular');
  const numberWidth = numberFont.widthOfString(numberText, set.size);
  const right = geometry.left + geometry.width;
  if (numberText) {
    showText(
      doc,
      numberFont,
      set.size,
      right - numberWidth,
      lastTop + baselineOf(painter, set),
      numberText,
      entry.colour,
    );
  }
  tagger.end();
  const lastLine = lines[lines.length - 1];
  const leaderStart = x + entry.gutter + (lastLine?.width ?? 0) + LEADER_GAP;
  const leaderEnd = right - numberWidth - LEADER_GAP;
  if (numberText && leaderEnd > leaderStart)
    drawLeader(painter, leaderStart, leaderEnd, lastTop + baselineOf(painter, set) - 0.5);
  const height = Math.max(lines.length, 1) * set.leading;
  const label = `${entry.number ? `${entry.number} ` : ''}${entry.title}`;
  doc.goTo(x, entry.top, right - x, height, entry.id, {
    structParent: link,
    Contents: new String(label) as unknown as string,
  });
  link.end();
}

/** The dotted leader from a title's end to its page number, an artifact. */
function drawLeader(painter: Painter, from: number, to: number, y: number): void {
  const { doc, tagger, theme } = painter;
  // Dots on a common grid line up from entry to entry.
  const start = Math.ceil(from / LEADER_STEP) * LEADER_STEP;
  tagger.artifact(() => {
    doc.save();
    doc
      .lineWidth(0.9)
      .lineCap('round')
      .dash(0.01, { space: LEADER_STEP - 0.01 });
    doc.moveTo(start, y).lineTo(to, y).stroke(theme.colours.rule);
    doc.undash();
    doc.restore();
  });
}

function baselineOf(painter: Painter, set: SetStyle): number {
  const font = painter.fonts.get('regular');
  const ascent = (font.ascender / 1000) * set.size;
  const descent = (-font.descender / 1000) * set.size;
  return (set.leading - ascent - descent) / 2 + ascent;
}

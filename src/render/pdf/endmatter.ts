// What follows the policy text: footnotes, the approval table and the colophon. Their headings get destinations
// with a ':' in the name (clause ids cannot contain one), so they never collide with the author's ids.
import type { Policy } from '../../model/policy.js';
import { bodySettings, drawBlock, drawLabel, placeLines, type FlowContext, type Lead } from '../engine/blocks.js';
import type { PlacedHeading } from '../engine/outline.js';
import type { PdfTexts } from '../shared/document-texts.js';
import { footnoteDestination, plainRuns } from '../shared/inline.js';
import { layoutText } from '../engine/paint.js';
import type { StructElement } from '../engine/tagging.js';
import { drawTable } from '../engine/table.js';
import { headingStyle } from '../shared/theme.js';
import { APPROVALS_DESTINATION, FOOTNOTES_DESTINATION, showsApprovals } from '../shared/contents.js';
import { approvalLawNote, approvalRows } from '../shared/approval-rows.js';
import { approvalTableSpec, drawApprovalLawNote } from '../engine/approval-table.js';

/** An unnumbered top-level heading (footnotes, approvals), kept with `keepHeight` of what follows. */
function drawEndHeading(
  context: FlowContext,
  id: string,
  title: string,
  parent: StructElement,
  keepHeight: number,
): PlacedHeading {
  const { frame, painter } = context;
  const { theme, tagger } = painter;
  const style = headingStyle(theme, 1);
  const settings = bodySettings(context, {
    size: style.size,
    leading: style.leading,
    align: 'left',
    base: { bold: true },
  });
  const lines = layoutText(painter, plainRuns(title, painter.fonts.covers), settings.set, frame.width);
  frame.space(style.before);
  frame.ensure(lines.length * style.leading + style.after + keepHeight);
  const top = frame.y;
  frame.destination(id, top);
  placeLines(
    context,
    lines,
    frame.left,
    { set: settings.set, colours: { text: theme.colours.primary, link: theme.colours.accent } },
    tagger.element('H2', parent),
  );
  frame.y += style.after;
  return { id, title, number: '', level: 1, pageIndex: frame.pageIndex, top, children: [] };
}

export function drawFootnotes(
  context: FlowContext,
  policy: Policy,
  numbers: ReadonlyMap<string, number>,
  title: string,
): PlacedHeading | undefined {
  if (numbers.size === 0) return undefined;
  const { painter, frame } = context;
  const { tagger, theme, measure } = painter;
  const section = tagger.element('Sect');
  const placed = drawEndHeading(context, FOOTNOTES_DESTINATION, title, section, theme.body.leading * 2);
  const ordered = [...numbers].sort((a, b) => a[1] - b[1]);
  const gutter = Math.max(
    theme.gutter.min,
    ...ordered.map(([, number]) => measure.width(`${number}`, 'regular', theme.body.size) + theme.gutter.gap),
  );
  const list = tagger.element('L', section);
  ordered.forEach(([key, number], index) => {
    const definition = policy.footnotes[key];
    if (!definition) return;
    if (index > 0) frame.space(theme.body.itemGap);
    const item = tagger.element('LI', list);
    const label = tagger.element('Lbl', item);
    const body = tagger.element('LBody', item);
    let lead: Lead | undefined = (top) => {
      frame.destination(footnoteDestination(number), top);
      drawLabel(context, `${number}`, frame.left, gutter, top, label, false, theme.colours.accent);
    };
    definition.children.forEach((block, blockIndex) => {
      if (blockIndex > 0) frame.space(theme.body.paragraphGap * 0.6);
      const blockLead = lead;
      lead = undefined;
      drawBlock(context, block, frame.left + gutter, frame.width - gutter, body, blockLead);
    });
  });
  return placed;
}

export function drawApprovals(context: FlowContext, policy: Policy, texts: PdfTexts): PlacedHeading | undefined {
  if (!showsApprovals(policy)) return undefined;
  const { painter, frame } = context;
  const { tagger, fonts, theme } = painter;
  const section = tagger.element('Sect');
  const spec = approvalTableSpec(policy.meta.approvals, texts, fonts.covers, approvalRows(policy, texts));
  const placed = drawEndHeading(context, APPROVALS_DESTINATION, texts.approvals, section, theme.table.leading * 2 + 34);
  drawTable(context, spec, frame.left, frame.width, section);
  drawApprovalLawNote(context, approvalLawNote(policy, texts), section);
  return placed;
}

/** The colophon: each line of `text` (title, source hash, tool, date) starts a line of its own, as written. */
export function drawColophon(context: FlowContext, text: string): void {
  const { painter, frame } = context;
  const { theme, tagger, doc } = painter;
  const set = { size: theme.small.size, leading: theme.small.leading, align: 'left' as const };
  // Laid out line by line: as one paragraph, the line breaks of the template would become spaces.
  const lines = text
    .split('\n')
    .flatMap((line) => layoutText(painter, plainRuns(line, painter.fonts.covers), set, frame.width));
  if (lines.length === 0) return;
  frame.space(30);
  frame.ensure(lines.length * set.leading + 10);
  const top = frame.y;
  tagger.artifact(() =>
    doc
      .moveTo(frame.left, top)
      .lineTo(frame.left + 56, top)
      .lineWidth(0.5)
      .stroke(theme.colours.rule),
  );
  frame.y += 8;
  placeLines(
    context,
    lines,
    frame.left,
    { set, colours: { text: theme.colours.muted, link: theme.colours.muted } },
    tagger.element('P'),
  );
}

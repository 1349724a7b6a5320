// The approval table as the engine draws it, in the policy PDF and in the board pack alike: date, name, role, step
// and a signature column; the rows come from src/render/shared/approval-rows.ts.
import type { PdfTexts } from '../shared/document-texts.js';
import { plainRuns } from '../shared/inline.js';
import { placeLines, type FlowContext } from './blocks.js';
import { layoutText } from './paint.js';
import type { TableSpec } from './table.js';
import type { StructElement } from './tagging.js';

/** The approval table: date, name, role, step and a signature column wide and tall enough to sign in. */
export function approvalTableSpec(
  key: object,
  texts: PdfTexts,
  covers: (codePoint: number) => boolean,
  table: { rows: string[][]; pending: number[] },
): TableSpec {
  const columns = texts.columns;
  return {
    key,
    header: [columns.date, columns.name, columns.role, columns.step, columns.signature].map((label) =>
      plainRuns(label, covers),
    ),
    // Dates, names, roles and steps: names are never hyphenated (issue 43: "A. Bak-ker").
    rows: table.rows.map((row) => row.map((cell) => plainRuns(cell, covers, { name: true }))),
    align: ['left', 'left', 'left', 'left', 'left'],
    minWidths: [0, 0, 0, 0, 110],
    minRowHeight: 34,
    mutedRows: new Set(table.pending),
  };
}

/** The line under the table saying as of which date the law its steps cite was read (approvalLawNote); none if ''. */
export function drawApprovalLawNote(context: FlowContext, note: string, parent: StructElement): void {
  if (note === '') return;
  const { painter, frame } = context;
  const { theme, tagger } = painter;
  const set = { size: theme.small.size, leading: theme.small.leading, align: 'left' as const };
  const lines = layoutText(painter, plainRuns(note, painter.fonts.covers), set, frame.width);
  frame.space(6);
  placeLines(
    context,
    lines,
    frame.left,
    { set, colours: { text: theme.colours.muted, link: theme.colours.muted } },
    tagger.element('P', parent),
  );
}

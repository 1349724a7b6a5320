// The approval table as the engine draws it, in the policy PDF and in the board pack alike: date, name, role, step
// and a signature column; the rows come from src/render/shared/approval-rows.ts.
import type { PdfTexts } from '../shared/document-texts.js';
import { plainRuns } from '../shared/inline.js';
import type { TableSpec } from './table.js';

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

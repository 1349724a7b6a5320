// Horizontal rules a PDF draws: a table's row lines. A table's borders are no text, only strokes (LibreOffice draws
// each row's line as one stroke across the table) or thin filled boxes (a line drawn per cell); the table reader
// takes a rule that crosses all of a table's columns between two of its lines as the border between two rows, the
// only sign of a row whose first cell is empty where rows stand no further apart than a cell's lines.
import { pathBoxes, type OperatorCodes, type OperatorList } from './pdf-marks.js';

/** A horizontal line drawn on the page, in page coordinates: its height and where it starts and ends. */
export interface DrawnRule {
  y: number;
  x0: number;
  x1: number;
}

/** A path this thin (points) is a rule, not a box. */
const THIN = 1.5;
/** Shorter than this (points), a path is a mark (an underlined word's start, a bullet), not a table's border. */
const SHORTEST = 12;
/** Two rules this close in height, meeting within this much, are one line drawn in pieces (cell by cell). */
const JOINS = 2;

/** The page's horizontal rules, top to bottom, pieces of one line joined into one. */
export function horizontalRules(list: OperatorList, codes: OperatorCodes): DrawnRule[] {
  const pieces = pathBoxes(list, codes)
    .filter(([x0, y0, x1, y1]) => y1 - y0 <= THIN && x1 - x0 >= SHORTEST)
    .map(([x0, y0, x1, y1]) => ({ y: (y0 + y1) / 2, x0, x1 }))
    .sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const rules: DrawnRule[] = [];
  for (const piece of pieces) {
    const last = rules.at(-1);
    if (last && Math.abs(last.y - piece.y) <= JOINS && piece.x0 <= last.x1 + JOINS)
      last.x1 = Math.max(last.x1, piece.x1);
    else rules.push({ ...piece });
  }
  return rules;
}

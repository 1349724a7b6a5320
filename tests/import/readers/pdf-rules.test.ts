// A page's horizontal rules from its operators, as pdfjs lists them: a table's row lines, drawn whole (LibreOffice)
// or cell by cell, are found and joined; a table's vertical lines, a box and a short mark are no rules.
import { describe, expect, it } from 'vitest';
import { horizontalRules } from '../../../src/import/readers/pdf-rules.js';

const CODES = { save: 1, restore: 2, transform: 3, constructPath: 4 };

/** A path drawn over the box [x0, y0, x1, y1] in the current coordinates (pdfjs 5's constructPath arguments). */
const path = (box: [number, number, number, number]) => ({ fn: CODES.constructPath, args: [20, [], box] });

function operators(...steps: { fn: number; args: unknown }[]) {
  return { fnArray: steps.map((step) => step.fn), argsArray: steps.map((step) => step.args) };
}

describe('horizontal rules of a page', () => {
  it('finds row lines drawn whole or cell by cell, top to bottom, and nothing else', () => {
    const list = operators(
      path([84.8, 618.7, 516.3, 618.7]),
      // One row line drawn in two cells' pieces that meet.
      path([84.8, 579.8, 300.6, 579.8]),
      path([300.6, 579.8, 516.3, 579.8]),
      // A column's line, a filled box, a short mark (a bullet's dash).
      path([300.6, 501.7, 300.6, 644.5]),
      path([90, 400, 300, 450]),
      path([90, 390, 96, 390.5]),
      // A thin filled box, as Word draws a border.
      path([84.8, 540, 516.3, 540.5]),
    );
    expect(horizontalRules(list, CODES)).toEqual([
      { y: 618.7, x0: 84.8, x1: 516.3 },
      { y: 579.8, x0: 84.8, x1: 516.3 },
      { y: 540.25, x0: 84.8, x1: 516.3 },
    ]);
  });

  it('keeps a line broken beside a cell merged down as two rules, and reads them in page coordinates', () => {
    const list = operators(
      { fn: CODES.save, args: null },
      // Moved 10 points up by the current matrix.
      { fn: CODES.transform, args: [1, 0, 0, 1, 0, 10] },
      path([84.8, 516.5, 192.9, 516.5]),
      path([300.4, 516.5, 516.3, 516.5]),
      { fn: CODES.restore, args: null },
      path([84.8, 500.4, 516.3, 500.4]),
    );
    expect(horizontalRules(list, CODES)).toEqual([
      { y: 526.5, x0: 84.8, x1: 192.9 },
      { y: 526.5, x0: 300.4, x1: 516.3 },
      { y: 500.4, x0: 84.8, x1: 516.3 },
    ]);
  });
});

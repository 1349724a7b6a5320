// Table column widths from the content, shared by the PDF and the Word output so both set a table alike: each
// column gets room for its text where the width allows, and never less than its longest word (so no word is broken
// inside a cell) unless the words together do not fit.
import type { Run } from './inline.js';
import type { Measure } from './measure.js';

export interface ColumnFit {
  count: number;
  /** The table's width; the result is in the same unit. */
  width: number;
  measure: Measure;
  /** Font size of the cell text. */
  size: number;
  /** Horizontal padding of a cell, both sides together. */
  pad: number;
  /** Least widths for columns (a signature column has no content but needs room). */
  minWidths?: readonly number[];
  /**
   * The most of the table's width one word may claim (default an equal share): the PDF hyphenates and breaks very
   * long words (URLs), a Word reader may do neither, so the Word output lets a word claim more.
   */
  longestWordShare?: number;
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * Each column's natural width (its longest line of text, unbroken) and least width (its longest word, up to the
 * share one word may claim), padding and the least widths asked for included.
 */
function measureColumns(rows: readonly (readonly Run[][])[], fit: ColumnFit): { natural: number[]; minimum: number[] } {
  const { count, width, measure, pad } = fit;
  const natural = new Array<number>(count).fill(pad + 12);
  const minimum = new Array<number>(count).fill(pad + 12);
  rows.forEach((row, rowIndex) => {
    row.forEach((runs, column) => {
      const font = rowIndex === 0 ? 'bold' : 'regular';
      let line = 0;
      let longest = 0;
      for (const run of runs) {
        const runFont = rowIndex === 0 || run.style.bold ? 'bold' : font;
        line += measure.width(run.text, runFont, fit.size);
        for (const word of run.text.split(/\s+/)) longest = Math.max(longest, measure.width(word, runFont, fit.size));
      }
      natural[column] = Math.max(natural[column]!, line + pad);
      // Very long words (URLs) may break: they do not get to claim a whole column.
      minimum[column] = Math.max(
        minimum[column]!,
        Math.min(longest + pad, width * (fit.longestWordShare ?? 1 / count)),
      );
    });
  });
  fit.minWidths?.forEach((least, column) => {
    if (column >= count) return;
    natural[column] = Math.max(natural[column]!, least);
    minimum[column] = Math.max(minimum[column]!, least);
  });
  return { natural, minimum };
}

/**
 * Shares `width` as browsers do when the natural widths do not fit but the least ones do: narrow columns get their
 * natural width, the wide ones share the rest in proportion to their content, each keeping at least its longest word.
 */
function shareWidth(natural: number[], minimum: number[], width: number): number[] {
  const count = natural.length;
  // Narrow columns first: no "Groep / 2" wrapping.
  const widths = new Array<number | undefined>(count).fill(undefined);
  let left = width;
  for (let changed = true; changed; ) {
    changed = false;
    const open = widths.map((value, index) => (value === undefined ? index : -1)).filter((index) => index >= 0);
    const share = left / open.length;
    for (const index of open) {
      if (natural[index]! <= share) {
        widths[index] = natural[index]!;
        left -= natural[index]!;
        changed = true;
      }
    }
  }
  const open = widths.map((value, index) => (value === undefined ? index : -1)).filter((index) => index >= 0);
  const openNatural = sum(open.map((index) => natural[index]!));
  for (const index of open) widths[index] = (natural[index]! / openNatural) * left;
  // Raise any column below its longest word, taking the difference from the widest columns.
  const result = widths.map((value) => value ?? 0);
  for (let index = 0; index < count; index++) {
    const deficit = minimum[index]! - result[index]!;
    if (deficit <= 0) continue;
    result[index] = minimum[index]!;
    const widest = result.indexOf(Math.max(...result.filter((_, other) => other !== index)));
    if (widest >= 0 && widest !== index) result[widest] = Math.max(minimum[widest]!, result[widest]! - deficit);
  }
  const total = sum(result);
  return result.map((value) => (value / total) * width);
}

/** Column widths of rows (the first is the header, set bold): content widths scaled to fill `width`. */
export function contentColumnWidths(rows: readonly (readonly Run[][])[], fit: ColumnFit): number[] {
  const { natural, minimum } = measureColumns(rows, fit);
  const { width } = fit;
  const naturalTotal = sum(natural);
  if (naturalTotal <= width) return natural.map((value) => (value / naturalTotal) * width);
  if (sum(minimum) >= width) return minimum.map((value) => (value / sum(minimum)) * width);
  return shareWidth(natural, minimum, width);
}

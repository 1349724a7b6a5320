// Offsets ↔ unist points (1-based line and column, columns in UTF-16 code units as micromark counts them).
import type { Root } from 'mdast';

export type Point = NonNullable<Root['position']>['start'];

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: number[] = [0];

  constructor(readonly source: string) {
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  /** Offset just past the last character of 0-based `line` (before its line ending). */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    return next === undefined ? this.source.length : next - 1;
  }

  /** The point at `offset`, found by binary search over the line starts. */
  point(offset: number): Point {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1, offset };
  }

  /** The point at `offset`, known to lie on 0-based `line` (no search). */
  pointOn(line: number, offset: number): Point {
    return { line: line + 1, column: offset - (this.starts[line] ?? 0) + 1, offset };
  }
}

// GFM tables as mdast-util-gfm-table builds them, from the lines markdown-it recognised as a table: every cell a
// row has (no padding, no cutting), cells split at pipes that are not escaped, a cell spanning from its opening
// pipe to the next pipe (the last one to the end of the line), content trimmed and read as inline Markdown.
import type { AlignType, Table, TableCell, TableRow } from 'mdast';
import type { ReadContext } from './context.js';
import { readInline } from './inline.js';
import { unsupported } from './unsupported.js';

interface Cell {
  /** Where the cell's node starts and ends. */
  from: number;
  to: number;
  /** Where its content (untrimmed) starts and ends. */
  contentFrom: number;
  contentTo: number;
}

/** The unescaped pipes of [from, to). */
function pipesOf(source: string, from: number, to: number): number[] {
  const pipes: number[] = [];
  for (let at = from; at < to; at++) {
    const code = source.charCodeAt(at);
    if (code === 0x5c) at++;
    else if (code === 0x7c) pipes.push(at);
  }
  return pipes;
}

function cellsOf(source: string, from: number, to: number): Cell[] {
  const pipes = pipesOf(source, from, to);
  let contentEnd = to;
  while (contentEnd > from && source.charCodeAt(contentEnd - 1) === 0x20) contentEnd--;
  const leading = pipes[0] === from;
  const trailing =
    pipes.length > 0 &&
    pipes[pipes.length - 1] === contentEnd - 1 &&
    !(leading && pipes.length === 1 && contentEnd - from === 1);
  const inner = pipes.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  const starts = [from, ...inner];
  return starts.map((start, index) => {
    const next = inner[index];
    const isLast = index === starts.length - 1;
    const contentFrom = index === 0 && !leading ? start : start + 1;
    const contentTo = isLast ? (trailing ? contentEnd - 1 : contentEnd) : (next ?? to);
    return { from: start, to: isLast ? to : (next ?? to), contentFrom, contentTo: Math.max(contentFrom, contentTo) };
  });
}

function alignOf(cell: string): AlignType {
  const text = cell.trim();
  const left = text.startsWith(':');
  const right = text.endsWith(':') && text.length > 1;
  return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
}

export function readTable(rows: readonly [number, number][], context: ReadContext): Table {
  const { source, lines, md, env } = context;
  const point = (offset: number): ReturnType<typeof lines.point> => lines.point(offset);
  const delimiter = rows[1];
  if (!delimiter) unsupported('a table without a delimiter row');
  const align = cellsOf(source, delimiter[0], delimiter[1]).map((cell) =>
    alignOf(source.slice(cell.contentFrom, cell.contentTo)),
  );
  const tableRows: TableRow[] = rows
    .filter((_, index) => index !== 1)
    .map(([from, to]) => {
      const cells: TableCell[] = cellsOf(source, from, to).map((cell) => {
        const content = source.slice(cell.contentFrom, cell.contentTo).trim();
        const inline = content === '' ? [] : (md.parseInline(content, env)[0]?.children ?? []);
        return {
          type: 'tableCell',
          children: readInline(inline, true),
          position: { start: point(cell.from), end: point(cell.to) },
        };
      });
      return { type: 'tableRow', children: cells, position: { start: point(from), end: point(to) } };
    });
  const first = tableRows[0]?.position?.start;
  const last = rows[rows.length - 1];
  if (!first || !last) unsupported('an empty table');
  return { type: 'table', align, children: tableRows, position: { start: first, end: point(last[1]) } };
}

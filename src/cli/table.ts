// A plain text table for the terminal: columns padded to the widest cell (by characters, so "ë" counts once). A cell
// may come from a user's file (a title), so its control characters are shown, not sent to the terminal to act on.
import { printable } from '../io/messages.js';

export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const shown = rows.map((row) => row.map(printable));
  const widths = header.map((title, column) =>
    Math.max(title.length, ...shown.map((row) => [...(row[column] ?? '')].length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell + ' '.repeat(Math.max(0, (widths[column] ?? 0) - [...cell].length)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...shown.map(line)].join('\n');
}

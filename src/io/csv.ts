// A CSV file as a school's form tool, spreadsheet or HR system exports it (kennisname's people list and records,
// docs/acknowledge.md): comma or semicolon separated (Dutch Excel writes semicolons), quoted fields with "" inside,
// UTF-8 with or without a BOM. Bounded: refused past the source limit (src/io/limits.ts) before it is read. A control
// or bidirectional-override character is refused at its line and column: it can hide or reorder what a name shows,
// and nothing of such a file is taken.
import { errorById } from './messages.js';
import { inputLimits } from './limits.js';
import { readCapped } from './read.js';

export interface CsvRow {
  /** 1-based line the row starts on. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** The header's cells, trimmed. */
  header: string[];
  rows: CsvRow[];
}

/** C0 controls but tab, line feed and carriage return; DEL and C1; bidi marks, embeddings, overrides and isolates. */
export const HIDDEN_CHARACTER =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function codeName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Refuses the first control or bidi character, naming its line and column. */
function refuseHidden(text: string, file: string): void {
  const found = HIDDEN_CHARACTER.exec(text);
  if (!found) return;
  const before = text.slice(0, found.index);
  const line = before.split('\n').length;
  const column = found.index - before.lastIndexOf('\n');
  throw errorById(
    {
      messageId: 'csv-file.hidden-character',
      fixId: 'csv-file.remove-character',
      params: { char: codeName(found[0]) },
    },
    { place: { file, point: { line, column } }, ruleId: 'csv-file' },
  );
}

function decode(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw errorById(
      { messageId: 'csv-file.not-utf8', fixId: 'csv-file.save-utf8' },
      { place: { file }, ruleId: 'csv-file' },
    );
  }
}

/** The separator of the header line: a semicolon when it has more of them than commas. */
function separatorOf(text: string): string {
  const first = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  return (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Where the quoted cell opening at `open` (its quote) ends, and its text with "" as one quote; -1 when never closed. */
function quotedCell(text: string, open: number): { value: string; end: number } {
  const parts: string[] = [];
  let from = open + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return { value: '', end: -1 };
    parts.push(text.slice(from, quote));
    if (text[quote + 1] !== '"') return { value: parts.join('"'), end: quote + 1 };
    from = quote + 2;
  }
}

const lineBreaks = (text: string, from: number, to: number): number => {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
};

/**
 * Splits the text into rows of cells (RFC 4180, either separator), each with the line it starts on. Cells are sliced
 * from the text, never built a character at a time: 100,000 rows stay a few times the file's size in memory.
 */
export function parseCsv(text: string, file: string): CsvTable {
  refuseHidden(text, file);
  const separator = separatorOf(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let index = 0;
  const endRow = (): void => {
    if (cells.some((value) => value.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  while (index <= text.length) {
    let cell: string;
    let next = index;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] === '"') {
      const quoted = quotedCell(text, next);
      if (quoted.end === -1) {
        throw errorById(
          { messageId: 'csv-file.open-quote', fixId: 'csv-file.close-quote' },
          { place: { file, point: { line, column: next - text.lastIndexOf('\n', next - 1) } }, ruleId: 'csv-file' },
        );
      }
      line += lineBreaks(text, next, quoted.end);
      cell = quoted.value;
      next = quoted.end;
      while (next < text.length && !/[\r\n]/.test(text[next]!) && text[next] !== separator) next++;
    } else {
      next = index;
      while (next < text.length && text[next] !== separator && text[next] !== '\n' && text[next] !== '\r') next++;
      cell = text.slice(index, next);
    }
    cells.push(cell);
    if (text[next] === separator) {
      index = next + 1;
      continue;
    }
    endRow();
    index = next + (text[next] === '\r' && text[next + 1] === '\n' ? 2 : 1);
    line++;
    rowLine = line;
  }
  const [head, ...body] = rows;
  if (!head) {
    throw errorById(
      { messageId: 'csv-file.empty', fixId: 'csv-file.add-header' },
      { place: { file }, ruleId: 'csv-file' },
    );
  }
  return { header: head.cells.map((value) => value.trim()), rows: body };
}

/**
 * Reads and splits a CSV file, bounded by the source limit; a record file, which grows by a row for each person asked
 * and each who acknowledged (100,000 people: 22 MB), by the import limit.
 */
export function readCsv(file: string, limit: 'sourceBytes' | 'importBytes' = 'sourceBytes'): CsvTable {
  const bytes = readCapped(file, inputLimits()[limit], limit);
  return parseCsv(decode(bytes, file).replace(/^\ufeff/, ''), file);
}

/** The lines of a typed text file (a paper list), each with its number; refused as a CSV file is. */
export function readPlainLines(file: string): { line: number; text: string }[] {
  const text = decode(readCapped(file, inputLimits().sourceBytes, 'sourceBytes'), file).replace(/^\ufeff/, '');
  refuseHidden(text, file);
  return text.split(/\r\n|\r|\n/).map((line, index) => ({ line: index + 1, text: line }));
}

/** A cell as a CSV file writes it: quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The column of the first of `names` (lower case) the header has, or -1. */
export function columnOf(header: readonly string[], names: readonly string[]): number {
  const lower = header.map((cell) => cell.toLowerCase());
  for (const name of names) {
    const index = lower.indexOf(name);
    if (index !== -1) return index;
  }
  return -1;
}

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
const REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function codeName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Refuses the first control or bidi character, naming its line and column. */
function refuseHidden(text: string, file: string): void {
  const found = REFUSED.exec(text);
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

/** Splits the text into rows of cells (RFC 4180, either separator), each with the line it starts on. */
export function parseCsv(text: string, file: string): CsvTable {
  refuseHidden(text, file);
  const separator = separatorOf(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      cells.push(cell);
      if (cells.some((value) => value.trim() !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (quoted) {
    throw errorById(
      { messageId: 'csv-file.open-quote', fixId: 'csv-file.close-quote' },
      { place: { file, point: { line: quoteLine, column: 1 } }, ruleId: 'csv-file' },
    );
  }
  cells.push(cell);
  if (cells.some((value) => value.trim() !== '')) rows.push({ line: rowLine, cells });
  const [head, ...body] = rows;
  if (!head) {
    throw errorById(
      { messageId: 'csv-file.empty', fixId: 'csv-file.add-header' },
      { place: { file }, ruleId: 'csv-file' },
    );
  }
  return { header: head.cells.map((value) => value.trim()), rows: body };
}

/** Reads and splits a CSV file, bounded by the source limit. */
export function readCsv(file: string): CsvTable {
  const bytes = readCapped(file, inputLimits().sourceBytes, 'sourceBytes');
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

// PDF → blocks. A PDF made by `clausemark build --pdfa` carries its Markdown source as an attachment: that is
// taken as it is when it agrees with the pages' text, else the pages are read and the report says so. Any other PDF
// is read as positioned text (pdfjs-dist), turned into lines with the page furniture marked (a page set in two
// columns read column by column, pdf-columns.ts; a table by its columns and the row lines it draws, pdf-tables.ts and
// pdf-rules.ts), and handed to the plain-text reader's structure heuristics, with what the positions show that text
// cannot: which lines go on with their paragraph after a line break (pdf-paragraphs.ts).
import { errorById } from '../../io/messages.js';
import { blockText, runningReason, type Block, type Decision, type ReadDocument, type SourcePlace } from '../blocks.js';
import { namesCommit } from '../../io/git.js';
import { attachmentAgrees } from './pdf-attachment.js';
import type { ReadOptions } from './options.js';
import { EndnoteMarks, withFootnotesMarked, withRaisedNumbers } from './pdf-footnotes.js';
import { pathBoxes, smallShapes, withDrawnBullets } from './pdf-marks.js';
import { placedGlyphs } from './pdf-glyphs.js';
import { changeBars, struckRuns, withoutStruck } from './pdf-struck.js';
import { pageComments } from './pdf-comments.js';
import { withoutBalloons } from './pdf-balloons.js';
import { imageShare, picturedPages } from './pdf-scans.js';
import { columnLines } from './pdf-columns.js';
import { bodySize, pageEdge, runningLines, type PageLine, type PositionedText } from './pdf-lines.js';
import { pageTables, type PdfTable } from './pdf-tables.js';
import { isNumberLabel, labelReading, laysOutText } from '../layout-tables.js';
import { horizontalRules, type DrawnRule } from './pdf-rules.js';
import { lineBreaks } from './pdf-paragraphs.js';
import { joinWrapped, spellingsOf } from './text-hyphens.js';
import { assertStreamsBounded } from './pdf-streams.js';
import { keepBuiltins, withoutCanvas, withoutUndici } from './pdf-builtins.js';
import { readText } from './text.js';
import type { MessageRef } from '../../model/diagnostics.js';
import { RAISED_MARK } from '../note-marks.js';

type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

async function open(bytes: Uint8Array, path: string): Promise<PdfDocument> {
  // Loading pdfjs (and, on the first document, its worker) replaces built-ins with slow polyfills: put them back.
  const restore = keepBuiltins();
  const restoreResponse = withoutUndici();
  const restoreLoader = withoutCanvas();
  try {
    return await openDocument(bytes, path);
  } finally {
    restoreLoader();
    restoreResponse();
    restore();
  }
}

async function openDocument(bytes: Uint8Array, path: string): Promise<PdfDocument> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The worker's module sets globalThis.pdfjsWorker, which pdfjs's in-process worker takes instead of an import() of
  // its own: an import the bundle resolves, so `import` runs, like every command, from the code cache (V8's code for
  // vm.Script, which cannot make a real import()), and the worker's 2.4 MB is not compiled again on every run.
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  try {
    return await getDocument({
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: true,
      // No WebAssembly (image decoders, colour management): import reads text, and V8 reserves gigabytes of
      // address space for each WebAssembly memory, which an address-space limit (ulimit -v) does not allow.
      useWasm: false,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw errorById(
        { messageId: 'import-refused.pdf-encrypted', fixId: 'import-refused.unprotected-copy' },
        { place: { file: path } },
      );
    }
    throw errorById(
      {
        messageId: 'import-refused.pdf-damaged',
        fixId: 'import-refused.pdf-again',
        params: { reason: (error as Error).message },
      },
      { place: { file: path } },
    );
  }
}

async function operatorCodes() {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return OPS;
}

/**
 * The text reader's places are lines of the text the pages were laid out into; the report names the page and the
 * line on it instead ("source page 2, line 5"), as it does for a lost word.
 */
function onPages(read: ReadDocument, places: ReadonlyMap<number, SourcePlace>): ReadDocument {
  for (const block of read.blocks) block.source = places.get(block.source.line) ?? block.source;
  for (const decision of read.decisions) {
    const place = places.get(decision.source.line);
    if (!place) continue;
    if (decision.params.line === decision.source.line) decision.params = { ...decision.params, line: place.line };
    decision.source = place;
  }
  return read;
}

/** The Markdown source a clausemark PDF/A carries, if any. */
async function attachedSource(pdf: PdfDocument): Promise<string | undefined> {
  const attachments = Object.values(
    ((await pdf.getAttachments()) ?? {}) as Record<string, { filename: string; content: Uint8Array }>,
  );
  const markdown = attachments.find((attachment) => /\.(md|markdown)$/i.test(attachment.filename));
  return markdown ? new TextDecoder('utf-8').decode(markdown.content) : undefined;
}

/** What the pages hold, page by page. */
interface PagesRead {
  /** The text lines of each page, in reading order. */
  pages: PageLine[][];
  /** The horizontal rules each page draws (pdf-rules.ts): a table's row lines among them. */
  rules: DrawnRule[][];
  watermarks: Block[];
  /** Text struck through on the pages and the comments of their annotations: left out and listed. */
  markup: Block[];
  /** What the pages' markup leaves in doubt: struck text not found in its line, change bars (pdf-struck.ts). */
  markupDecisions: Decision[];
  imageShares: number[];
  undecidedColumns: number[];
}

/**
 * The text lines of every page, in reading order, the rotated text (watermarks, margin notes) left out, and the
 * share of each page its images cover (pdf-scans.ts).
 */
async function readPages(pdf: PdfDocument): Promise<PagesRead> {
  const pages: PageLine[][] = [];
  const rules: DrawnRule[][] = [];
  // Word's endnotes (i, ii …) stand pages after the text that cites them.
  const endnotes = new EndnoteMarks();
  const watermarks: Block[] = [];
  const imageShares: number[] = [];
  const undecidedColumns: number[] = [];
  const markup: Block[] = [];
  const markupDecisions: Decision[] = [];
  const codes = await operatorCodes();
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const operators = await page.getOperatorList();
    markup.push(...pageComments(await page.getAnnotations(), number));
    const items: PositionedText[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      // Rotated text is a watermark ("CONCEPT") or a margin note, not part of the reading order.
      if (Math.abs(item.transform[1] as number) > 0.01 && item.str.trim() !== '') {
        watermarks.push({
          kind: 'dropped',
          text: item.str.trim(),
          reason: { messageId: 'import-reason.watermark' },
          source: { line: 0, page: number },
        });
        continue;
      }
      items.push({
        str: item.str,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        width: item.width,
        size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height,
      });
    }
    // Word's balloons in a pane right of the text (pdf-balloons.ts), then text struck through, are cut out of their
    // lines and left out, listed (pdf-struck.ts).
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const balloons = withoutBalloons(items, Math.abs(x1 - x0), number);
    markup.push(...balloons.blocks);
    markupDecisions.push(...balloons.decisions);
    const struck = struckMarkup(balloons.items, operators, codes, number);
    markup.push(...struck.blocks);
    markupDecisions.push(...struck.decisions);
    // Bullets drawn as shapes (HTML-to-PDF tools) instead of typed: only pages with indented lines can have them.
    // A page set in two columns is read column by column (pdf-columns.ts).
    const columns = columnLines(withRaisedNumbers(struck.items), number);
    if (columns.undecided) undecidedColumns.push(number);
    const lines = withFootnotesMarked(columns.lines, endnotes);
    pages.push(withDrawnBullets(lines, smallShapes(operators, codes, 16)));
    rules.push(horizontalRules(operators, codes));
    imageShares.push(imageShare(operators, codes, Math.abs((x1 - x0) * (y1 - y0))));
    // What pdfjs keeps of the page (its operator list, fonts, decoded images) is not needed again: freed page by
    // page, so memory does not grow with the pages read.
    page.cleanup();
  }
  return { pages, rules, watermarks, markup, markupDecisions, imageShares, undecidedColumns };
}

type Codes = Awaited<ReturnType<typeof operatorCodes>>;

/**
 * A page's items with the text struck through cut out (pdf-struck.ts), that text as blocks left out and listed, and
 * what the page leaves in doubt: struck text not found in its line, change bars in its margin.
 */
function struckMarkup(
  items: readonly PositionedText[],
  operators: Awaited<ReturnType<PdfPage['getOperatorList']>>,
  codes: Codes,
  page: number,
): { items: PositionedText[]; blocks: Block[]; decisions: Decision[] } {
  const boxes = pathBoxes(operators, codes);
  const runs = struckRuns(placedGlyphs(operators, codes), boxes);
  const cut = withoutStruck(items, runs);
  const blocks: Block[] = cut.cut.map((run) => ({
    kind: 'dropped',
    text: run.text,
    reason: { messageId: 'import-reason.struck-through' },
    source: { line: 0, page },
  }));
  const decisions: Decision[] = [];
  if (cut.unfound.length > 0)
    decisions.push({
      ruleId: 'import-markup',
      messageId: 'import-markup.struck-unread',
      fixId: 'import-markup.check-struck',
      params: { page, text: cut.unfound.map((run) => run.text).join(' / ') },
      source: { line: 0, page },
    });
  const bars = changeBars(boxes, items);
  if (bars > 0)
    decisions.push({
      ruleId: 'import-markup',
      messageId: 'import-markup.change-bars',
      fixId: 'import-markup.import-word',
      params: { page },
      source: { line: 0, page },
    });
  return { items: cut.items, blocks, decisions };
}

/**
 * The pages that are pictures of text (a page scanned back in), each reported: their words could not be read, so
 * they are in no count, and the summary says so beside its "0 lost".
 */
function unreadPages(
  pages: readonly PageLine[][],
  running: ReadonlySet<PageLine>,
  imageShares: readonly number[],
): { unreadPages: number[]; decisions: Decision[] } {
  const unread = picturedPages(
    pages.map((lines, index) => ({
      text: lines
        .filter((line) => !running.has(line))
        .map((line) => line.text)
        .join(' '),
      imageShare: imageShares[index] ?? 0,
    })),
  );
  const decisions = unread.map((page) => ({
    ruleId: 'import-lost',
    messageId: 'import-lost.unread-page',
    fixId: 'import-refused.run-ocr',
    params: { page },
    source: { line: 0, page },
  }));
  return { unreadPages: unread, decisions };
}

/** The pages' lines as the text reader takes them, with what it needs to know of each line. */
interface PagesAsText {
  lines: string[];
  /** Where each line of the text stands on the pages, for the report. */
  textPlaces: Map<number, SourcePlace>;
  furniture: Map<number, MessageRef>;
  clauses: Set<number>;
  /** Lines set larger than the body: headings, even where they are typed as a list's next item ("2. Doel"). */
  larger: Set<number>;
  tableRows: Map<number, string[]>;
  /** Lines that go on with the paragraph of the line before them after a line break (pdf-paragraphs.ts). */
  continues: Set<number>;
  /** Lines at the line spacing under the line before them, on pages that set their paragraphs apart: its paragraph's. */
  under: Set<number>;
  /** The words a table's lines hold, in the order its cells are read: a row's cells, each whole, on its first line. */
  readingOrder: Map<PageLine, string>;
}

/** Pages as text with nothing in them yet. */
const noText = (): PagesAsText => ({
  lines: [],
  textPlaces: new Map(),
  furniture: new Map(),
  clauses: new Set(),
  larger: new Set(),
  tableRows: new Map(),
  continues: new Set(),
  under: new Set(),
  readingOrder: new Map(),
});

/**
 * Tables by their columns and the row lines drawn across them (`rules`, page by page), among the lines that are
 * neither furniture nor small print.
 */
function tablesOf(
  pages: readonly PageLine[][],
  rules: readonly DrawnRule[][],
  left: (line: PageLine) => boolean,
  size: number,
): Map<PageLine, PdfTable | null> {
  const tableAt = new Map<PageLine, PdfTable | null>();
  const spellings = spellingsOf(pages.flat().map((line) => line.text));
  const join = (before: string, next: string): string => joinWrapped(before, next, spellings);
  for (const [index, page] of pages.entries())
    for (const table of pageTables(
      page.filter((line) => !left(line)),
      size,
      join,
      rules[index] ?? [],
    ))
      table.lines.forEach((line, index) => tableAt.set(line, index === 0 ? table : null));
  return tableAt;
}

/** A line marked as a footnote or endnote (withFootnotesMarked): "¹ Zie …", "ⁱ Zie …". */
const NOTE_LINE = new RegExp(`^(?:${RAISED_MARK}) `, 'u');

/**
 * Small print after the last text of the document (a colophon, a source hash): not part of the policy. Notes set
 * small at the end (Word's footnotes and endnotes, 10 points under 11 or 12) are the policy's: where the small print
 * holds a note, none of it is taken, its lines being the notes and their wrapped lines.
 */
function smallPrintAtEnd(all: readonly PageLine[], size: number): Set<PageLine> {
  const colophon = new Set<PageLine>();
  for (let index = all.length - 1; index >= 0 && (all[index]?.size ?? 0) < size * 0.9; index--)
    colophon.add(all[index] as PageLine);
  return [...colophon].some((line) => NOTE_LINE.test(line.text)) ? new Set() : colophon;
}

/** The words a table's lines hold, in the order its cells are read: a row's cells, each whole, on its first line. */
function tableReadingOrder(tableAt: ReadonlyMap<PageLine, PdfTable | null>): Map<PageLine, string> {
  const readingOrder = new Map<PageLine, string>();
  for (const table of new Set(tableAt.values()))
    if (table) {
      for (const line of table.lines) readingOrder.set(line, '');
      table.rowStarts.forEach((line, index) => readingOrder.set(line, (table.words[index] ?? []).join(' ')));
    }
  return readingOrder;
}

/**
 * A table's rows as lines of the text after a blank line: one line each, its cells handed to the text reader as they
 * are; or, where the table lays out a text (layout-tables.ts), the paragraphs it lays out, row by row.
 */
function tableLines(table: PdfTable, text: PagesAsText, placeOf: ReadonlyMap<PageLine, SourcePlace>): void {
  const { lines, tableRows, textPlaces } = text;
  const layout = laysOutText(table.rows);
  lines.push('');
  table.rows.forEach((row, index) => {
    const place = placeOf.get(table.rowStarts[index] as PageLine);
    // A number beside its text is a clause, as one set before a hanging indent: never a heading ("2.2 De klager …").
    const clause = layout && row.length === 2 && isNumberLabel(row[0] as string) && (row[1] as string).trim() !== '';
    for (const line of layout ? layoutLines(row) : [row.join('\t')]) {
      lines.push(line);
      if (!layout) tableRows.set(lines.length, row);
      if (clause && line !== '') text.clauses.add(lines.length);
      if (place && line !== '') textPlaces.set(lines.length, place);
    }
  });
  lines.push('');
}

/**
 * A row of a table that lays out a text, as paragraphs of the text: its label and the cell beside it one line, or the
 * label a heading over the sentence beside it, as layout-tables.ts `labelReading` says; any other row its cells.
 */
function layoutLines(row: readonly string[]): string[] {
  const [label = '', ...beside] = row.map((cell) => cell.trim());
  const [next] = beside;
  if (label === '' || next === undefined || beside.length > 1)
    return [label, ...beside].filter((cell) => cell !== '').flatMap((cell) => ['', cell]);
  return labelReading(label, next) === 'heading' ? ['', label, '', next] : ['', `${label} ${next}`];
}

/** Where each line stands: its page and line, and a running line's edge of the page (its header or footer). */
function placesOf(pages: readonly PageLine[][], running: ReadonlySet<PageLine>): Map<PageLine, SourcePlace> {
  const placeOf = new Map<PageLine, SourcePlace>();
  pages.forEach((page, index) =>
    page.forEach((line, at) => {
      const edge = running.has(line) ? { edge: pageEdge(line, page) } : {};
      placeOf.set(line, { page: index + 1, line: at + 1, ...edge });
    }),
  );
  return placeOf;
}

/**
 * The lines of the pages as text: blocks apart where a new page, a wider gap or a change of size starts one; a
 * heading wrapped over lines joined; tables as rows of cells; running lines and small print marked as furniture.
 */
function pagesAsText({ pages, rules }: PagesRead, running: ReadonlySet<PageLine>): PagesAsText {
  const all = pages.flat();
  const size = bodySize(all);
  const text = noText();
  const colophon = smallPrintAtEnd(all, size);
  const tableAt = tablesOf(pages, rules, (line) => running.has(line) || colophon.has(line), size);
  text.readingOrder = tableReadingOrder(tableAt);
  const { lines, textPlaces, furniture, clauses, larger, continues, under } = text;
  const spacing = lineBreaks(all, (line) => running.has(line) || colophon.has(line) || tableAt.has(line), size);
  const placeOf = placesOf(pages, running);
  let previous: PageLine | undefined;
  const left = Math.min(...all.map((line) => line.x));
  for (const line of all) {
    const table = tableAt.get(line);
    if (table !== undefined) {
      if (table) tableLines(table, text, placeOf);
      previous = line;
      continue;
    }
    const heading = line.size > size * 1.15;
    // A new page, the top of a page's next column (a line above the one before), a gap wider than ordinary line
    // spacing, or a change of size starts a new block.
    const gap =
      previous && previous.page === line.page && previous.y >= line.y ? previous.y - line.y : Number.POSITIVE_INFINITY;
    const headingContinues =
      heading && previous !== undefined && Math.abs(previous.size - line.size) < 0.5 && gap <= line.size * 1.6;
    if (headingContinues) {
      // A heading wrapped over two lines is one heading.
      lines[lines.length - 1] = `${lines[lines.length - 1] ?? ''} ${line.text}`;
      previous = line;
      continue;
    }
    if (!previous || gap > Math.max(previous.size, line.size) * 1.6 || heading || previous.size > size * 1.15)
      lines.push('');
    if (running.has(line)) furniture.set(lines.length + 1, { messageId: runningReason(placeOf.get(line)?.edge) });
    else if (colophon.has(line)) furniture.set(lines.length + 1, { messageId: 'import-reason.colophon' });
    const indent = line.x - (line.columnOffset ?? 0) - left;
    lines.push(`${' '.repeat(Math.max(0, Math.round(indent / 6)))}${line.text}`);
    const place = placeOf.get(line);
    if (place) textPlaces.set(lines.length, place);
    // A clause set with its label before a hanging indent, in the body's size: a clause, never a heading.
    if (line.labelled && !heading) clauses.add(lines.length);
    if (heading) larger.add(lines.length);
    if (spacing.breaks.has(line)) continues.add(lines.length);
    if (spacing.under.has(line)) under.add(lines.length);
    previous = line;
  }
  return text;
}

/** The title is the largest text on the first page, wherever it stands: that block made the level-1 heading. */
function markLargestAsTitle(blocks: Block[], firstPage: readonly PageLine[]): boolean {
  const title = firstPage.reduce<PageLine | undefined>(
    (largest, line) => (!largest || line.size > largest.size ? line : largest),
    undefined,
  );
  const titleBlock = blocks.find(
    (block) => block.kind !== 'dropped' && 'inlines' in block && title && blockText(block).trim() === title.text.trim(),
  );
  if (!titleBlock || !('inlines' in titleBlock)) return titleBlock !== undefined;
  blocks[blocks.indexOf(titleBlock)] = {
    kind: 'heading',
    level: 1,
    inlines: titleBlock.inlines,
    source: titleBlock.source,
  };
  return true;
}

/**
 * A page that looks set in two columns but could as well be a table (pdf-columns.ts): read line by line across it,
 * so its words are all counted but may stand out of order; the report and the summary say so.
 */
const columnsUndecided = (page: number): Decision => ({
  ruleId: 'import-columns',
  messageId: 'import-columns.undecided',
  fixId: 'import-columns.check-order',
  params: { page },
  source: { line: 0, page },
});

export async function readPdf(bytes: Uint8Array, options: ReadOptions): Promise<ReadDocument> {
  assertStreamsBounded(bytes, options.path);
  const pdf = await open(bytes, options.path);
  try {
    const source = options.attachment === false ? undefined : await attachedSource(pdf);
    let disagreement: Decision | undefined;
    const pagesRead = await readPages(pdf);
    const { pages, watermarks, markup, markupDecisions, imageShares, undecidedColumns } = pagesRead;
    const all = pages.flat();
    if (all.length === 0) {
      throw errorById(
        { messageId: 'import-refused.pdf-no-text', fixId: 'import-refused.run-ocr' },
        { place: { file: options.path } },
      );
    }
    const running = runningLines(pages);
    const asText = pagesAsText(pagesRead, running);
    // The attached Markdown is taken as it is only when it is what the pages show (pdf-attachment.ts).
    if (source !== undefined) {
      // Running headers and footers left out: a word hyphenated over a page break has them in between.
      const body = all.filter((line) => !running.has(line)).map((line) => line.text);
      // A commit the pages name is looked up in the repository holding the PDF, where there is one.
      const agreement = attachmentAgrees(source, body, (hash) => namesCommit(options.path, hash));
      if (agreement.agrees) return { blocks: [], decisions: [], sourceText: source, policySource: source };
      disagreement = {
        ruleId: 'import-attachment',
        messageId: 'import-attachment.disagrees',
        fixId: 'import-attachment.pages-imported',
        params: { words: agreement.differing.join(', ') },
        source: { line: 0 },
      };
    }
    const { lines, textPlaces, tableRows, readingOrder, ...known } = asText;
    const text = lines.join('\n');
    const read = onPages(readText(text, { ...known, tables: tableRows }), textPlaces);
    const titled = markLargestAsTitle(read.blocks, pages[0] ?? []);
    const unread = unreadPages(pages, running, imageShares);
    return {
      ...read,
      decisions: [
        ...(disagreement ? [disagreement] : []),
        ...unread.decisions,
        ...undecidedColumns.map(columnsUndecided),
        ...markupDecisions,
        ...read.decisions,
      ],
      ...(unread.unreadPages.length > 0 ? { unreadPages: unread.unreadPages } : {}),
      ...(undecidedColumns.length > 0 ? { unorderedPages: undecidedColumns } : {}),
      firstLineIsTitle: !titled,
      blocks: [...read.blocks, ...watermarks, ...markup],
      sourceText: [
        ...all.map((line) => readingOrder.get(line) ?? line.text),
        ...[...watermarks, ...markup].map((block) => blockText(block)),
      ].join('\n'),
      sourcePlaces: pages.flatMap((lines, page) => lines.map((_, line) => ({ page: page + 1, line: line + 1 }))),
    };
  } finally {
    await pdf.destroy();
  }
}

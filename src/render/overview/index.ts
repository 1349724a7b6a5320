// renderOverviewPdf: what every school must have (out/overview.html) as a PDF for the board meeting, out/overview.pdf.
// Per board one matrix on A4 landscape: a row for the board and each of its schools, a column per kind the law
// requires, each cell its state in words (the tint only repeats them) with the lines under it, and a cell that asks
// for something pointing by number ("→ 3") to its line under "What to do", which says what the files lack. The
// command that starts a missing one is left to out/overview.html: the board that reads this page runs no commands.
// The overview as data (overview.json) is attached. Built from the report frame every report PDF shares
// (src/render/engine/report.ts) with the page turned; a pure function of its input.
import type { Brand } from '../../brand/types.js';
import { reportPdfOptions } from '../engine/input.js';
import type { PlacedHeading } from '../engine/outline.js';
import { openReport, reportTexts } from '../engine/report.js';
import { drawHeading, drawParagraph, plain } from '../engine/report-text.js';
import { drawTable, type TableSpec } from '../engine/table.js';
import type { StructElement } from '../engine/tagging.js';
import type { FlowContext } from '../engine/context.js';
import { LINE_BREAK, plainRuns, type Run } from '../shared/inline.js';
import type { WordedCell, WordedOverview } from '../shared/school-overview.js';
import { createTheme, type Theme } from '../shared/theme.js';

export interface OverviewPdfInput {
  /** One per declared board, worded (src/report/documents/school-overview.ts wordOverview). */
  overviews: readonly WordedOverview[];
  /** Document title and running header: "Wat elke school moet hebben". */
  title: string;
  lang: string;
  brand: Brand;
  /** Running footer: "Pagina 3 van 9". */
  page(page: number, pages: number): string;
  /** The overview as data, attached as overview.json. */
  json: string;
  options: {
    /** CreationDate/ModDate: the overview's date, never the clock. */
    creationDate: Date;
    producer: string;
    /** Seed of the PDF's document ID. */
    sourceHash: string;
  };
}

/** The tint of a cell by its state, as the HTML page's (src/render/html/overview-page.ts). */
const FILLS: Readonly<Record<string, string>> = {
  'in-force': '#e3f4e6',
  adopted: '#eef7e9',
  due: '#fff3cd',
  'in-procedure': '#fff3cd',
  overdue: '#f8d7da',
  missing: '#f8d7da',
  retired: '#f8d7da',
  draft: '#eceff3',
  unknown: '#eceff3',
};

/** The brand's theme on A4 turned: fourteen kinds and a board's name side by side, in small table type. */
function landscapeTheme(brand: Brand): Theme {
  const theme = createTheme(brand);
  return {
    ...theme,
    page: { width: theme.page.height, height: theme.page.width, margin: { top: 56, bottom: 46, left: 34, right: 34 } },
    headings: theme.headings.map((style) => ({ ...style, before: Math.min(style.before, 10) })),
    table: { size: 6.5, leading: 8, padX: 2.5, padY: 2.5 },
  };
}

/** A cell: its state in bold, each line under it, and the number of its line under "What to do". */
function cellRuns(context: FlowContext, cell: WordedCell, numbers: ReadonlyMap<string, number>): Run[] {
  const covers = context.inline.covers;
  const lines: Run[][] = [
    plainRuns(cell.label, covers, { bold: true }),
    ...cell.details.map((line) => plainRuns(line, covers)),
  ];
  const number = cell.todo ? numbers.get(cell.todo) : undefined;
  if (number !== undefined) lines.push(plainRuns(`→ ${number}`, covers, { bold: true }));
  return lines
    .filter((runs) => runs.length > 0)
    .flatMap((runs, index) => (index === 0 ? runs : [{ text: LINE_BREAK, style: {} }, ...runs]));
}

function matrixTable(context: FlowContext, overview: WordedOverview, numbers: ReadonlyMap<string, number>): TableSpec {
  const covers = context.inline.covers;
  return {
    key: overview,
    header: [
      plainRuns(overview.columnOrganisation, covers),
      ...overview.columns.map((column) => plainRuns(column.title, covers)),
    ],
    rows: overview.rows.map((row) => [
      [
        ...plainRuns(row.name, covers, { bold: true, name: true }),
        ...(row.board ? [{ text: LINE_BREAK, style: {} }, ...plainRuns(row.boardWord, covers)] : []),
      ],
      ...row.cells.map((cell) => cellRuns(context, cell, numbers)),
    ]),
    align: [undefined, ...overview.columns].map(() => 'left' as const),
    // The organisation's name twice a kind's room: a school's name wraps once, a kind's title in its own lines.
    widths: [2.1, ...overview.columns.map(() => 1)],
    fills: overview.rows.map((row) => [undefined, ...row.cells.map((cell) => FILLS[cell.state])]),
  };
}

/** One board: its title, what the page shows, the matrix and the numbered lines of what to do. */
function drawBoard(context: FlowContext, overview: WordedOverview, document: StructElement): PlacedHeading {
  const { frame, painter } = context;
  const section = painter.tagger.element('Sect', document);
  const heading = drawHeading(context, `overview:${overview.org}`, overview.title, 1, section, 120, 'H1');
  const small = { size: 7.5, leading: 10, colour: painter.theme.colours.muted };
  drawParagraph(context, plain(context, overview.intro), small, frame.left, frame.width, section);
  drawParagraph(context, plain(context, overview.legend), small, frame.left, frame.width, section);
  frame.space(6);
  const numbers = new Map(overview.toDo.map((item, index) => [item.id, index + 1]));
  drawTable(context, matrixTable(context, overview, numbers), frame.left, frame.width, section);
  if (overview.toDo.length === 0) return heading;
  const list = painter.tagger.element('Sect', section);
  drawHeading(context, `overview:${overview.org}:to-do`, overview.toDoHeading, 2, list, 30, 'H2');
  const line = { size: 8, leading: 10.5, colour: painter.theme.colours.text };
  for (const [index, item] of overview.toDo.entries()) {
    drawParagraph(context, plain(context, `${index + 1}. ${item.text}`), line, frame.left, frame.width, list, {
      type: 'LI',
    });
    frame.space(1.5);
  }
  return heading;
}

export async function renderOverviewPdf(input: OverviewPdfInput): Promise<Uint8Array> {
  const report = openReport(
    {
      policy: {
        meta: {
          title: input.title,
          organisation: input.overviews.map((overview) => overview.title).join(', '),
          id: 'overview',
          org: input.overviews[0]?.org ?? '',
          version: input.options.creationDate.toISOString().slice(0, 10),
          status: 'approved',
        },
      },
      brand: input.brand,
      texts: reportTexts({ lang: input.lang, page: input.page, header: input.title }),
      options: reportPdfOptions(input.options),
    },
    landscapeTheme(input.brand),
    { Title: input.title, Subject: input.overviews.map((overview) => overview.intro).join(' ') },
  );
  const context = report.flow;
  const { painter, frame } = context;
  // The overview as data, for the board's own tools.
  painter.doc.file(Buffer.from(input.json, 'utf8'), {
    name: 'overview.json',
    type: 'application/json',
    relationship: 'Data',
    description: input.title,
    creationDate: input.options.creationDate,
    modifiedDate: input.options.creationDate,
  });
  const document = painter.tagger.element('Sect');
  const headings: PlacedHeading[] = [];
  for (const overview of input.overviews) {
    frame.newPage();
    headings.push(drawBoard(context, overview, document));
  }
  return report.finish(headings);
}

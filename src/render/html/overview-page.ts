// out/overview.html: what every school must have (issue 71), one matrix per board: a row for the board and each of
// its schools, a column per kind the law requires, each cell its state in words (the colour only repeats them)
// linking to the policy, or to the line under "What to do" that says what the files lack and the command that
// starts one (served beside the workplace, what to do on its pages instead: each text in both wordings,
// src/text/served-words.ts). Fits a 1280-pixel window for twelve schools (the kinds' names run upwards) and prints
// on A4 landscape; on a phone (375 pixels) each school is a card, its kinds one under another, each cell with its
// kind's name beside it.
import { eitherHtml } from '../../text/served-words.js';
import { escapeHtml } from '../shared/html-escape.js';
import type { WordedCell, WordedOverview } from '../shared/school-overview.js';
import { renderPage, type PageFrame } from './page.js';

/** The page's own style: appended to the report's stylesheet (the page's Content-Security-Policy hashes it). */
export const OVERVIEW_CSS = `
main:has(table.duty-matrix) { max-width: none; }
table.duty-matrix { border-collapse: collapse; table-layout: fixed; width: 100%; font-size: .78rem; line-height: 1.25; }
table.duty-matrix th, table.duty-matrix td { border: 1px solid #c9ced6; padding: .2rem .25rem; vertical-align: top; overflow-wrap: anywhere; }
table.duty-matrix thead th { height: 11.5rem; vertical-align: bottom; padding: .3rem .1rem; font-weight: 600; }
table.duty-matrix thead th span.kind { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; }
table.duty-matrix col.organisation { width: 11rem; }
table.duty-matrix th[scope="row"] { text-align: left; font-weight: 600; }
table.duty-matrix th[scope="row"] small { display: block; font-weight: 400; color: #555; }
table.duty-matrix td .state { font-weight: 600; display: block; }
table.duty-matrix td small { display: block; color: #333; }
table.duty-matrix td a { color: inherit; }
td.s-in-force { background: #e3f4e6; }
td.s-adopted { background: #eef7e9; }
td.s-due, td.s-in-procedure { background: #fff3cd; }
td.s-overdue { background: #f8d7da; }
td.s-missing, td.s-retired { background: #f8d7da; }
td.s-draft, td.s-unknown { background: #eceff3; }
td.s-not-applicable, td.s-not-required { color: #777; text-align: center; }
ol.to-do li { margin: .2rem 0; }
ol.to-do code { font-size: .85em; overflow-wrap: anywhere; }
@media screen and (max-width: 40rem) {
  table.duty-matrix, table.duty-matrix tbody, table.duty-matrix tr, table.duty-matrix th, table.duty-matrix td { display: block; width: auto; }
  table.duty-matrix { table-layout: auto; font-size: .9rem; border: 0; }
  table.duty-matrix colgroup { display: none; }
  table.duty-matrix thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  table.duty-matrix tr { border: 1px solid #c9ced6; margin: 0 0 .8rem; }
  table.duty-matrix th[scope="row"] { border: 0; padding: .4rem .5rem; background: #eceff3; }
  table.duty-matrix td { display: grid; grid-template-columns: minmax(0, 11fr) minmax(0, 9fr); column-gap: .6rem; border: 0; border-top: 1px solid #c9ced6; padding: .35rem .5rem; text-align: left; }
  table.duty-matrix td::before { content: attr(data-kind); grid-column: 1; grid-row: span 8; color: #333; }
  table.duty-matrix td > * { grid-column: 2; }
  td.s-not-applicable, td.s-not-required { text-align: left; }
}
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  .site-header, .site-footer, nav { display: none; }
  main { padding: 0; }
  table.duty-matrix { font-size: 7pt; }
  main > h1 { display: none; }
  section > h2 { margin: 0 0 .2rem; font-size: 13pt; }
  section > p { margin: .15rem 0; font-size: 8pt; }
  table.duty-matrix col.organisation { width: 8rem; }
  table.duty-matrix thead th { height: 6.5rem; }
  table.duty-matrix tr { break-inside: avoid; }
  td.s-in-force, td.s-adopted, td.s-due, td.s-in-procedure, td.s-overdue, td.s-missing, td.s-retired { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/** A text of the file's wording, beside its words served beside the workplace where they differ. */
const both = (text: string, served: string | undefined = text): string =>
  eitherHtml(escapeHtml(text), escapeHtml(served));

/** A cell, with its column's kind for a phone's screen, where each row is a card and a cell shows its kind above it. */
function cellHtml(cell: WordedCell, kind: string, served: WordedCell = cell): string {
  const label = `<span class="state">${both(cell.label, served.label)}</span>`;
  const target = cell.href ?? (cell.todo ? `#${cell.todo}` : undefined);
  const head = target ? `<a href="${escapeHtml(target)}">${label}</a>` : label;
  const details = cell.details.map((line, index) => `<small>${both(line, served.details[index])}</small>`).join('');
  return `<td class="s-${escapeHtml(cell.state)}" data-kind="${escapeHtml(kind)}">${head}${details}</td>`;
}

/** A line under "What to do": its text and, opened from disk, the command that starts one; served, the page to use. */
function toDoHtml(item: WordedOverview['toDo'][number], served = item): string {
  const command = item.command
    ? eitherHtml(` <code>${escapeHtml(item.command)}</code>`, served.command ? ` ${escapeHtml(served.command)}` : '')
    : '';
  return `<li id="${escapeHtml(item.id)}">${both(item.text, served.text)}${command}</li>`;
}

/**
 * One board's matrix and what to do, as HTML (no page around it); `served`, the same worded as served beside the
 * workplace (sayIn's served words), said beside the file's words where they differ.
 */
export function overviewSection(overview: WordedOverview, served: WordedOverview = overview): string {
  const header = overview.columns
    .map((column) => `<th scope="col"><span class="kind">${escapeHtml(column.title)}</span></th>`)
    .join('');
  const rows = overview.rows
    .map(
      (row, rowIndex) =>
        `<tr><th scope="row">${escapeHtml(row.name)}${row.board ? `<small>${escapeHtml(row.boardWord)}</small>` : ''}</th>${row.cells.map((cell, index) => cellHtml(cell, overview.columns[index]?.title ?? '', served.rows[rowIndex]?.cells[index])).join('')}</tr>`,
    )
    .join('\n');
  const toDo = overview.toDo.map((item, index) => toDoHtml(item, served.toDo[index])).join('\n');
  return [
    `<section id="overview-${escapeHtml(overview.org)}">`,
    `<h2>${escapeHtml(overview.title)}</h2>`,
    `<p>${both(overview.intro, served.intro)}</p>`,
    `<p><small>${both(overview.legend, served.legend)}</small></p>`,
    `<table class="duty-matrix"><colgroup><col class="organisation">${overview.columns.map(() => '<col>').join('')}</colgroup>`,
    `<thead><tr><th scope="col">${escapeHtml(overview.columnOrganisation)}</th>${header}</tr></thead>`,
    `<tbody>\n${rows}\n</tbody></table>`,
    toDo ? `<h3>${escapeHtml(overview.toDoHeading)}</h3>\n<ol class="to-do">\n${toDo}\n</ol>` : '',
    '</section>',
  ].join('\n');
}

/** The page of every board's overview. */
export function renderOverviewPage(
  overviews: readonly WordedOverview[],
  page: { title: string; lang: string },
  frame: PageFrame,
  served: readonly WordedOverview[] = overviews,
): string {
  const sections = overviews.map((overview, index) => overviewSection(overview, served[index]));
  const body = `<h1>${escapeHtml(page.title)}</h1>\n${sections.join('\n')}`;
  return renderPage({ ...frame, extraCss: `${frame.extraCss ?? ''}${OVERVIEW_CSS}` }, { ...page, body });
}

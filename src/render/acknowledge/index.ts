// renderSignList: the page `acknowledge ask` writes (issue 72 item 2): the version asked, what changed since the
// version asked before (only the substantive changes: the articles to read again), and a sign list with a line per
// person to sign on paper. It holds names, so the job writes it beside the records, never under out/. Built from the
// report frame every report PDF shares (src/render/engine/report.ts); a pure function of its input.
import type { Brand } from '../../brand/types.js';
import type { PlacedHeading } from '../engine/outline.js';
import { reportPdfOptions } from '../engine/input.js';
import { openReport, reportTexts } from '../engine/report.js';
import { drawHeading, drawParagraph, plain } from '../engine/report-text.js';
import { drawTable, tableLeadHeight, type TableSpec } from '../engine/table.js';
import { plainRuns } from '../shared/inline.js';
import { createTheme } from '../shared/theme.js';

export interface SignListInput {
  brand: Brand;
  /** Every word already in the policy's language. */
  texts: {
    lang: string;
    title: string;
    intro: string;
    changesHeading: string;
    /** Said instead of the changes when there are none to show (a first ask: the whole text). */
    noChanges: string;
    listHeading: string;
    columns: [string, string, string, string];
    page(page: number, pages: number): string;
  };
  policy: { id: string; org: string; organisation: string; version: string };
  /** The changed articles: number and new text (or the old one, marked, for a removed article). */
  changes: { number: string; text: string }[];
  people: { name: string; where: string }[];
  options: { creationDate: Date; producer: string; sourceHash: string };
}

export async function renderSignList(input: SignListInput): Promise<Uint8Array> {
  const { texts, brand, policy } = input;
  const report = openReport(
    {
      policy: { meta: { ...policy, title: texts.title, id: `kennisname-${policy.id}`, status: 'approved' } },
      brand,
      texts: reportTexts({ lang: texts.lang, page: texts.page, header: texts.title }),
      options: reportPdfOptions(input.options),
    },
    createTheme(brand),
    { Title: texts.title, Subject: texts.intro, Keywords: `${policy.org}, ${policy.id}, ${policy.version}` },
  );
  const context = report.flow;
  const { painter, frame } = context;
  frame.newPage();
  const document = painter.tagger.element('Sect');
  const body = { size: 9.5, leading: 13, colour: painter.theme.colours.text };
  const headings: PlacedHeading[] = [drawHeading(context, 'kennisname:title', texts.title, 1, document, 40, 'H1')];
  drawParagraph(context, plain(context, texts.intro), body, frame.left, frame.width, document);
  frame.space(6);
  headings.push(drawHeading(context, 'kennisname:changes', texts.changesHeading, 2, document, 40, 'H2'));
  if (input.changes.length === 0)
    drawParagraph(context, plain(context, texts.noChanges), body, frame.left, frame.width, document);
  for (const change of input.changes)
    drawParagraph(
      context,
      plain(context, `${change.number} ${change.text}`.trim()),
      body,
      frame.left,
      frame.width,
      document,
    );
  frame.space(6);
  headings.push(drawHeading(context, 'kennisname:list', texts.listHeading, 2, document, 40, 'H2'));
  const covers = context.inline.covers;
  const spec: TableSpec = {
    key: input,
    header: texts.columns.map((column) => plainRuns(column, covers)),
    // Names are never hyphenated; the date and signature cells are left empty, with a line to write on.
    rows: input.people.map((person) => [
      plainRuns(person.name, covers, { name: true }),
      plainRuns(person.where, covers, { name: true }),
      [],
      [],
    ]),
    align: ['left', 'left', 'left', 'left'],
    widths: [3, 3, 1.6, 3],
    minRowHeight: 20,
    writeOnRows: new Set(input.people.map((_, index) => index)),
  };
  frame.ensure(tableLeadHeight(context, spec, frame.width));
  drawTable(context, spec, frame.left, frame.width, document);
  return report.finish(headings);
}

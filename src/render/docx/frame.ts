// Everything around the policy text: the cover (title, the PDF's cover lines and adoption line, so the adoption
// status reads exactly as in the PDF), the table-of-contents field, footnotes, the approval table, the colophon, and
// the running header and footer with "Pagina X van Y" as PAGE/NUMPAGES fields.
import {
  Footer,
  Header,
  InternalHyperlink,
  PageBreak,
  PageNumber,
  Paragraph,
  Tab,
  TableOfContents,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { Policy } from '../../model/policy.js';
import { approvalRows } from '../shared/approval-rows.js';
import {
  APPROVALS_DESTINATION,
  FOOTNOTES_DESTINATION,
  showsApprovals,
  TOC_DEPTH,
  type HeadingPages,
  type TocEntry,
} from '../shared/contents.js';
import { wordBlocks, wordTable, type BlockContext, type WordBlock } from './blocks.js';
import { headingParagraph } from './body.js';
import type { DocxTexts } from './input.js';

const plain = (text: string): { type: 'text'; value: string }[] => [{ type: 'text', value: text }];

export function coverBlocks(policy: Policy, texts: DocxTexts): WordBlock[] {
  const out: WordBlock[] = [
    new Paragraph({
      style: 'Title',
      spacing: { before: 2400, after: 400 },
      children: [new TextRun(policy.meta.title)],
    }),
  ];
  texts.coverLines.forEach((line, index) => {
    out.push(
      new Paragraph({ style: 'CoverLine', children: [new TextRun(index === 0 ? { text: line, bold: true } : line)] }),
    );
  });
  if (texts.watermark)
    out.push(
      new Paragraph({
        style: 'CoverLine',
        spacing: { before: 240 },
        children: [new TextRun({ text: texts.watermark, bold: true })],
      }),
    );
  if (texts.adoption)
    out.push(new Paragraph({ style: 'Adoption', spacing: { before: 720 }, children: [new TextRun(texts.adoption)] }));
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

/** One entry as Word writes it: the TOCn style, the title linked to the heading's bookmark, a dot leader, the page. */
function contentsEntry(entry: TocEntry, page: number | undefined, textWidth: number): Paragraph {
  const title = entry.number ? `${entry.number} ${entry.title}` : entry.title;
  return new Paragraph({
    style: `TOC${entry.level}`,
    tabStops: [{ type: 'right', position: textWidth, leader: 'dot' }],
    children: [
      new InternalHyperlink({
        anchor: entry.id,
        children: [new TextRun({ children: [title, new Tab(), page === undefined ? '' : String(page)] })],
      }),
    ],
  });
}

/**
 * The TOC field. With the PDF's page of each heading, its entries are written with those numbers as the field's
 * result (it stays a field, so Word still updates it when it opens the file); without, Word fills it in from the
 * headings. `textWidth` (twips) places the page numbers at the right margin.
 */
export function contentsBlocks(
  texts: DocxTexts,
  entries: readonly TocEntry[],
  textWidth: number,
  pages?: HeadingPages,
): WordBlock[] {
  const contentChildren = pages ? entries.map((entry) => contentsEntry(entry, pages.get(entry.id), textWidth)) : [];
  return [
    new Paragraph({ style: 'TOCHeading', children: [new TextRun(texts.contents)] }),
    new TableOfContents(texts.contents, { hyperlink: true, headingStyleRange: `1-${TOC_DEPTH}`, contentChildren }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** Footnotes as in the PDF: numbered at the end, each with a bookmark the superscript numbers link to. */
export function footnoteBlocks(
  context: BlockContext,
  policy: Policy,
  numbers: ReadonlyMap<string, number>,
  texts: DocxTexts,
): WordBlock[] {
  if (numbers.size === 0) return [];
  const out: WordBlock[] = [headingParagraph(texts.footnotes, 1, FOOTNOTES_DESTINATION)];
  for (const [key, number] of [...numbers].sort((a, b) => a[1] - b[1])) {
    const definition = policy.footnotes[key];
    if (!definition) continue;
    definition.children.forEach((block, index) => {
      const lead =
        index === 0 ? { paragraph: { indent: { left: 425, hanging: 425 } }, bookmark: `fn:${number}` } : undefined;
      const blocks = wordBlocks(context, block, { indent: { left: 425 } }, lead);
      const first = blocks[0];
      if (index === 0 && first instanceof Paragraph) first.addRunToFront(new TextRun(`${number}\t`));
      out.push(...blocks);
    });
  }
  return out;
}

export function approvalBlocks(context: BlockContext, policy: Policy, texts: DocxTexts): WordBlock[] {
  if (!showsApprovals(policy)) return [];
  const { rows } = approvalRows(policy, texts);
  const columns = texts.columns;
  const header = [columns.date, columns.name, columns.role, columns.step, columns.signature].map(plain);
  return [
    headingParagraph(texts.approvals, 1, APPROVALS_DESTINATION),
    wordTable(
      context,
      header,
      rows.map((row) => row.map(plain)),
      5,
    ),
  ];
}

export function colophonBlocks(texts: DocxTexts): WordBlock[] {
  const lines = texts.colophon.split('\n').filter((line) => line.trim() !== '');
  return lines.map(
    (line, index) =>
      new Paragraph({
        style: 'Colophon',
        ...(index === 0 ? { spacing: { before: 600 } } : {}),
        children: [new TextRun(line)],
      }),
  );
}

/** "Pagina {{page}} van {{pages}}" → text and PAGE / NUMPAGES fields in the label's own order. */
function pageLabelRuns(label: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const part of label.split(/(\{\{\s*pages?\s*\}\})/)) {
    if (/^\{\{\s*page\s*\}\}$/.test(part)) out.push(new TextRun({ children: [PageNumber.CURRENT] }));
    else if (/^\{\{\s*pages\s*\}\}$/.test(part)) out.push(new TextRun({ children: [PageNumber.TOTAL_PAGES] }));
    else if (part !== '') out.push(new TextRun(part));
  }
  return out;
}

export function furniture(
  texts: DocxTexts,
  footerText: string,
): { headers: { default: Header }; footers: { default: Footer } } {
  const footer = [new Paragraph({ style: 'Furniture', alignment: 'right', children: pageLabelRuns(texts.pageLabel) })];
  if (footerText) footer.unshift(new Paragraph({ style: 'Furniture', children: [new TextRun(footerText)] }));
  return {
    headers: {
      default: new Header({ children: [new Paragraph({ style: 'Furniture', children: [new TextRun(texts.header)] })] }),
    },
    footers: { default: new Footer({ children: footer }) },
  };
}

// Everything around the policy text: the cover (title, the PDF's cover lines and adoption line, so the adoption
// status reads exactly as in the PDF), the table-of-contents field, footnotes, the approval table, the colophon, and
// the running header and footer with "Pagina X van Y" as PAGE/NUMPAGES fields. All their text is written by textRuns
// (symbols.ts), so a check box the brand lacks is set in the symbol font here as in the clauses.
import {
  BorderStyle,
  Footer,
  Header,
  InternalHyperlink,
  PageNumber,
  Paragraph,
  Tab,
  TableOfContents,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { Policy } from '../../model/policy.js';
import { approvalLawNote, approvalRows } from '../shared/approval-rows.js';
import {
  APPROVALS_DESTINATION,
  FOOTNOTES_DESTINATION,
  showsApprovals,
  TOC_DEPTH,
  type HeadingPages,
  type TocEntry,
} from '../shared/contents.js';
import { contentBlocks, wordTable, type BlockContext, type Lead, type WordBlock } from './blocks.js';
import { headingParagraph, type ClausePlace } from './body.js';
import { PLAIN, wordRuns, type RunMark } from './inline.js';
import type { DocxTexts } from './input.js';
import { symbolParts, textRuns, type WordSymbols } from './symbols.js';
import type { WatermarkBox } from './measure.js';
import type { Measure } from '../shared/measure.js';
import { twips } from './styles.js';

/** A footnote's hanging indent for its number, in twips. */
export const NOTE_INDENT = 425;

const plain = (text: string): { type: 'text'; value: string }[] => [{ type: 'text', value: text }];

/**
 * The cover. It is a section of its own: the section break starts the next page (a page break before it as well
 * would give Word an empty page). A draft's watermark is in every section's header (watermarkHeader).
 */
export function coverBlocks(policy: Policy, texts: DocxTexts, symbols?: WordSymbols): WordBlock[] {
  const out: WordBlock[] = [
    new Paragraph({
      style: 'Title',
      spacing: { before: 2400, after: 400 },
      children: textRuns(policy.meta.title, symbols, {}, { bold: true }),
    }),
  ];
  texts.coverLines.forEach((line, index) => {
    out.push(
      new Paragraph({ style: 'CoverLine', children: textRuns(line, symbols, index === 0 ? { bold: true } : {}) }),
    );
  });
  if (texts.adoption) {
    const children = textRuns(texts.adoption, symbols, {}, { italic: true });
    out.push(new Paragraph({ style: 'Adoption', spacing: { before: 720 }, children }));
  }
  return out;
}

/** How the contents are set: the text width (twips), text widths, and the colour of a top-level number. */
export interface ContentsStyle {
  textWidth: number;
  measure: Measure;
  /** Font size of an entry of a level, in points (the TOC1…TOC3 styles'). */
  size(level: number): number;
  primary: string;
  /** Check boxes the brand lacks, set in the symbol font as in the headings (symbols.ts). */
  symbols?: WordSymbols;
}

/** An entry's title and page after the tab; a check box the brand lacks in a run of the symbol font. */
function contentsTitle(title: string, page: string, symbols: WordSymbols | undefined): TextRun[] {
  if (!symbolParts(title, {}, symbols).some((part) => part.symbol))
    return [new TextRun({ children: [title, new Tab(), page] })];
  return [...textRuns(title, symbols), new TextRun({ children: [new Tab(), page] })];
}

/**
 * The PDF's columns (src/render/pdf/toc.ts): each level's numbers in a column as wide as its widest number, titles
 * after it, each level indented by the columns of the levels above. In twips, by level: indent and number column.
 */
function contentsColumns(
  entries: readonly TocEntry[],
  style: ContentsStyle,
): Map<number, { indent: number; gutter: number }> {
  const gutters = new Map<number, number>();
  for (const entry of entries) {
    if (!entry.number) continue;
    const width = style.measure.width(entry.number, entry.level <= 1 ? 'bold' : 'regular', style.size(entry.level)) + 9;
    gutters.set(entry.level, Math.max(gutters.get(entry.level) ?? 0, width));
  }
  const out = new Map<number, { indent: number; gutter: number }>();
  let indent = 0;
  for (let level = 1; level <= TOC_DEPTH; level++) {
    out.set(level, { indent: twips(indent), gutter: twips(gutters.get(level) ?? 0) });
    indent += Math.max(gutters.get(level) ?? 0, 18);
  }
  return out;
}

/**
 * One entry as Word writes it: the TOCn style, the number hanging in its column, the title linked to the heading's
 * bookmark, a dot leader to the page at the right margin.
 */
function contentsEntry(
  entry: TocEntry,
  page: number | undefined,
  columns: { indent: number; gutter: number },
  style: ContentsStyle,
): Paragraph {
  const number = entry.number
    ? [new TextRun({ children: [entry.number, new Tab()], ...(entry.level <= 1 ? { color: style.primary } : {}) })]
    : [];
  const title = columns.indent + columns.gutter;
  return new Paragraph({
    style: `TOC${entry.level}`,
    // An unnumbered entry (the footnotes, the approvals) starts where the titles of its level do, as in the PDF.
    indent: { left: title, hanging: entry.number ? columns.gutter : 0 },
    tabStops: [
      { type: 'left', position: title },
      { type: 'right', position: style.textWidth, leader: 'dot' },
    ],
    children: [
      new InternalHyperlink({
        anchor: entry.id,
        children: [...number, ...contentsTitle(entry.title, page === undefined ? '' : String(page), style.symbols)],
      }),
    ],
  });
}

/**
 * The TOC field. With the PDF's page of each heading, its entries are written with those numbers as the field's
 * result (it stays a field, so Word still updates it when it opens the file); without, docx fills it in from the
 * headings, with the pages it lays out as Word would (src/render/docx/index.ts).
 */
export function contentsBlocks(
  texts: DocxTexts,
  entries: readonly TocEntry[],
  style: ContentsStyle,
  pages?: HeadingPages,
): WordBlock[] {
  const columns = contentsColumns(entries, style);
  const contentChildren = pages
    ? entries.map((entry) =>
        contentsEntry(entry, pages.get(entry.id), columns.get(Math.min(entry.level, TOC_DEPTH))!, style),
      )
    : [];
  return [
    new Paragraph({ style: 'TOCHeading', children: textRuns(texts.contents, style.symbols, {}, { bold: true }) }),
    new TableOfContents(texts.contents, { hyperlink: true, headingStyleRange: `1-${TOC_DEPTH}`, contentChildren }),
  ];
}

/** How a revision shows the footnotes (src/render/docx/tracked-notes.ts); without, as they are. */
export interface FootnoteHooks {
  /** How the heading is marked: inserted when the old version had no footnotes, deleted when the new one has none. */
  heading?: RunMark;
  /** How a note's own text is marked (inserted: the old version had no such note). */
  mark?(key: string): RunMark;
  /** A note's content as a revision shows it (a redline against the old version's note). */
  content?(key: string, place: ClausePlace): WordBlock[] | undefined;
  /** The old version's notes that are gone, after the others. */
  gone?(context: BlockContext): WordBlock[];
}

/** Footnotes as in the PDF: numbered at the end, each with a bookmark the superscript numbers link to. */
export function footnoteBlocks(
  context: BlockContext,
  policy: Policy,
  numbers: ReadonlyMap<string, number>,
  texts: DocxTexts,
  hooks: FootnoteHooks = {},
): WordBlock[] {
  const gone = hooks.gone?.(context) ?? [];
  if (numbers.size === 0 && gone.length === 0) return [];
  const out: WordBlock[] = [
    headingParagraph(texts.footnotes, 1, FOOTNOTES_DESTINATION, {
      ...(hooks.heading ? { mark: hooks.heading } : {}),
      symbols: context.style.symbols,
    }),
  ];
  // Set as clause text is (src/render/pdf/endmatter.ts), the number hanging in accent colour.
  const rest = { style: 'Clause', indent: { left: NOTE_INDENT } };
  for (const [key, number] of [...numbers].sort((a, b) => a[1] - b[1])) {
    const definition = policy.footnotes[key];
    if (!definition) continue;
    const mark = hooks.mark?.(key) ?? PLAIN;
    const blocks: BlockContext = { ...context, mark };
    const lead: Lead = {
      paragraph: { style: 'Clause', indent: { left: NOTE_INDENT, hanging: NOTE_INDENT } },
      bookmark: `fn:${number}`,
      label: wordRuns([{ text: `${number}\t`, style: { colour: context.style.link } }], context.style, mark),
    };
    const own = hooks.content?.(key, { lead, rest, blocks });
    if (own) out.push(...own);
    else out.push(...contentBlocks(blocks, definition.children, rest, lead));
  }
  out.push(...gone);
  return out;
}

export function approvalBlocks(context: BlockContext, policy: Policy, texts: DocxTexts): WordBlock[] {
  if (!showsApprovals(policy)) return [];
  const { rows } = approvalRows(policy, texts);
  const columns = texts.columns;
  const header = [columns.date, columns.name, columns.role, columns.step, columns.signature].map(plain);
  const note = approvalLawNote(policy, texts);
  return [
    headingParagraph(texts.approvals, 1, APPROVALS_DESTINATION, { symbols: context.style.symbols }),
    wordTable(
      context,
      header,
      rows.map((row) => row.map(plain)),
      5,
    ),
    // As of which date the law the steps cite was read, in the small print of the colophon.
    ...(note
      ? [
          new Paragraph({
            style: 'Colophon',
            spacing: { before: 120 },
            children: textRuns(note, context.style.symbols),
          }),
        ]
      : []),
  ];
}

export function colophonBlocks(texts: DocxTexts, symbols?: WordSymbols): WordBlock[] {
  const lines = texts.colophon.split('\n').filter((line) => line.trim() !== '');
  return lines.map(
    (line, index) =>
      new Paragraph({
        style: 'Colophon',
        ...(index === 0 ? { spacing: { before: 600 } } : {}),
        children: textRuns(line, symbols),
      }),
  );
}

/** "Pagina {{page}} van {{pages}}" → text and PAGE / NUMPAGES fields in the label's own order. */
function pageLabelRuns(label: string, symbols: WordSymbols | undefined): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const part of label.split(/(\{\{\s*pages?\s*\}\})/)) {
    if (/^\{\{\s*page\s*\}\}$/.test(part)) out.push(new TextRun({ children: [PageNumber.CURRENT] }));
    else if (/^\{\{\s*pages\s*\}\}$/.test(part)) out.push(new TextRun({ children: [PageNumber.TOTAL_PAGES] }));
    else if (part !== '') out.push(...textRuns(part, symbols));
  }
  return out;
}

/** How a draft's watermark is drawn: the word, the brand's font and the PDF's tint, its box (measure.ts). */
export interface WatermarkStyle {
  text: string;
  font: string;
  colour: string;
  box: WatermarkBox;
}

/**
 * The watermark as Word's Design > Watermark makes one (a WordArt shape in the header, behind the text of every page
 * of the section), so Word shows it on every page and can remove it, and LibreOffice draws it too.
 */
function watermarkRun(watermark: WatermarkStyle): TextWatermark {
  const { box } = watermark;
  return new TextWatermark({
    text: watermark.text,
    font: watermark.font,
    bold: true,
    color: watermark.colour,
    opacity: 1,
    rotation: box.rotation,
    width: box.width,
    height: box.height,
  });
}

export interface SectionFurniture {
  headers: { default: Header };
  footers?: { default: Footer };
}

/** The cover's furniture: no running header or footer (as in the PDF), only a draft's watermark. */
export function coverFurniture(watermark: WatermarkStyle | undefined): SectionFurniture | Record<string, never> {
  if (!watermark) return {};
  return { headers: { default: new Header({ children: [new Paragraph({ children: [watermarkRun(watermark)] })] }) } };
}

export interface FurnitureStyle {
  /** Hairline under the running header (RRGGBB), and the text width in twips (the page label's tab stop). */
  rule: string;
  textWidth: number;
  watermark?: WatermarkStyle;
  /** Check boxes the brand lacks, set in the symbol font (symbols.ts). */
  symbols?: WordSymbols;
}

/**
 * Every other page's, as the PDF has it: the running header over a hairline (a draft's watermark anchored in it),
 * and one footer line with the brand's footer at the left and "Pagina X van Y" at the right margin.
 */
export function furniture(texts: DocxTexts, footerText: string, style: FurnitureStyle): Required<SectionFurniture> {
  const header = new Paragraph({
    style: 'Furniture',
    border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: style.rule, space: 4 } },
    children: [...textRuns(texts.header, style.symbols), ...(style.watermark ? [watermarkRun(style.watermark)] : [])],
  });
  const footer = new Paragraph({
    style: 'Furniture',
    tabStops: [{ type: 'right', position: style.textWidth }],
    children: [
      ...(footerText ? textRuns(footerText, style.symbols) : []),
      new TextRun({ children: [new Tab()] }),
      ...pageLabelRuns(texts.pageLabel, style.symbols),
    ],
  });
  return {
    headers: { default: new Header({ children: [header] }) },
    footers: { default: new Footer({ children: [footer] }) },
  };
}

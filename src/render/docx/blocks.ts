// Block content of a clause (paragraphs, tables, code, quotes, plain lists) → Word paragraphs and tables. The first
// paragraph of a clause carries what the caller gives it (numbering, the clause's bookmark); the rest are indented
// like the text after the clause's number.
import {
  Bookmark,
  BorderStyle,
  type FileChild,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { BlockContent, Nodes, PhrasingContent } from 'mdast';
import { toRuns, type InlineContext, type Run } from '../pdf/inline.js';
import { PLAIN, wordRuns, type InlineStyle, type RunMark } from './inline.js';

export type WordBlock = FileChild;

export interface BlockContext {
  inline: InlineContext;
  style: InlineStyle;
  /** Table header fill and rule colour (RRGGBB). */
  tableTint: string;
  tableRule: string;
  mark: RunMark;
}

/** What the first paragraph of a clause gets: its numbering, its bookmark, the paragraph-mark revision. */
export interface Lead {
  paragraph: Partial<IParagraphOptions>;
  bookmark?: string;
}

export function paragraphFrom(
  children: ParagraphChild[],
  options: Partial<IParagraphOptions>,
  bookmark?: string,
): Paragraph {
  const content = bookmark ? [new Bookmark({ id: bookmark, children })] : children;
  return new Paragraph({ ...options, children: content });
}

/** A paragraph's mark as tracked too, so accepting a deleted clause leaves no empty paragraph behind. */
export function markRun(mark: RunMark): Partial<IParagraphOptions> {
  if (mark.kind === 'plain') return {};
  const change = { id: mark.revision.next(), author: mark.revision.author, date: mark.revision.date };
  return { run: mark.kind === 'insert' ? { insertion: change } : { deletion: change } };
}

function runsOf(context: BlockContext, nodes: readonly PhrasingContent[], base: Run['style'] = {}): ParagraphChild[] {
  return wordRuns(toRuns(nodes, context.inline, base), context.style, context.mark);
}

function cell(context: BlockContext, nodes: readonly PhrasingContent[], header: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({ children: runsOf(context, nodes, header ? { bold: true } : {}), spacing: { after: 0 } }),
    ],
    ...(header ? { shading: { fill: context.tableTint, type: 'clear', color: 'auto' } } : {}),
  });
}

/** A table with a bold, tinted header row that repeats on every page; `percent` of the text width (default all). */
export function wordTable(
  context: BlockContext,
  header: readonly (readonly PhrasingContent[])[],
  rows: readonly (readonly (readonly PhrasingContent[])[])[],
  columns: number,
  percent = 100,
): Table {
  const rule = { style: BorderStyle.SINGLE, size: 4, color: context.tableRule };
  const pad = (cells: TableCell[]): TableCell[] => [
    ...cells,
    ...Array.from({ length: Math.max(0, columns - cells.length) }, () => cell(context, [], false)),
  ];
  return new Table({
    width: { size: percent, type: WidthType.PERCENTAGE },
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
    rows: [
      new TableRow({ tableHeader: true, children: pad(header.map((nodes) => cell(context, nodes, true))) }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: pad(row.map((nodes) => cell(context, nodes, false))) }),
      ),
    ],
  });
}

/** One block as Word content; `lead` goes on its first paragraph (a paragraph is made for it if the block has none). */
export function wordBlocks(
  context: BlockContext,
  block: BlockContent | Nodes,
  rest: Partial<IParagraphOptions>,
  lead?: Lead,
): WordBlock[] {
  const leadOptions = lead ? lead.paragraph : rest;
  const withLead = (blocks: WordBlock[]): WordBlock[] =>
    lead ? [paragraphFrom([], { ...leadOptions, ...markRun(context.mark) }, lead.bookmark), ...blocks] : blocks;
  switch (block.type) {
    case 'paragraph':
      return [
        paragraphFrom(runsOf(context, block.children), { ...leadOptions, ...markRun(context.mark) }, lead?.bookmark),
      ];
    case 'heading':
      return [
        paragraphFrom(
          runsOf(context, block.children, { bold: true }),
          { ...leadOptions, ...markRun(context.mark) },
          lead?.bookmark,
        ),
      ];
    case 'table': {
      const [head, ...body] = block.children;
      const columns = Math.max(...block.children.map((row) => row.children.length), 1);
      const cells = (row: typeof head): PhrasingContent[][] => (row ? row.children.map((entry) => entry.children) : []);
      return withLead([wordTable(context, cells(head), body.map(cells), columns)]);
    }
    case 'code': {
      const lines = block.value.split('\n');
      const children: ParagraphChild[] = lines.map(
        (line, index) => new TextRun({ text: line, font: context.style.code, ...(index > 0 ? { break: 1 } : {}) }),
      );
      return [paragraphFrom(children, { ...leadOptions, ...markRun(context.mark) }, lead?.bookmark)];
    }
    case 'blockquote': {
      const inner = block.children.flatMap((child, index) =>
        wordBlocks(context, child, { ...rest, indent: { left: 567 } }, index === 0 ? lead : undefined),
      );
      return inner.length > 0 ? inner : withLead([]);
    }
    case 'list':
      return withLead(
        block.children.flatMap((item, index) => {
          const label = block.ordered ? `${(block.start ?? 1) + index}.\t` : '•\t';
          return item.children.flatMap((child, childIndex) => {
            const blocks = wordBlocks(context, child, {
              ...rest,
              indent: { left: 851, hanging: childIndex === 0 ? 284 : 0 },
            });
            const first = blocks[0];
            if (childIndex === 0 && first instanceof Paragraph) first.addRunToFront(new TextRun(label));
            return blocks;
          });
        }),
      );
    case 'thematicBreak':
      return withLead([
        new Paragraph({
          ...rest,
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: context.tableRule, space: 1 } },
        }),
      ]);
    default:
      return withLead([]);
  }
}

export { PLAIN };

// A revision of a clause's (or a footnote's) blocks as Word tracked changes, block by block as the text has them:
// the blocks of both versions aligned by their text; a paragraph reworded as its word redline, a table changed as
// its rows and cells (a row added or removed is a tracked row, a changed cell a redline of its words); a block of
// another kind, or one that has no counterpart, deleted and inserted whole. Accepting every change gives the new
// blocks, rejecting every change the old ones.
import { diffArrays } from 'diff';
import type { BlockContent, PhrasingContent, Table, TableRow } from 'mdast';
import { blockText, inlineText } from '../../parse/text.js';
import { toRuns, type InlineContext, type Run } from '../shared/inline.js';
import {
  blockParagraph,
  contentBlocks,
  cellOf,
  codeRuns,
  tableOf,
  textIndent,
  twipColumns,
  wordBlocks,
  type BlockContext,
  type Lead,
  type WordBlock,
} from './blocks.js';
import type { ClausePlace } from './body.js';
import { wordRuns, type Revision, type RunMark } from './inline.js';
import { runsRedline } from './redline.js';

export interface RevisionContext {
  /** The old version's inline context: its footnote numbers and link definitions. */
  oldInline: InlineContext;
  revision: Revision;
}

/** A block's identity for aligning: its kind and its text. */
const blockKey = (block: BlockContent): string => `${block.type}\u0001${blockText(block)}`;

/** A row's identity for aligning rows: its cells' text. */
const rowKey = (row: TableRow): string => row.children.map((cell) => inlineText(cell)).join('\t');

interface Aligned<T> {
  old: T[];
  new: T[];
  /** Equal items (old and new alike), or the old and new items between two equal runs. */
  equal: boolean;
}

/** Two versions' items aligned by their keys (jsdiff's array diff). */
function align<T>(olds: readonly T[], news: readonly T[], key: (item: T) => string): Aligned<T>[] {
  const out: Aligned<T>[] = [];
  let o = 0;
  let n = 0;
  for (const part of diffArrays(olds.map(key), news.map(key))) {
    const count = part.count ?? part.value.length;
    const last = out[out.length - 1];
    const open = last && !last.equal ? last : undefined;
    if (!part.added && !part.removed) {
      out.push({ old: olds.slice(o, o + count), new: news.slice(n, n + count), equal: true });
      o += count;
      n += count;
    } else if (part.removed) {
      const slice = olds.slice(o, (o += count));
      if (open) open.old.push(...slice);
      else out.push({ old: slice, new: [], equal: false });
    } else {
      const slice = news.slice(n, (n += count));
      if (open) open.new.push(...slice);
      else out.push({ old: [], new: slice, equal: false });
    }
  }
  return out;
}

/** What a revision shows for a clause's blocks, the lead (number, bookmark) on the first block the new text keeps. */
export function contentRedline(
  revision: RevisionContext,
  olds: readonly BlockContent[],
  news: readonly BlockContent[],
  place: ClausePlace,
): WordBlock[] {
  const out: WordBlock[] = [];
  let lead: Lead | undefined = place.lead;
  // Deleted blocks before the first kept one wait until it has taken the lead, which the new text keeps.
  const waiting: WordBlock[] = [];
  const put = (blocks: WordBlock[], deleted: boolean): void => {
    if (deleted && lead) waiting.push(...blocks);
    else out.push(...blocks, ...waiting.splice(0));
  };
  const takeLead = (): Lead | undefined => {
    const taken = lead;
    lead = undefined;
    return taken;
  };
  for (const group of align(olds, news, blockKey)) {
    if (group.equal) {
      put(contentBlocks(place.blocks, group.new, place.rest, takeLead()), false);
      continue;
    }
    group.new.forEach((block, index) => {
      const old = group.old[index];
      if (old && comparable(old, block)) put(pairRedline(revision, old, block, place, takeLead()), false);
      else {
        if (old) put(deletedBlocks(revision, old, place), true);
        put(insertedBlocks(revision, block, place, takeLead()), false);
      }
    });
    for (const old of group.old.slice(group.new.length)) put(deletedBlocks(revision, old, place), true);
  }
  out.push(...waiting);
  if (lead) out.unshift(blockParagraph(place.blocks, [], place.rest, lead));
  return out;
}

const tableColumns = (table: Table): number => Math.max(...table.children.map((row) => row.children.length), 1);

/** Two blocks a word redline can show as one: paragraphs, headings, code, or tables of as many columns. */
function comparable(old: BlockContent, block: BlockContent): boolean {
  if (old.type !== block.type) return false;
  if (old.type === 'table' && block.type === 'table') return tableColumns(old) === tableColumns(block);
  return old.type === 'paragraph' || old.type === 'heading' || old.type === 'code';
}

const mark = (revision: RevisionContext, kind: 'insert' | 'delete'): RunMark => ({
  kind,
  revision: revision.revision,
});

function deletedBlocks(revision: RevisionContext, block: BlockContent, place: ClausePlace): WordBlock[] {
  const context: BlockContext = { ...place.blocks, inline: revision.oldInline, mark: mark(revision, 'delete') };
  return wordBlocks(context, block, place.rest);
}

function insertedBlocks(
  revision: RevisionContext,
  block: BlockContent,
  place: ClausePlace,
  lead: Lead | undefined,
): WordBlock[] {
  return wordBlocks({ ...place.blocks, mark: mark(revision, 'insert') }, block, place.rest, lead);
}

/** A block's runs as the redline compares them (a heading bold, code in the code face). */
function runsOfBlock(block: BlockContent, inline: InlineContext): Run[] {
  if (block.type === 'code') return codeRuns(block.value);
  if (block.type === 'paragraph') return toRuns(block.children, inline);
  if (block.type === 'heading') return toRuns(block.children, inline, { bold: true });
  return [];
}

function pairRedline(
  revision: RevisionContext,
  old: BlockContent,
  block: BlockContent,
  place: ClausePlace,
  lead: Lead | undefined,
): WordBlock[] {
  if (old.type === 'table' && block.type === 'table') return tableRedline(revision, old, block, place, lead);
  const { blocks } = place;
  const children = runsRedline(
    runsOfBlock(old, revision.oldInline),
    runsOfBlock(block, blocks.inline),
    revision.revision,
    blocks.style,
  );
  const ragged = block.type === 'paragraph' ? {} : { alignment: 'left' as const };
  const options = lead ? { ...lead, paragraph: { ...lead.paragraph, ...ragged } } : undefined;
  return [blockParagraph(blocks, children, { ...place.rest, ...ragged }, options)];
}

const cellsOf = (row: TableRow | undefined): PhrasingContent[][] =>
  row ? row.children.map((entry) => entry.children) : [];

/** Rows of both versions aligned as blocks are: kept, changed (paired old and new), added, removed. */
function alignRows(olds: readonly TableRow[], news: readonly TableRow[]): { old?: TableRow; new?: TableRow }[] {
  const out: { old?: TableRow; new?: TableRow }[] = [];
  for (const group of align(olds, news, rowKey)) {
    // Between two kept rows, old and new rows pair up in order (a changed row); the rest were added or removed.
    const count = Math.max(group.old.length, group.new.length);
    for (let index = 0; index < count; index++) {
      const old = group.old[index];
      const row = group.new[index];
      out.push({ ...(old ? { old } : {}), ...(row ? { new: row } : {}) });
    }
  }
  return out;
}

/** A table's rows and cells redlined: kept rows plain, changed cells as word redlines, rows added or removed whole. */
function tableRedline(
  revision: RevisionContext,
  old: Table,
  table: Table,
  place: ClausePlace,
  lead: Lead | undefined,
): WordBlock[] {
  const { blocks } = place;
  const columns = tableColumns(table);
  const [oldHead, ...oldBody] = old.children;
  const [head, ...body] = table.children;
  const indent = textIndent(place.rest);
  const width = blocks.textWidth - indent;
  const widths = twipColumns(blocks, cellsOf(head), body.map(cellsOf), columns, width, false);
  const rows = [{ old: oldHead, new: head }, ...alignRows(oldBody, body)];
  const marks: (RunMark | undefined)[] = [];
  const cells = rows.map((pair, index) => {
    const rowMark: RunMark | undefined = !pair.old
      ? mark(revision, 'insert')
      : !pair.new
        ? mark(revision, 'delete')
        : undefined;
    marks.push(rowMark);
    return Array.from({ length: columns }, (_, column) => {
      const base = index === 0 ? { bold: true } : {};
      const before = toRuns(cellsOf(pair.old)[column] ?? [], revision.oldInline, base);
      const after = toRuns(cellsOf(pair.new)[column] ?? [], blocks.inline, base);
      const children = !pair.old
        ? wordRuns(after, blocks.style, rowMark)
        : !pair.new
          ? wordRuns(before, blocks.style, rowMark)
          : runsRedline(before, after, revision.revision, blocks.style);
      const context = rowMark ? { ...blocks, mark: rowMark } : blocks;
      return cellOf(context, children, { header: index === 0, span: 1, width: widths[column]! });
    });
  });
  const shell = tableOf(blocks, { width, columns: widths, indent }, cells, marks);
  return lead ? [blockParagraph(blocks, [], place.rest, lead), shell] : [shell];
}

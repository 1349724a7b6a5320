// A Word document clausemark built (`build --format docx`, `diff --format docx`), read back as the policy it was
// built from: each clause and section takes its ID from the bookmark the writer put on it (src/render/docx/body.ts),
// only the body is policy text (the cover, the contents, the approval table and the colophon are the writer's
// frame, left out and listed), the footnotes listed at the end become footnotes again, a heading's typed number
// ("Artikel 2⇥") is structure, and a paragraph indented under a list item without a number of its own is more text
// of that item. A paragraph typed in Word has no bookmark: it is a new clause (a fresh ID, given when written).
import { ID_PATTERN } from '../../parse/ids.js';
import type { Block, Inline } from '../blocks.js';
import { withoutPrefix } from '../blocks.js';
import type { BodyReader, WordParagraph } from './docx-body.js';

/** The writer's bookmarks for the footnotes and the approval table (src/render/shared/contents.ts). */
export const FOOTNOTES_BOOKMARK = 'clausemark:footnotes';
export const APPROVALS_BOOKMARK = 'clausemark:approvals';
/** Footnote N's bookmark, which its number in the text links to (src/render/shared/inline.ts). */
const FOOTNOTE_BOOKMARK = /^fn:(\d+)$/;

/** A bookmark that names a clause or section: an ID, not one of Word's own (_Toc…, _GoBack) or the writer's (fn:1). */
export const isIdBookmark = (name: string): boolean => ID_PATTERN.test(name) && !name.includes(':');

/** A number the writer types before a heading's title: "3", "2.1", "Artikel 4", "Hoofdstuk II", "A". */
const HEADING_NUMBER = /^(?:\p{L}+\s+)?(?:\d+(?:\.\d+)*\.?|[IVXLCDM]+\.?|[A-Z]\.?)$/u;

/** Links to a footnote's bookmark are the footnote's reference; its number is the writer's, not text. */
function withFootnotes(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const note = inline.link ? FOOTNOTE_BOOKMARK.exec(inline.link.replace(/^#/, '')) : null;
    if (!note) {
      out.push(inline);
      continue;
    }
    const previous = out.at(-1);
    if (previous?.footnote === note[1]) continue;
    out.push({ text: '', footnote: note[1] as string });
  }
  return out;
}

/** Where the policy text starts: after the contents (and a revision's summary before it), else after the cover. */
function bodyStart(reader: BodyReader): number {
  return reader.contentsEnd ?? reader.coverEnd ?? 0;
}

/** Whether a block starts the writer's frame after the body: the footnotes, the approval table, the colophon. */
const endsBody = (word: WordParagraph | undefined): boolean =>
  word !== undefined &&
  (word.anchors.includes(FOOTNOTES_BOOKMARK) || word.anchors.includes(APPROVALS_BOOKMARK) || word.style === 'Colophon');

export interface OwnBlocks {
  blocks: Block[];
  /** IDs named by bookmarks that start inside another clause's paragraph (two clauses joined in Word). */
  joined: { id: string; into: string }[];
}

/**
 * The blocks after the body: the footnotes the writer lists at the end (each starts at its bookmark with "N⇥";
 * more paragraphs continue it) become footnotes; the rest is frame.
 */
function afterBody(reader: BodyReader, blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let inNotes = false;
  let note: Extract<Block, { kind: 'footnote' }> | undefined;
  for (const block of blocks) {
    const word = reader.word.get(block);
    if (endsBody(word)) {
      inNotes = word?.anchors.includes(FOOTNOTES_BOOKMARK) === true;
      note = undefined;
      out.push(frame(block));
      continue;
    }
    const label = word?.anchors.map((name) => FOOTNOTE_BOOKMARK.exec(name)?.[1]).find(Boolean);
    if (!inNotes || (block.kind !== 'paragraph' && block.kind !== 'item') || (!label && !note)) {
      out.push(frame(block));
      continue;
    }
    const inlines = withFootnotes(block.inlines);
    if (label) {
      note = {
        kind: 'footnote',
        label,
        inlines: word?.beforeTab === label ? withoutPrefix(inlines, label.length + 1) : inlines,
        source: block.source,
      };
      out.push(note);
    } else note?.inlines.push({ text: ' ' }, ...inlines);
  }
  return out;
}

/** The frame around the body, left out of the policy and listed. */
function frame(block: Block): Block {
  const text =
    block.kind === 'table'
      ? block.rows.map((row) => row.map((cell) => cell.map((inline) => inline.text).join('')).join(' ')).join('\n')
      : block.kind === 'dropped'
        ? block.text
        : block.inlines.map((inline) => inline.text).join('');
  return { kind: 'dropped', text, reason: { messageId: 'import-reason.frame' }, source: block.source };
}

const keyOf = (block: Block): { key?: string } => (block.key !== undefined ? { key: block.key } : {});

/**
 * Sections are numbered as text by the writer: a section it wrote without a number among numbered ones is one
 * written `.unnumbered` (a foreword). A heading typed in Word has no bookmark, and is numbered like the others.
 */
function isNumberedHeading(reader: BodyReader, block: Block): boolean {
  const word = reader.word.get(block);
  return (
    block.kind === 'heading' &&
    (block.marker !== undefined || (word?.beforeTab !== undefined && HEADING_NUMBER.test(word.beforeTab.trim())))
  );
}

/** A heading of the body: its typed number as its marker, its bookmark as its ID. */
function ownHeading(
  block: Extract<Block, { kind: 'heading' }>,
  word: WordParagraph,
  inlines: Inline[],
  id: string | undefined,
  unnumbered: boolean,
): Block {
  // The heading reader takes a typed number that is the one the policy computes; any other the writer typed too.
  const number = !block.marker && word.beforeTab !== undefined && HEADING_NUMBER.test(word.beforeTab.trim());
  const title = number ? withoutPrefix(inlines, (word.beforeTab as string).length + 1) : inlines;
  const { label: _label, marker, ...heading } = block;
  const typed = number ? (word.beforeTab as string).trim() : marker;
  return {
    ...heading,
    inlines: title,
    ...(id ? { id } : {}),
    ...(typed ? { marker: typed } : {}),
    ...(unnumbered ? { unnumbered: true } : {}),
  };
}

/**
 * Word's count of the items, mended where a save through .doc split a list: LibreOffice gives the list's first item
 * a list of its own and starts the rest at 1 again, which would read as a list started anew (every clause after it
 * renumbered). An item right after another whose list differs, numbered 1, goes on from it, and so does the rest of
 * its list. A list broken by a table still goes on at Word's number (write.ts).
 */
class ItemCounts {
  private last: ({ list?: string; number: number } | undefined)[] = [];
  private readonly offsets = new Map<string, number>();

  heading(): void {
    this.last = [];
    this.offsets.clear();
  }

  number(item: Extract<Block, { kind: 'item' }>, follows: boolean): number | undefined {
    if (item.number === undefined) return undefined;
    const key = `${item.list ?? ''}/${item.level}`;
    const before = this.last[item.level];
    this.last.length = item.level + 1;
    if (follows && before && before.list !== item.list && item.number === 1 && !this.offsets.has(key))
      this.offsets.set(key, before.number);
    const number = item.number + (this.offsets.get(key) ?? 0);
    this.last[item.level] = { ...(item.list !== undefined ? { list: item.list } : {}), number };
    return number;
  }
}

/** The blocks of a clausemark Word document as its policy's: IDs from bookmarks, the frame left out. */
export function ownBlocks(reader: BodyReader, blocks: readonly Block[]): OwnBlocks {
  const start = bodyStart(reader);
  let end = blocks.findIndex((block, index) => index >= start && endsBody(reader.word.get(block)));
  if (end < 0) end = blocks.length;
  const used = new Set<string>();
  const joined: OwnBlocks['joined'] = [];
  const numbered = (block: Block): boolean => isNumberedHeading(reader, block);
  const anyNumbered = blocks.slice(start, end).some(numbered);
  const body: Block[] = [];
  const counts = new ItemCounts();
  let inItem = false;
  let lastKey: string | undefined;
  for (const block of blocks.slice(start, end)) {
    const word = reader.word.get(block);
    const previousKey = lastKey;
    if (block.kind !== 'dropped' && block.kind !== 'footnote') lastKey = block.key;
    if (block.kind === 'dropped' || block.kind === 'footnote' || !word || word.style === 'TOCHeading') {
      body.push(block.kind === 'dropped' ? block : frame(block));
      continue;
    }
    const ids = word.anchors.filter((name) => isIdBookmark(name) && !used.has(name));
    for (const id of ids) used.add(id);
    const [id, ...rest] = ids;
    if (id) for (const other of rest) joined.push({ id: other, into: id });
    const named = id ? { id } : {};
    if (block.kind === 'table') {
      // A footnote's reference in a cell is a link to its note like any other: read as a link, its note was lost.
      body.push({ ...block, rows: block.rows.map((row) => row.map(withFootnotes)), ...named });
      continue;
    }
    const inlines = withFootnotes(block.inlines);
    if (block.kind === 'heading') {
      inItem = false;
      counts.heading();
      const unnumbered = id !== undefined && block.level > 1 && anyNumbered && !numbered(block);
      body.push(ownHeading(block, word, inlines, id, unnumbered));
    } else if (block.kind === 'item') {
      inItem = true;
      const { label: _label, marker: _marker, number: _number, ...item } = block;
      const counted = counts.number(block, body.at(-1)?.kind === 'item');
      body.push({ ...item, inlines, ...named, ...(counted !== undefined ? { number: counted } : {}) });
    } else if (
      !id &&
      inItem &&
      !word.numbered &&
      word.indented &&
      (block.key === undefined || block.key === previousKey)
    ) {
      body.push({ kind: 'paragraph', inlines, source: block.source, continues: true, ...keyOf(block) });
    } else {
      inItem = false;
      body.push({ kind: 'paragraph', inlines, source: block.source, ...named, ...keyOf(block) });
    }
  }
  return {
    blocks: [...blocks.slice(0, start).map(frame), ...body, ...afterBody(reader, blocks.slice(end))],
    joined,
  };
}

// Tracked changes and comments in a clausemark Word document, clause by clause: a returned document's changes are
// a proposal, and each can be accepted or rejected on its own (import --accept-changes ID,ID). Every body
// paragraph belongs to a clause (its bookmark's ID, the clause above it when it only continues that clause, or a
// key of its own when it is new); the document is then resolved as decided per clause, insertion by insertion and
// deletion by deletion, paragraph marks included (a deleted mark joins two paragraphs, as Word does on accepting).
import type { Document, Element, Node } from '@xmldom/xmldom';
import { child, children, descendants, W, wAttr } from './docx-parts.js';
import { isIdBookmark } from './docx-own.js';
import { bookmarkName } from './docx-body.js';
import { DocxToc } from './docx-toc.js';

export type Decision = 'accept' | 'reject';
/** Per clause key (an ID, or "¶N" for a paragraph without one): what to do with its tracked changes. */
export type Decide = (key: string) => Decision;

const INSERTED = new Set(['ins', 'moveTo']);
const DELETED = new Set(['del', 'moveFrom']);

/** A paragraph's ID bookmarks. */
const idsIn = (element: Element): string[] =>
  descendants(element, 'bookmarkStart')
    .map((bookmark) => bookmarkName(wAttr(bookmark, 'name')) ?? '')
    .filter(isIdBookmark);

/** The body's paragraphs and tables in order, through content controls and body-level changes. */
function bodyElements(container: Element): Element[] {
  const out: Element[] = [];
  for (const node of children(container)) {
    if (node.localName === 'p' || node.localName === 'tbl') out.push(node);
    else if (['sdt', 'sdtContent', 'customXml', 'ins', 'del'].includes(node.localName ?? ''))
      out.push(...bodyElements(node));
  }
  return out;
}

/**
 * The clause key of every body paragraph and table: the first ID bookmark in it; a table, or a paragraph indented
 * under a list item without a number of its own, belongs to the clause before it; any other paragraph is new.
 */
export function clauseKeys(body: Element): Map<Element, string> {
  const keys = new Map<Element, string>();
  let last: string | undefined;
  let lastWasItem = false;
  const toc = new DocxToc();
  bodyElements(body).forEach((element, index) => {
    const properties = child(element, 'pPr');
    // The generated contents belong to no clause: an edit there is undone when Word updates the field, and the
    // import drops the contents (docx-toc.ts), so it is no proposal.
    if (element.localName === 'p' && inContents(element, toc)) return;
    const [id] = idsIn(element);
    const numbered = child(properties, 'numPr') !== undefined;
    const indent = child(properties, 'ind');
    const indented = Number(wAttr(indent, 'left') ?? wAttr(indent, 'start') ?? 0) > 0;
    let key: string;
    if (id) key = id;
    else if (
      last !== undefined &&
      (element.localName === 'tbl' || (!numbered && indented && lastWasItem && !whollyChanged(element)))
    )
      key = last;
    else key = `¶${index + 1}`;
    keys.set(element, key);
    for (const inner of element.localName === 'tbl' ? descendants(element, 'p') : []) keys.set(inner, key);
    if (element.localName === 'p') lastWasItem = numbered || (lastWasItem && key === last);
    last = key;
  });
  return keys;
}

/** Whether a body paragraph is part of a table of contents: its field, its content control or a TOC style. */
function inContents(paragraph: Element, toc: DocxToc): boolean {
  const style = wAttr(child(child(paragraph, 'pPr'), 'pStyle'), 'val');
  if (toc.paragraph(paragraph, style ? [style] : [])) return true;
  for (let node = paragraph.parentNode as Element | null; node; node = node.parentNode as Element | null) {
    if (node.localName !== 'sdt') continue;
    const gallery = wAttr(child(child(child(node, 'sdtPr'), 'docPartObj'), 'docPartGallery'), 'val');
    if (gallery !== undefined && /table of contents/iu.test(gallery)) return true;
  }
  return false;
}

/**
 * A paragraph inserted or deleted whole as a tracked change (its mark too): a clause of its own, not more text of
 * the clause before it (`diff --format docx` writes a deleted clause so, indented under the clause before it).
 */
function whollyChanged(paragraph: Element): boolean {
  const mark = child(child(paragraph, 'pPr'), 'rPr');
  if (!mark || !children(mark).some((node) => INSERTED.has(node.localName ?? '') || DELETED.has(node.localName ?? '')))
    return false;
  const texts = [...descendants(paragraph, 't'), ...descendants(paragraph, 'delText')];
  const tracked = (node: Node): boolean => {
    for (let at = node.parentNode; at && at !== paragraph; at = at.parentNode)
      if (INSERTED.has((at as Element).localName ?? '') || DELETED.has((at as Element).localName ?? '')) return true;
    return false;
  };
  return texts.length > 0 && texts.every(tracked);
}

/** The change elements (insertions, deletions, moves, inserted or deleted paragraph marks) inside an element. */
function changesIn(element: Element): Element[] {
  return [...INSERTED, ...DELETED].flatMap((name) => descendants(element, name));
}

/** Replace an element by its children. */
function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

function remove(node: Node): void {
  node.parentNode?.removeChild(node);
}

/** Marks that name a place, not text: a clause's bookmark, a comment's range. */
const MARKS = ['bookmarkStart', 'bookmarkEnd', 'commentRangeStart', 'commentRangeEnd'];

/**
 * A change taken away, its bookmarks and comment ranges kept where it stood: a deletion that starts at an article's
 * first word holds the article's bookmark, and accepting it must not take the article's ID with it.
 */
function removeKeepingMarks(change: Element): void {
  const parent = change.parentNode;
  if (!parent) return;
  for (const mark of MARKS.flatMap((name) => descendants(change, name))) parent.insertBefore(mark, change);
  parent.removeChild(change);
}

/** Deleted text, taken back: w:delText read as w:t again. */
function undelete(element: Element, document: Document): void {
  for (const text of descendants(element, 'delText')) {
    const plain = document.createElementNS(W, 'w:t');
    plain.setAttribute('xml:space', 'preserve');
    plain.appendChild(document.createTextNode(text.textContent ?? ''));
    text.parentNode?.replaceChild(plain, text);
  }
}

/** Whether a paragraph shows any text (after its changes were resolved). */
const showsText = (paragraph: Element): boolean =>
  descendants(paragraph, 't').some((text) => (text.textContent ?? '').trim() !== '');

/**
 * Joins a paragraph to the next one (its mark taken away): its content goes to the start of the next paragraph,
 * which keeps its own properties, as in Word. A paragraph left without text takes its bookmarks with it, so the
 * clause it held is gone rather than renamed into its neighbour.
 */
function joinWithNext(paragraph: Element, next: Element | undefined): void {
  if (!next) {
    // The document's last paragraph: its mark cannot go; the paragraph stays.
    return;
  }
  const keep = showsText(paragraph);
  const anchor = child(next, 'pPr')?.nextSibling ?? next.firstChild;
  for (const node of children(paragraph)) {
    if (node.localName === 'pPr') continue;
    if (!keep) continue;
    next.insertBefore(node, anchor ?? null);
  }
  remove(paragraph);
}

/**
 * The document with its tracked changes resolved as `decide` says per clause; `keys` from clauseKeys of the same
 * document. Changes of formatting (w:rPrChange, w:pPrChange) are taken as they stand. Changes in the document's
 * frame (cover, approvals) follow their paragraph's key like any other.
 */
export function resolveChanges(document: Document, keys: ReadonlyMap<Element, string>, decide: Decide): void {
  const decisionOf = (element: Element): Decision => {
    for (let node: Node | null = element; node; node = node.parentNode) {
      const key = keys.get(node as Element);
      if (key !== undefined) return decide(key);
    }
    return 'accept';
  };
  resolveRows(document, decisionOf);
  const paragraphs = descendants(document, 'p');
  // Marks first (they need the paragraph order as it was), joining from the last so each next paragraph is final.
  const joins: Element[] = [];
  for (const paragraph of paragraphs) {
    const mark = child(child(paragraph, 'pPr'), 'rPr');
    const decision = decisionOf(paragraph);
    for (const change of mark ? children(mark) : []) {
      if (INSERTED.has(change.localName ?? '')) {
        if (decision === 'reject') joins.push(paragraph);
        remove(change);
      } else if (DELETED.has(change.localName ?? '')) {
        if (decision === 'accept') joins.push(paragraph);
        remove(change);
      }
    }
  }
  for (const change of changesIn(document.documentElement as Element)) {
    if (!change.parentNode) continue;
    const decision = decisionOf(change);
    const inserted = INSERTED.has(change.localName ?? '');
    if (inserted === (decision === 'accept')) {
      if (!inserted) undelete(change, document);
      unwrap(change);
    } else removeKeepingMarks(change);
  }
  for (const name of ['rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange'])
    for (const record of descendants(document, name)) remove(record);
  for (const paragraph of joins.reverse()) {
    let next = paragraph.nextSibling;
    while (next && (next as Element).localName !== 'p') next = next.nextSibling;
    joinWithNext(paragraph, (next as Element | null) ?? undefined);
  }
}

/**
 * Table rows inserted or deleted as a tracked change (w:trPr/w:ins, w:trPr/w:del: Word's Compare marks a new table
 * so, row by row): the row goes when its insertion is rejected or its deletion accepted, and a table left without
 * rows goes with it, so no empty table shell stays behind.
 */
function resolveRows(document: Document, decisionOf: (element: Element) => Decision): void {
  const tables = new Set<Element>();
  for (const properties of descendants(document, 'trPr')) {
    const row = properties.parentNode as Element | null;
    if (!row || row.localName !== 'tr') continue;
    for (const change of children(properties)) {
      const inserted = INSERTED.has(change.localName ?? '');
      if (!inserted && !DELETED.has(change.localName ?? '')) continue;
      remove(change);
      if (inserted === (decisionOf(row) === 'accept')) continue;
      if (row.parentNode) tables.add(row.parentNode as Element);
      remove(row);
      break;
    }
  }
  for (const table of tables) if (descendants(table, 'tr').length === 0) remove(table);
}

export interface ClauseChanges {
  key: string;
  authors: string[];
  dates: string[];
  before: string;
  after: string;
}

/** A paragraph's text with its changes rejected (`before`) or accepted (`after`). */
function textAs(paragraph: Element, accepted: boolean): string {
  let text = '';
  const visit = (node: Element, inserted: boolean, deleted: boolean): void => {
    for (const inner of children(node)) {
      const name = inner.localName ?? '';
      if (name === 'pPr') continue;
      const ins = inserted || INSERTED.has(name);
      const del = deleted || DELETED.has(name);
      if (name === 't' || name === 'delText') {
        if (accepted ? !del : !ins) text += inner.textContent ?? '';
      } else if (name === 'tab' || name === 'br') {
        if (accepted ? !del : !ins) text += ' ';
      } else visit(inner, ins, del);
    }
  };
  visit(paragraph, false, false);
  return text;
}

/**
 * Whether the paragraph after `paragraph` shows no text at all: an Enter typed at the end of a clause (its mark
 * inserted, an empty line after it) changes no word, taken or not, and is no proposal.
 */
function emptyLineAfter(paragraph: Element): boolean {
  let next = paragraph.nextSibling;
  while (next && (next as Element).localName !== 'p') next = next.nextSibling;
  if (!next) return false;
  const texts = [...descendants(next as Element, 't'), ...descendants(next as Element, 'delText')];
  return texts.every((text) => (text.textContent ?? '').trim() === '');
}

/**
 * The paragraph a tracked Enter split from `paragraph`: its mark inserted and the next paragraph showing text that
 * no ID bookmark names (the clause's own text, carried on below the break).
 */
function splitFrom(paragraph: Element, mark: Element | undefined): Element | undefined {
  if (!mark || !children(mark).some((node) => INSERTED.has(node.localName ?? '')) || emptyLineAfter(paragraph))
    return undefined;
  let next = paragraph.nextSibling;
  while (next && (next as Element).localName !== 'p') next = next.nextSibling;
  return next && idsIn(next as Element).length === 0 ? (next as Element) : undefined;
}

/** Whether a change element is a paragraph mark's (w:pPr/w:rPr/w:ins), not a change of text. */
const isMark = (change: Element): boolean => {
  const properties = change.parentNode as Element | null;
  return properties?.localName === 'rPr' && (properties.parentNode as Element | null)?.localName === 'pPr';
};

/** Per clause key with tracked changes: who made them, when, and its text before and after. */
export function changesByClause(body: Element, keys: ReadonlyMap<Element, string>): ClauseChanges[] {
  interface Entry {
    changed: boolean;
    authors: Set<string>;
    dates: Set<string>;
    before: string[];
    after: string[];
  }
  const byKey = new Map<string, Entry>();
  for (const paragraph of descendants(body, 'p')) {
    const key = keys.get(paragraph);
    if (key === undefined) continue;
    const mark = child(child(paragraph, 'pPr'), 'rPr');
    const marks = mark
      ? children(mark).filter(
          (node) =>
            DELETED.has(node.localName ?? '') || (INSERTED.has(node.localName ?? '') && !emptyLineAfter(paragraph)),
        )
      : [];
    const changes = [...changesIn(paragraph).filter((change) => !isMark(change)), ...marks];
    const entry = byKey.get(key) ?? { changed: false, authors: new Set(), dates: new Set(), before: [], after: [] };
    byKey.set(key, entry);
    for (const change of changes) {
      entry.changed = true;
      const author = wAttr(change, 'author');
      const date = wordDate(wAttr(change, 'date'));
      if (author) entry.authors.add(author);
      if (date) entry.dates.add(date);
    }
    let before = textAs(paragraph, false).trim();
    let after = textAs(paragraph, true).trim();
    const split = splitFrom(paragraph, mark);
    if (split) {
      // An Enter typed inside the clause: its text before is one paragraph, after it two; the proposal shows the
      // break (¶) where it falls, not the first part alone on both sides.
      before = `${before} ${textAs(split, false).trim()}`.trim();
      after = `${after} ¶ ${textAs(split, true).trim()}`.trim();
    }
    if (before !== '') entry.before.push(before);
    if (after !== '') entry.after.push(after);
  }
  return [...byKey]
    .filter(([, entry]) => entry.changed)
    .map(([key, entry]) => ({
      key,
      authors: [...entry.authors],
      dates: [...entry.dates].sort(),
      before: entry.before.join(' '),
      after: entry.after.join(' '),
    }));
}

export interface CommentText {
  id: string;
  author: string;
  date?: string;
  text: string;
}

/** The comments of comments.xml by id, each with its text (paragraphs joined by a space). */
export function commentTexts(comments: Document | undefined): Map<string, CommentText> {
  const out = new Map<string, CommentText>();
  for (const comment of comments ? descendants(comments, 'comment') : []) {
    const id = wAttr(comment, 'id') ?? '';
    const text = descendants(comment, 'p')
      .map((paragraph) => textAs(paragraph, true).trim())
      .filter(Boolean)
      .join(' ');
    const date = wordDate(wAttr(comment, 'date'));
    out.set(id, { id, author: wAttr(comment, 'author') ?? '', ...(date ? { date } : {}), text });
  }
  return out;
}

/** Whether the document has tracked changes anywhere in its body. */
export function hasChanges(document: Document): boolean {
  return descendants(document, '*').some(
    (element) => INSERTED.has(element.localName ?? '') || DELETED.has(element.localName ?? ''),
  );
}

/** The day of a w:date, when it is one (LibreOffice writes "0-00-00T00:00:00Z" for a comment without a date). */
function wordDate(value: string | undefined): string | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return day && Number(day[1]) > 1900 ? `${day[1]}-${day[2]}-${day[3]}` : undefined;
}

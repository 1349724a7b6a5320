// A Word comment thread (a question and the replies under it) kept in the thread's order: the question, then its
// replies as they were written. The document's order of the comments' marks does not give it: LibreOffice numbers a
// reply before its question and opens the reply's range first, so a thread brought back read answer before question.
// Word names each reply's question in word/commentsExtended.xml (w15:paraIdParent, by the w14:paraId of the last
// paragraph of each comment); where that part is missing (LibreOffice writes none), comments whose ranges open at the
// same place are taken as one thread, in the order of their dates.
import type { Document, Element } from '@xmldom/xmldom';
import { descendants, wAttr } from './docx-parts.js';

const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

/** What orders a thread: the comment's question (its own id when it is one), its time, its place in comments.xml. */
interface ThreadPlace {
  root: string;
  stamp: string;
  index: number;
}

/** Each comment's thread place, by the comment's id. */
export function threadPlaces(
  comments: Document | undefined,
  extended: Document | undefined,
  body: Document,
): Map<string, ThreadPlace> {
  const byPara = new Map<string, string>();
  const places = new Map<string, ThreadPlace>();
  (comments ? descendants(comments, 'comment') : []).forEach((comment, index) => {
    const id = wAttr(comment, 'id') ?? '';
    const paragraph = descendants(comment, 'p').at(-1);
    const paraId = paragraph?.getAttributeNS(W14, 'paraId') ?? paragraph?.getAttribute('w14:paraId');
    if (paraId) byPara.set(paraId, id);
    places.set(id, { root: id, stamp: wAttr(comment, 'date') ?? '', index });
  });
  const parents = extended ? repliesOf(extended, byPara) : sameAnchorRoots(body, places);
  for (const [id, root] of parents) {
    const place = places.get(id);
    if (place && places.has(root)) place.root = root;
  }
  return places;
}

/** Reply id → question id, by commentsExtended.xml's w15:paraIdParent (Word keeps a thread one level deep). */
function repliesOf(extended: Document, byPara: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of Array.from(extended.getElementsByTagNameNS(W15, 'commentEx') as unknown as ArrayLike<Element>)) {
    const id = byPara.get(entry.getAttributeNS(W15, 'paraId') ?? '');
    const parent = byPara.get(entry.getAttributeNS(W15, 'paraIdParent') ?? '');
    if (id !== undefined && parent !== undefined && id !== parent) out.set(id, parent);
  }
  return out;
}

/**
 * Without commentsExtended.xml: comments whose ranges open at one place (their commentRangeStart marks side by side)
 * are one thread, the earliest written its question (the first in comments.xml where two share a time).
 */
function sameAnchorRoots(body: Document, places: ReadonlyMap<string, ThreadPlace>): Map<string, string> {
  const out = new Map<string, string>();
  const starts = descendants(body, 'commentRangeStart');
  const seen = new Set<Element>();
  for (const start of starts) {
    if (seen.has(start)) continue;
    const group: string[] = [];
    for (let mark: Element | null = start; mark?.localName === 'commentRangeStart'; mark = nextElement(mark)) {
      seen.add(mark);
      const id = wAttr(mark, 'id');
      if (id !== undefined && places.has(id)) group.push(id);
    }
    const [root] = [...group].sort((a, b) => byTime(places.get(a), places.get(b)));
    for (const id of group) if (root !== undefined && id !== root) out.set(id, root);
  }
  return out;
}

const nextElement = (element: Element): Element | null => {
  let node = element.nextSibling;
  while (node && node.nodeType !== 1) node = node.nextSibling;
  return node as Element | null;
};

/** Earlier first: Word's w:date is ISO 8601, so its text sorts as its time does. */
function byTime(a: ThreadPlace | undefined, b: ThreadPlace | undefined): number {
  const [first, second] = [a?.stamp ?? '', b?.stamp ?? ''];
  if (first !== second) return first < second ? -1 : 1;
  return (a?.index ?? 0) - (b?.index ?? 0);
}

/**
 * `ids` (comments kept at one place, in the document's order) in their threads' order: each thread where its first
 * comment stands, its question first, then its replies by time (by their place in comments.xml where two share one).
 */
export function inThreadOrder(ids: readonly string[], places: ReadonlyMap<string, ThreadPlace>): string[] {
  const rootOf = (id: string): string => places.get(id)?.root ?? id;
  const roots = [...new Set(ids.map(rootOf))];
  return roots.flatMap((root) =>
    ids
      .filter((id) => rootOf(id) === root)
      .sort((a, b) => Number(b === root) - Number(a === root) || byTime(places.get(a), places.get(b))),
  );
}

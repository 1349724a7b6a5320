// Law exports type an article's next member on the line after its list's last item, with no blank line between
// ("f. zolang … gaande is.\n2. Het CBS is niet verplicht …"): CommonMark lets only a "1." interrupt a paragraph, so it
// reads "2. Het CBS …" as more of item f, and import, compare and the word account saw one clause where the article
// has three. A reader sees a new member. So a line of a top-level paragraph that opens with a member number from 2,
// after a line that ends a sentence or an item (".", ";", ":"), is read as it would be after a blank line: an ordered
// list from that number. A hard-wrapped sentence ("… in my house is\n14. The number …") ends no sentence there and
// stays text, as CommonMark has it.
import type { List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { countLines, moveNodes } from './chunks.js';

/** A member's number (2 to 99), its dot and white space, then what opens a sentence: a capital, markup or an ID. */
const MEMBER = /^([2-9]|[1-9]\d)\.[ \t]+(?=[\p{Lu}*_[{"“‘(])/u;
/** What a line that a member may follow ends with: a sentence's or an item's end, a hard break after it. */
const ENDS_ITEM = /[.;:][ \t]*\\?[ \t]*$/u;
/** A line that may open a member: the cheap test before a paragraph's lines are looked at one by one. */
const MAY_OPEN_MEMBER = /\n(?:[2-9]|[1-9]\d)\./u;

/** Offsets in `text` where a member's line opens, after a line that ends an item. */
function memberStarts(text: string): number[] {
  const starts: number[] = [];
  let previous = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    if (offset > 0 && MEMBER.test(line) && ENDS_ITEM.test(previous)) starts.push(offset);
    previous = line;
    offset += line.length + 1;
  }
  return starts;
}

/** Nodes that need the whole document to be read alike: references to its link and footnote definitions. */
const readsDefinitions = (node: Nodes): boolean =>
  node.type === 'linkReference' ||
  node.type === 'imageReference' ||
  node.type === 'footnoteReference' ||
  ('children' in node && (node.children as Nodes[]).some(readsDefinitions));

/**
 * A paragraph as itself and the ordered list of the members typed in it: each piece of its lines read again where it
 * stands. The paragraph itself where no line opens a member, or where a piece reads otherwise than as a paragraph
 * and list items (then nothing is guessed).
 */
function withTypedMembers(paragraph: Paragraph, source: string, parse: (markdown: string) => Root): RootContent[] {
  const start = paragraph.position?.start;
  const end = paragraph.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return [paragraph];
  const lineStart = start.offset - (start.column - 1);
  const text = source.slice(lineStart, end);
  if (!MAY_OPEN_MEMBER.test(text) || readsDefinitions(paragraph)) return [paragraph];
  const starts = memberStarts(text);
  if (starts.length === 0) return [paragraph];
  const pieces = [0, ...starts].map((from, index) => {
    // A hard break's backslash before the next member ends no text of this piece (read alone, it would be a "\\").
    const piece = text.slice(from, starts[index] ?? text.length).replace(/(?<!\\)\\?\n$/u, '');
    const root = parse(piece);
    moveNodes(root.children, countLines(text.slice(0, from)) + start.line - 1, lineStart + from);
    return root.children;
  });
  const [kept, ...members] = pieces;
  const items = members.map((children) =>
    children.length === 1 && children[0]?.type === 'list' ? children[0] : undefined,
  );
  if (kept?.length !== 1 || kept[0]?.type !== 'paragraph' || items.some((list) => list?.children.length !== 1)) {
    return [paragraph];
  }
  const lists = items as List[];
  const first = lists[0] as List;
  const list: List = {
    ...first,
    children: lists.map((one) => one.children[0] as ListItem),
    position: { start: first.position?.start ?? start, end: paragraph.position?.end ?? start },
  };
  return [kept[0], list];
}

/**
 * Every top-level paragraph's typed members read as an ordered list after it (the tree changed in place). `parse`
 * reads a piece of the source as the document was read.
 */
export function readTypedMembers(tree: Root, source: string, parse: (markdown: string) => Root): void {
  if (!tree.children.some((node) => node.type === 'paragraph')) return;
  tree.children = tree.children.flatMap((node) =>
    node.type === 'paragraph' ? withTypedMembers(node, source, parse) : [node],
  );
}

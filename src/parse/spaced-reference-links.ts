// The original Markdown allowed a space (or one line break) between a reference link's text and its label:
// `["joint work"] [4]` with `[4]: http://…` further down. CommonMark dropped that form, so it reads the first
// brackets as literal text and only `[4]` as a (shortcut) link: the clause text becomes `["joint work"] 4`, and a
// later version that writes the same link inline (18F's open source policy did in 2020) looks like a text change.
// For the text people read (src/parse/text.ts), this puts such a pair back together as the one link the author
// wrote: the bracketed words are the link text, the label is not text. Only when the label is defined (remark made
// `[4]` a link reference); brackets before an undefined label stay text, as they show on every renderer.
import type { LinkReference, Nodes, PhrasingContent, Text } from 'mdast';

/** The end of the link text and the gap before the label: "]" then a space or a line break, or nothing. */
const CLOSE_AND_GAP = /\][ \t]?(?:\n[ \t]*)?$/;
/** Only a gap: `[RFC] [1]` where both labels are defined reads as two links with this between them. */
const GAP_ONLY = /^[ \t]?(?:\n[ \t]*)?$/;

function isShortcutReference(node: Nodes | undefined): node is LinkReference {
  return node?.type === 'linkReference' && node.referenceType === 'shortcut';
}

function joined(label: LinkReference, children: PhrasingContent[]): LinkReference {
  return {
    type: 'linkReference',
    identifier: label.identifier,
    label: label.label ?? null,
    referenceType: 'full',
    children,
  };
}

/**
 * How far back the "[" is looked for, in characters (a node other than text counts as one): link text is a few
 * words. The bound keeps a paragraph of thousands of "x] [4]" linear instead of quadratic.
 */
const MAX_LINK_TEXT = 500;

/**
 * Where the unmatched "[" before the text's closing "]" stands: the index of the node and the offset in its value,
 * counting brackets backwards through the text nodes (other nodes, such as emphasis, are link text).
 */
function openingBracket(nodes: readonly Nodes[], closeNode: number, closeAt: number): [number, number] | undefined {
  let depth = 0;
  let budget = MAX_LINK_TEXT;
  for (let at = closeNode; at >= 0 && budget > 0; at--) {
    const node = nodes[at];
    if (node?.type !== 'text') {
      budget--;
      continue;
    }
    const value = node.value;
    for (let offset = at === closeNode ? closeAt - 1 : value.length - 1; offset >= 0 && budget > 0; offset--) {
      budget--;
      const character = value[offset];
      if (character === ']') depth++;
      else if (character === '[') {
        if (depth === 0) return [at, offset];
        depth--;
      }
    }
  }
  return undefined;
}

/**
 * Joins the spaced link ending at `label` into one link reference at the end of the nodes read so far (in place),
 * when they end in "[words] " (or in a shortcut link reference and a gap); false when they do not.
 */
function joinSpacedLink(read: Nodes[], label: LinkReference): boolean {
  const last = read.at(-1);
  if (last?.type !== 'text') return false;
  const before = read.at(-2);
  if (GAP_ONLY.test(last.value) && isShortcutReference(before)) {
    read.splice(-2, 2, joined(label, before.children));
    return true;
  }
  const close = CLOSE_AND_GAP.exec(last.value);
  if (!close) return false;
  const closeNode = read.length - 1;
  const opening = openingBracket(read, closeNode, close.index);
  if (!opening) return false;
  const [openNode, openAt] = opening;
  const open = read[openNode] as Text;
  const text = (value: string): Text[] => (value === '' ? [] : [{ type: 'text', value }]);
  const inner: Nodes[] =
    openNode === closeNode
      ? text(open.value.slice(openAt + 1, close.index))
      : [
          ...text(open.value.slice(openAt + 1)),
          ...read.slice(openNode + 1, closeNode),
          ...text(last.value.slice(0, close.index)),
        ];
  if (inner.length === 0) return false;
  read.splice(
    openNode,
    read.length - openNode,
    ...text(open.value.slice(0, openAt)),
    joined(label, inner as PhrasingContent[]),
  );
  return true;
}

/**
 * The node with every `[text] [label]` pair read as the one link it is: a copy where there is one, the node itself
 * where there is none (the tree is not changed either way). Every paragraph a build sets goes through here, and
 * copying each of its nodes, where almost none holds such a pair, was ~1% of a cold Word build's CPU.
 */
export function withSpacedReferenceLinks(node: Nodes): Nodes {
  if (!('children' in node)) return node;
  const read: Nodes[] = [];
  let changed = false;
  for (const child of node.children as Nodes[]) {
    const converted = withSpacedReferenceLinks(child);
    if (converted !== child) changed = true;
    if (isShortcutReference(converted) && joinSpacedLink(read, converted)) changed = true;
    else read.push(converted);
  }
  return changed ? ({ ...node, children: read } as Nodes) : node;
}

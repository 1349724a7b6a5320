// What the fast path does not reproduce, found before parsing (in the source) or after (in the tree). Each check
// is deliberately coarse: a false alarm only costs a remark parse, a miss would cost a wrong document.
import type { Nodes, Root } from 'mdast';
import type { Env, Token } from 'markdown-it';
import { checkTabbedLines } from './tabs.js';
import { unsupported } from './unsupported.js';

/**
 * Deeper token nesting than this may have been cut off by markdown-it's nesting limit (it drops the rest silently);
 * such documents go to remark, which reports them as nested too deeply when it cannot read them either.
 */
export const MAX_FAST_NESTING = 90;

export function checkSource(source: string): void {
  // Tabs: markdown-it turns a tab that is only partly used up into spaces where micromark keeps it (tabs.ts).
  if (source.includes('\t')) checkTabbedLines(source);
  if (source.includes('\r')) unsupported('carriage returns');
  if (source.startsWith('\uFEFF')) unsupported('a byte order mark');
  // GFM strikes through with `~` and `~~`, and micromark lets a `~` next to `*`/`_` change how emphasis pairs up;
  // markdown-it knows neither, so any tilde goes to remark.
  if (source.includes('~')) unsupported('tildes');
  // micromark lets containers reach into a last quote line that has no line ending (`> > a` then `>`).
  const lastLine = source.slice(source.lastIndexOf('\n') + 1);
  if (/^ *>/.test(lastLine)) unsupported('a block quote line at the very end without a line ending');
}

/** Task list items: remark-gfm turns `[ ]` / `[x]` at the start of an item into `checked`. */
const TASK_MARKER = /^\[[ xX]\]/;

export function checkTokens(tokens: readonly Token[], env: Env): void {
  // Link reference definitions become `definition` nodes and the links using them `linkReference` nodes in mdast;
  // markdown-it resolves them away.
  if (env.references !== undefined && Object.keys(env.references).length > 0) unsupported('link reference definitions');
  for (const token of tokens) {
    if (token.level >= MAX_FAST_NESTING) unsupported('very deep nesting');
    for (const child of token.children ?? [])
      if (child.level >= MAX_FAST_NESTING) unsupported('very deep inline nesting');
  }
}

const CONTAINERS = new Set(['list', 'blockquote', 'footnoteDefinition']);

/**
 * The nodes whose children are blocks (a list's are items). Every other node holds only inline content, or nothing,
 * where no container, item or task marker can stand: the walks below need not enter them, which on a civil code
 * leaves out all but a tenth of the tree.
 */
function holdsBlocks(node: Nodes): boolean {
  const type = node.type;
  return (
    type === 'root' || type === 'list' || type === 'listItem' || type === 'blockquote' || type === 'footnoteDefinition'
  );
}

/**
 * Inside a block quote or footnote definition, micromark ends a container that is closed by the quote's or note's
 * next line after that line's prefix (`> - a` / `>` / `> b`: the list reaches into the bare `>` line), where
 * markdown-it's lines say it ended a line earlier. Documents where that can happen go to remark: a list or note
 * that ends before its enclosing quote or note does, any container followed directly by another one there, and
 * a list item there that is empty or ends in a container and is followed by another item.
 */
function checkNestedEnds(node: Nodes, enclosingEnd: number | undefined, quoted: boolean): void {
  if (!holdsBlocks(node) || !('children' in node)) return;
  const end = node.position?.end.line;
  if (
    (node.type === 'list' || node.type === 'footnoteDefinition') &&
    enclosingEnd !== undefined &&
    end !== undefined &&
    end < enclosingEnd
  ) {
    unsupported('a list or footnote ending inside a quote or footnote');
  }
  const encloses = node.type === 'blockquote' || node.type === 'footnoteDefinition';
  const inside = quoted || encloses;
  const children = node.children as Nodes[];
  children.forEach((child, index) => {
    const next = children[index + 1];
    if (inside && next && CONTAINERS.has(child.type) && CONTAINERS.has(next.type))
      unsupported('two containers in a row inside a quote or footnote');
    // The same for an item that is empty or ends in a container, followed by another item, or followed by an empty
    // item (in a footnote the empty item's line counts to the one before).
    if (inside && next?.type === 'listItem' && child.type === 'listItem') {
      const last = child.children[child.children.length - 1];
      if (!last || CONTAINERS.has(last.type) || next.children.length === 0)
        unsupported('a list item closed by the next one inside a quote or footnote');
    }
    checkNestedEnds(child, encloses ? end : enclosingEnd, inside);
  });
}

export function checkTree(root: Root): void {
  checkNestedEnds(root, undefined, false);
  // Only the task markers of list items are looked for: the inline content needs no visit.
  const visit = (node: Nodes): void => {
    if (!holdsBlocks(node)) return;
    if (node.type === 'listItem') {
      const first = node.children[0];
      const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
      if (lead?.type === 'text' && TASK_MARKER.test(lead.value)) unsupported('task list items');
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
}

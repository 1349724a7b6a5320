// Policy Markdown (mdast) → HTML fragments for the report pages. mdast-util-to-hast does the mapping; what policy
// text may never do on a reader's screen is taken out on the way: an author's note (`<!-- … -->`) is not shown at
// all, as in the PDF and Word, other raw HTML shows as the text it is (a `<script>` in a clause is read, not run), links keep only web, mail and phone addresses or in-page anchors, and images are
// replaced by their description (the report loads nothing from elsewhere).
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type {
  BlockContent,
  DefinitionContent,
  FootnoteReference,
  Html,
  Image,
  ImageReference,
  PhrasingContent,
  RootContent,
} from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import { htmlBlockText, isAuthorNote } from '../../text/html-text.js';

/** Footnote identifier → its number in the policy (1, 2 …), so references and notes link to each other. */
export type FootnoteNumbers = ReadonlyMap<string, number>;

const SAFE_HREF = /^(?:https?:|mailto:|tel:|#)/i;
/** Characters browsers ignore inside a scheme ("java\tscript:") go first, so they cannot hide one. */
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f-\u009f]/g;

export function isSafeHref(href: string): boolean {
  const compact = href.replace(IGNORED_IN_SCHEME, '');
  // No scheme at all (a relative address) is safe too: it stays inside the report.
  return SAFE_HREF.test(compact) || !/^[a-z][a-z0-9+.-]*:/i.test(compact);
}

export function footnoteAnchor(identifier: string): string {
  return `fn-${identifier.toLowerCase().replace(/[^a-z0-9_-]+/g, '-')}`;
}

function handlers(
  footnotes: FootnoteNumbers,
): Record<string, (state: State, node: never) => ElementContent | ElementContent[] | undefined> {
  return {
    // An author's note shows nowhere; an HTML block shows the text it holds, tags stripped (as in the PDF); other
    // inline HTML shows as the text it is.
    html: (_state: State, node: Html, parent?: { type: string }) => {
      if (isAuthorNote(node.value)) return undefined;
      if (parent?.type !== 'root') return { type: 'text', value: node.value };
      const text = htmlBlockText(node.value);
      return text === ''
        ? undefined
        : {
            type: 'element',
            tagName: 'p',
            properties: { className: ['html-text'] },
            children: [{ type: 'text', value: text }],
          };
    },
    image: (_state: State, node: Image) => imageStandIn(node.alt ?? node.url),
    imageReference: (_state: State, node: ImageReference) => imageStandIn(node.alt ?? node.identifier),
    footnoteReference: (_state: State, node: FootnoteReference) => {
      const number = footnotes.get(node.identifier);
      const anchor = footnoteAnchor(node.identifier);
      const label = number === undefined ? (node.label ?? node.identifier) : String(number);
      return {
        type: 'element',
        tagName: 'sup',
        properties: { className: ['fnref'] },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `#${anchor}`, ariaLabel: `note ${label}` },
            children: [{ type: 'text', value: label }],
          },
        ],
      };
    },
  } as unknown as Record<string, (state: State, node: never) => ElementContent | ElementContent[] | undefined>;
}

function imageStandIn(description: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['image-alt'] },
    children: [{ type: 'text', value: `[${description}]` }],
  };
}

/** Links with a scheme that could run code become plain text; the rest open as ordinary links. */
function defuse(node: HastNodes): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'a') {
      const href = child.properties.href;
      if (typeof href !== 'string' || !isSafeHref(href))
        return {
          type: 'element',
          tagName: 'span',
          properties: { className: ['link-removed'] },
          children: child.children,
        };
      if (!href.startsWith('#')) child.properties = { ...child.properties, rel: ['noopener', 'noreferrer'] };
    }
    return child;
  }) as typeof node.children;
  for (const child of node.children) defuse(child as HastNodes);
}

function render(nodes: readonly RootContent[], footnotes: FootnoteNumbers): string {
  const tree = toHast(
    { type: 'root', children: [...nodes] },
    { handlers: handlers(footnotes), allowDangerousHtml: false },
  ) as HastRoot;
  defuse(tree);
  return toHtml(tree);
}

/** A clause's own blocks (paragraphs, tables, code) as HTML. */
export function blocksToHtml(
  blocks: readonly (BlockContent | DefinitionContent)[],
  footnotes: FootnoteNumbers = new Map(),
): string {
  return render(blocks, footnotes);
}

/** Inline content (a section heading) as HTML, without a wrapping element. */
export function inlineToHtml(nodes: readonly PhrasingContent[], footnotes: FootnoteNumbers = new Map()): string {
  return render(nodes, footnotes);
}

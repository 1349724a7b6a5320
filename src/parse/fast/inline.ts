// markdown-it inline tokens → mdast phrasing content, shaped as mdast-util-from-markdown shapes it: soft line
// breaks stay inside text values as "\n", adjacent text merges, an image's alt is the plain text of its label.
import type { PhrasingContent, Text } from 'mdast';
import type { Token } from 'markdown-it';
import { toString } from 'mdast-util-to-string';
import { unescapeAll } from './engine.js';
import { FOOTNOTE_CALL, normalizeIdentifier } from './footnotes.js';
import { unsupported } from './unsupported.js';

type Parent = { children: PhrasingContent[] };

function attr(token: Token, name: string): string | undefined {
  const value = token.attrGet(name);
  return value === null ? undefined : String(value);
}

function appendText(into: Parent, value: string): void {
  if (value === '') return;
  const last = into.children[into.children.length - 1];
  if (last?.type === 'text') last.value += value;
  else into.children.push({ type: 'text', value } satisfies Text);
}

/** A footnote call (`[^1]`): its identifier as mdast normalises it, its label as written. */
function footnoteReference(token: Token): PhrasingContent {
  const raw = String(token.meta?.raw ?? '');
  return { type: 'footnoteReference', identifier: normalizeIdentifier(raw).toLowerCase(), label: unescapeAll(raw) };
}

// Links and images hold their fields in remark's order (title before url): fmt's lossless check compares trees as
// JSON, and a tree one reader built meets one the other built (a block remark reads again, a text the fast path
// declines).

/** An image, its alt the plain text of its label. */
function image(token: Token, inTable: boolean): PhrasingContent {
  const alt = toString(readInline(token.children ?? [], inTable));
  return { type: 'image', title: attr(token, 'title') ?? null, url: attr(token, 'src') ?? '', alt };
}

/** The emphasis, strong or link an opening token starts; the tokens up to its closing one are its children. */
function opened(token: Token): PhrasingContent & Parent {
  return token.type === 'em_open'
    ? { type: 'emphasis', children: [] }
    : token.type === 'strong_open'
      ? { type: 'strong', children: [] }
      : { type: 'link', title: attr(token, 'title') ?? null, url: attr(token, 'href') ?? '', children: [] };
}

/** Converts one inline token list. `inTable`: code spans in table cells read `\|` as `|` (mdast-util-gfm-table). */
export function readInline(tokens: readonly Token[], inTable = false): PhrasingContent[] {
  const root: Parent = { children: [] };
  const stack: Parent[] = [root];
  for (const token of tokens) {
    const parent = stack[stack.length - 1] ?? root;
    switch (token.type) {
      case 'text':
        appendText(parent, token.content);
        break;
      case 'softbreak':
        appendText(parent, '\n');
        break;
      case 'hardbreak':
        parent.children.push({ type: 'break' });
        break;
      case 'code_inline':
        parent.children.push({
          type: 'inlineCode',
          value: inTable ? token.content.replace(/\\\|/g, '|') : token.content,
        });
        break;
      case 'html_inline':
        parent.children.push({ type: 'html', value: token.content });
        break;
      case FOOTNOTE_CALL:
        parent.children.push(footnoteReference(token));
        break;
      case 'image':
        parent.children.push(image(token, inTable));
        break;
      case 'em_open':
      case 'strong_open':
      case 'link_open': {
        const node = opened(token);
        parent.children.push(node);
        stack.push(node);
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close':
        stack.pop();
        break;
      default:
        unsupported(`inline token ${token.type}`);
    }
  }
  return root.children;
}

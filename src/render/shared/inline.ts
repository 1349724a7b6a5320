// mdast phrasing content → styled runs of text, the input of line breaking. Also numbers the footnotes in order of
// first reference, the way readers expect them.
import type { Definition, Nodes, Paragraph, PhrasingContent } from 'mdast';
import { drawableForm, isLayoutCharacter } from '../../brand/coverage.js';
import type { Policy } from '../../model/policy.js';
import { allSections } from '../../model/walk.js';
import { withSpacedReferenceLinks } from '../../parse/spaced-reference-links.js';

export type RunLink = { url: string } | { dest: string };

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  /** Drawn with a line under the text (insertions in a redline). */
  underline?: boolean;
  /** Text colour (#rrggbb) instead of the paragraph's; decorations take it too. */
  colour?: string;
  superscript?: boolean;
  link?: RunLink;
  /** A name (a person's, a role, an organisation's): never hyphenated, "A. Bakker" never "A. Bak-ker". */
  name?: boolean;
}

export interface Run {
  /** Text to set; "\n" alone is a forced line break. */
  text: string;
  style: RunStyle;
}

export const LINE_BREAK = '\n';

export interface InlineContext {
  /** Footnote identifier → display number. */
  footnotes: ReadonlyMap<string, number>;
  /** Link reference definitions of the document. */
  definitions: ReadonlyMap<string, Definition>;
  /** Named destinations that exist (clause and section ids), for `[see](#up.belang)` links. */
  destinations: ReadonlySet<string>;
  /** Whether the font can draw a character; others are replaced so no invisible .notdef glyph is set. */
  covers(codePoint: number): boolean;
}

/** Named destination of footnote `n`; ids cannot contain ':', so these never collide with clause ids. */
export function footnoteDestination(number: number): string {
  return `fn:${number}`;
}

/** Per `covers`, what it answers for each of the characters up to 0xff: 0 not asked yet, 1 drawn, 2 not. */
const drawnLatin1 = new WeakMap<(codePoint: number) => boolean, Uint8Array>();

/**
 * Whether cleanText leaves `text` as it is: every character printable Latin-1 (no control character; NFC leaves
 * Latin-1 alone, it holds no combining mark) that the font draws. Most of a policy's text is, and taking it a
 * character at a time was ~1% of a cold Word build's CPU; `covers` is asked once per character and function.
 */
function keptAsItIs(text: string, covers: (codePoint: number) => boolean): boolean {
  let drawn = drawnLatin1.get(covers);
  if (!drawn) {
    drawn = new Uint8Array(0x100);
    drawnLatin1.set(covers, drawn);
  }
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code > 0xff) return false;
    if (drawn[code] === 0) drawn[code] = covers(code) ? 1 : 2;
    if (drawn[code] === 2) return false;
  }
  return true;
}

/**
 * NFC, no control characters, and only characters the font can draw (src/brand/coverage.ts). Policy text a brand
 * cannot draw is refused before rendering (rule font-missing-glyphs); "?" is left only for wording from elsewhere.
 */
export function cleanText(text: string, covers: (codePoint: number) => boolean): string {
  return keptAsItIs(text, covers) ? text : cleanEachCharacter(text, covers);
}

/** cleanText a character at a time, as any text is taken (exported for its test: the same text either way). */
export function cleanEachCharacter(text: string, covers: (codePoint: number) => boolean): string {
  let out = '';
  for (const character of text.normalize('NFC')) {
    if (character === '\n' || character === '\t' || character === '\r' || character === ' ') out += ' ';
    else if (isLayoutCharacter(character)) continue;
    else out += drawableForm(character, covers) ?? '?';
  }
  return out;
}

function collapse(runs: Run[]): Run[] {
  // Markdown whitespace: runs of spaces collapse to one, and no line starts or ends with a space.
  const out: Run[] = [];
  let lastWasSpace = true;
  for (const run of runs) {
    if (run.text === LINE_BREAK) {
      const previous = out[out.length - 1];
      if (previous) previous.text = previous.text.replace(/ +$/, '');
      out.push(run);
      lastWasSpace = true;
      continue;
    }
    let text = run.style.code ? run.text : run.text.replace(/ {2,}/g, ' ');
    if (lastWasSpace) text = text.replace(/^ +/, '');
    if (text.length === 0) continue;
    lastWasSpace = text.endsWith(' ');
    out.push({ text, style: run.style });
  }
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/ +$/, '');
  return out.filter((run) => run.text.length > 0);
}

/**
 * Styled runs for inline content; `base` applies to all of it (e.g. bold for headings). A link written the original
 * Markdown way, `[text] [4]`, is set as the link "text", as the clause text reads it (spaced-reference-links.ts).
 */
export function toRuns(inline: readonly PhrasingContent[], context: InlineContext, base: RunStyle = {}): Run[] {
  const nodes = (withSpacedReferenceLinks({ type: 'paragraph', children: [...inline] }) as Paragraph).children;
  const runs: Run[] = [];
  const add = (text: string, style: RunStyle): void => {
    const cleaned = cleanText(text, context.covers);
    if (cleaned.length > 0) runs.push({ text: cleaned, style });
  };
  const visit = (node: PhrasingContent, style: RunStyle): void => {
    switch (node.type) {
      case 'text':
        add(node.value, style);
        break;
      case 'emphasis':
        for (const child of node.children) visit(child, { ...style, italic: true });
        break;
      case 'strong':
        for (const child of node.children) visit(child, { ...style, bold: true });
        break;
      case 'delete':
        for (const child of node.children) visit(child, { ...style, strike: true });
        break;
      case 'inlineCode':
        add(node.value, { ...style, code: true });
        break;
      case 'break':
        runs.push({ text: LINE_BREAK, style });
        break;
      case 'link':
        for (const child of node.children)
          visit(child, { ...style, link: linkTarget(node.url, context) ?? style.link });
        break;
      case 'linkReference': {
        const definition = context.definitions.get(node.identifier.toLowerCase());
        const link = definition ? linkTarget(definition.url, context) : undefined;
        for (const child of node.children) visit(child, link ? { ...style, link } : style);
        break;
      }
      case 'footnoteReference': {
        const number = context.footnotes.get(node.identifier.toLowerCase());
        if (number !== undefined)
          runs.push({
            text: String(number),
            style: { ...style, superscript: true, link: { dest: footnoteDestination(number) } },
          });
        break;
      }
      case 'image':
      case 'imageReference':
        if (node.alt) add(`[${node.alt}]`, { ...style, italic: true });
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value.trim())) runs.push({ text: LINE_BREAK, style });
        break;
      default:
        break;
    }
  };
  for (const node of nodes) visit(node, base);
  return collapse(runs);
}

function linkTarget(url: string, context: InlineContext): RunLink | undefined {
  if (url.startsWith('#')) {
    const dest = decodeURIComponent(url.slice(1));
    return context.destinations.has(dest) ? { dest } : undefined;
  }
  // Only schemes a reader can follow; javascript: and friends are not links in a policy.
  return /^(https?:|mailto:|tel:)/i.test(url) || /^www\./i.test(url)
    ? { url: url.startsWith('www.') ? `https://${url}` : url }
    : undefined;
}

/** Plain text of runs (for outlines, tags and measurements). */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => (run.text === LINE_BREAK ? ' ' : run.text)).join('');
}

function walkPhrasing(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walkPhrasing(child, visit);
}

/** Footnote numbers in order of first reference; footnotes never referenced follow, so no text is lost. */
export function numberFootnotes(policy: Policy): Map<string, number> {
  const numbers = new Map<string, number>();
  const note = (node: Nodes): void => {
    if (node.type === 'footnoteReference') {
      const key = node.identifier.toLowerCase();
      if (!numbers.has(key) && policy.footnotes[key] !== undefined) numbers.set(key, numbers.size + 1);
    }
  };
  const visitClauses = (clauses: Policy['preamble']['clauses']): void => {
    for (const clause of clauses) {
      for (const block of clause.content) walkPhrasing(block, note);
      visitClauses(clause.children);
    }
  };
  for (const section of allSections(policy)) {
    for (const node of section.heading) walkPhrasing(node, note);
    visitClauses(section.clauses);
  }
  for (const key of Object.keys(policy.footnotes)) {
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  }
  return numbers;
}

/** Link reference definitions (`[label]: https://…`) anywhere in the document. */
export function collectDefinitions(policy: Policy): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  walkPhrasing(policy.tree, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier.toLowerCase()))
      definitions.set(node.identifier.toLowerCase(), node);
  });
  return definitions;
}

/** One run of plain text (cover lines, header, table cells we write ourselves), cleaned like Markdown text. */
export function plainRuns(text: string, covers: (codePoint: number) => boolean, style: RunStyle = {}): Run[] {
  const cleaned = cleanText(text, covers).replace(/ {2,}/g, ' ').trim();
  return cleaned ? [{ text: cleaned, style }] : [];
}

// A law export's titles written `####Titel`, with no space after the hashes: CommonMark reads such a line as text, a
// reader as a title (issue 73 item 5). Alone in its paragraph it is a heading; right after a paragraph's last line,
// with no blank line between ("Besluit:" then "###Hoofdstuk 1", as the CBS and LBIO exports write them), it is one
// too, not the end of the sentence before it.
import type { Paragraph, PhrasingContent } from 'mdast';
import { HASH_TITLE, HASH_TITLE_LINE } from '../../text/hash-titles.js';
import type { Inline } from '../blocks.js';

/**
 * The heading level of a one-line paragraph written `####Titel` (CommonMark wants a space after the hashes, so it reads
 * such a line as text; law exports write titles so): a title, never a clause starting with "####". Undefined for any
 * other paragraph.
 */
export function hashHeading(node: Paragraph, inlines: readonly Inline[]): number | undefined {
  const first = node.children[0];
  if (first?.type !== 'text' || node.position?.start.line !== node.position?.end.line) return undefined;
  const hashes = HASH_TITLE.exec(first.value)?.[1];
  return hashes && inlines[0]?.text.startsWith(hashes) ? hashes.length : undefined;
}

/** The inlines without the leading hashes of a `####Titel` line. */
export function withoutHashes(inlines: readonly Inline[]): Inline[] {
  const [first, ...rest] = inlines;
  if (!first) return [];
  const text = first.text.replace(HASH_TITLE, '');
  return text === '' ? rest : [{ ...first, text }, ...rest];
}

/** How many line ends a phrasing node's text holds (a link or emphasis across lines). */
function lineEnds(node: PhrasingContent): number {
  if (node.type === 'break') return 1;
  if ('value' in node && typeof node.value === 'string') return node.value.split('\n').length - 1;
  if ('children' in node) return (node.children as PhrasingContent[]).reduce((sum, child) => sum + lineEnds(child), 0);
  return 0;
}

/** Paragraph pieces as they are gathered: the nodes of each and the source lines it spans. */
class Pieces {
  readonly done: Paragraph[] = [];
  private nodes: PhrasingContent[] = [];
  private from: number;

  constructor(private line: number) {
    this.from = line;
  }

  add(node: PhrasingContent): void {
    this.nodes.push(node);
    this.line += lineEnds(node);
  }

  /** Ends the piece gathered so far at the line end before the next line, which starts a piece of its own. */
  newLine(): void {
    this.close(this.line);
    this.line += 1;
    this.from = this.line;
  }

  close(to = this.line): void {
    if (this.nodes.length === 0) return;
    const position = { start: { line: this.from, column: 1 }, end: { line: to, column: 1 } };
    this.done.push({ type: 'paragraph', children: this.nodes, position });
    this.nodes = [];
  }
}

/**
 * A paragraph split before each of its later lines that is a `##Titel` line, and after it: the text before, the title
 * line alone (read by hashHeading as a heading) and the text after, each a paragraph of its own. The paragraph itself
 * where no later line is one.
 */
export function splitAtHashTitles(node: Paragraph): Paragraph[] {
  const start = node.position?.start.line;
  if (start === undefined || node.position?.end.line === start) return [node];
  // A line starts after a line end in a text, or after a hard break ("Besluit:" with two spaces after it).
  const lineStart = (index: number, at: number): boolean => index > 0 || node.children[at - 1]?.type === 'break';
  const titled = node.children.some(
    (child, at) =>
      child.type === 'text' &&
      child.value.split('\n').some((line, index) => lineStart(index, at) && HASH_TITLE_LINE.test(line)),
  );
  if (!titled) return [node];
  const pieces = new Pieces(start);
  // After a title line the next line starts a piece of its own: its line end was counted with the title.
  let afterTitle = false;
  node.children.forEach((child, at) => {
    if (child.type !== 'text') {
      // The hard break before a title line ends the piece before it.
      if (!(child.type === 'break' && startsWithTitle(node.children[at + 1]))) pieces.add(child);
      afterTitle = false;
      return;
    }
    child.value.split('\n').forEach((text, index) => {
      if (lineStart(index, at) && HASH_TITLE_LINE.test(text)) {
        if (!afterTitle) pieces.newLine();
        pieces.add({ type: 'text', value: text });
        pieces.newLine();
        afterTitle = true;
        return;
      }
      if (index > 0 && !afterTitle) pieces.add({ type: 'text', value: '\n' });
      if (text !== '') pieces.add({ type: 'text', value: text });
      afterTitle = afterTitle && text === '';
    });
  });
  pieces.close();
  return pieces.done;
}

/** A text that opens with a `##Titel` line. */
const startsWithTitle = (node: PhrasingContent | undefined): boolean =>
  node?.type === 'text' && HASH_TITLE_LINE.test(node.value);

// The Markdown a published document carries inside it (the Word document's source part, src/render/docx/source.ts;
// the PDF/A's attachment): the source without its HTML comments. They are notes for the authors (docs/format.md),
// and a document sent round or published must not carry them to its readers.
import type { Html, Nodes } from 'mdast';
import type { Policy } from '../../model/policy.js';
import { isAuthorNote } from '../../text/html-text.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';

type Range = { start: number; end: number };

/**
 * Where a note stands in the source. The fast parse path gives inline HTML no position: it is then found in its
 * paragraph after the sibling before it, as written (a line's indent or quote marks may stand inside it).
 */
function noteRange(source: string, node: Html, after: number, within: number): Range | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) return { start, end };
  const at = source.indexOf(node.value, after);
  if (at >= 0 && at + node.value.length <= within) return { start: at, end: at + node.value.length };
  const escaped = node.value.trim().split(/\s+/).map(escapeRegExp);
  const pattern = new RegExp(escaped.join('[\\s>]+'), 'g');
  pattern.lastIndex = after;
  const found = pattern.exec(source);
  return found && found.index + found[0].length <= within
    ? { start: found.index, end: found.index + found[0].length }
    : undefined;
}

/** Source ranges of the policy's comment-only HTML, last first. */
function noteRanges(policy: Policy): Range[] {
  const ranges: Range[] = [];
  /** Visits a node; gives where it ends in the source, as far as known. */
  const visit = (node: Nodes, after: number, within: number): number => {
    if (node.type === 'html' && isAuthorNote(node.value)) {
      const range = noteRange(policy.source, node, after, within);
      if (range) ranges.push(range);
      return range?.end ?? after;
    }
    const end = node.position?.end.offset;
    if ('children' in node) {
      let cursor = node.position?.start.offset ?? after;
      for (const child of node.children as Nodes[]) cursor = Math.max(cursor, visit(child, cursor, end ?? within));
      return end ?? cursor;
    }
    return end ?? after;
  };
  visit(policy.tree, 0, policy.source.length);
  return ranges.sort((a, b) => b.start - a.start);
}

/** The source without its HTML comments; a comment on lines of its own goes with its line. */
export function publishedSource(policy: Policy): string {
  let text = policy.source;
  for (const { start, end } of noteRanges(policy)) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    const alone =
      text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd < 0 ? undefined : lineEnd).trim() === '';
    if (alone) {
      const after = lineEnd < 0 ? text.length : lineEnd + 1;
      // A blank line before and after the comment becomes one.
      const blankAround = text.slice(0, lineStart).endsWith('\n\n') && /^[ \t]*\n/.test(text.slice(after));
      text = text.slice(0, lineStart) + text.slice(blankAround ? text.indexOf('\n', after) + 1 : after);
    } else {
      // A note at the end of a line takes the spaces before it along.
      const endsLine = text.slice(end, lineEnd < 0 ? undefined : lineEnd).trim() === '';
      const from = endsLine ? start - (/[ \t]*$/.exec(text.slice(lineStart, start))?.[0].length ?? 0) : start;
      text = text.slice(0, from) + text.slice(end);
    }
  }
  return text;
}

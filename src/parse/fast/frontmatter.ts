// YAML frontmatter the way micromark-extension-frontmatter reads it: `---` (then spaces or tabs) on the very first
// line, closed by the next line that is `---` (then spaces or tabs).
import type { Yaml } from 'mdast';
import type { LineIndex } from './lines.js';
import { blankKeepingLineBreaks, FENCE } from '../fence.js';
import { unsupported } from './unsupported.js';

export interface SplitFrontmatter {
  node?: Yaml;
  /** The source with the frontmatter blanked out (same length, same line breaks), for the Markdown parser. */
  body: string;
}

export function splitFrontmatter(source: string, lines: LineIndex): SplitFrontmatter {
  if (!source.startsWith('---') || lines.starts.length < 2 || !FENCE.test(source.slice(0, lines.lineEnd(0))))
    return { body: source };
  for (let line = 1; line < lines.starts.length; line++) {
    const start = lines.starts[line] ?? 0;
    const end = lines.lineEnd(line);
    if (source.charCodeAt(start) !== 45 || !FENCE.test(source.slice(start, end))) continue;
    // As mdast-util-frontmatter: the text from the opening fence's line ending on, less one line ending each side.
    const value = source.slice(lines.lineEnd(0), start).replace(/^\n|\n$/g, '');
    const node: Yaml = { type: 'yaml', value, position: { start: lines.pointOn(0, 0), end: lines.pointOn(line, end) } };
    // Spaces keep every offset and line number of the rest as they are; a line of spaces is a blank line.
    const body = blankKeepingLineBreaks(source.slice(0, end)) + source.slice(end);
    return { node, body };
  }
  // An opening fence without a closing one leaves micromark's frontmatter construct pending: it then recognises no
  // block quote or list anywhere in the document. Only remark reproduces that.
  return unsupported('an unclosed frontmatter fence');
}

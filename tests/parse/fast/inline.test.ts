// Inline nodes of the fast path as remark builds them, down to the order of their fields: fmt's lossless check
// compares trees as JSON, so a link with its url before its title reads as changed next to remark's.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/parse/index.js';
import { parseMarkdownFast } from '../../../src/parse/fast/index.js';

/** The tree as JSON without positions (the fast path leaves most inline ones out). */
const json = (tree: unknown): string => JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value));

describe('inline nodes of the fast path', () => {
  it.each([
    ['a link with a title', '[beleid](https://example.nl/b "titel")\n'],
    ['a link without a title', '[beleid](b)\n'],
    ['an autolink', 'zie <https://example.nl/pad?a=1&b=2>\n'],
    ['an image', '![logo *school*](beeld.png "titel")\n'],
    ['a link in a heading, table cell and list item', '# [a](u)\n\n| [b](v) |\n| - |\n\n- ![c](w)\n'],
  ])('%s: the same JSON as remark', (_name, source) => {
    const fast = parseMarkdownFast(source);
    expect(fast).toBeDefined();
    expect(json(fast)).toBe(json(parseMarkdown(source, 'remark')));
  });
});

// `[text] [label]` read as the one link the author wrote (src/parse/spaced-reference-links.ts): a copy of the node
// where there is such a pair, the original left as it was; the node itself where there is none (nothing to copy).
import type { Paragraph, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { withSpacedReferenceLinks } from '../../src/parse/spaced-reference-links.js';
import { parseMarkdown } from '../../src/parse/index.js';

const firstParagraph = (markdown: string): Paragraph =>
  (parseMarkdown(markdown, 'remark') as Root).children[0] as Paragraph;

describe('withSpacedReferenceLinks', () => {
  it('joins a spaced pair into one link in a copy, leaving the tree as it was', () => {
    const paragraph = firstParagraph('Zie ["de regeling"] [4] hier.\n\n[4]: https://example.org\n');
    const before = structuredClone(paragraph);
    const read = withSpacedReferenceLinks(paragraph) as Paragraph;
    expect(read).not.toBe(paragraph);
    expect(read.children.map((child) => child.type)).toEqual(['text', 'linkReference', 'text']);
    expect(paragraph).toEqual(before);
  });

  it('gives the node itself where it holds no such pair', () => {
    const paragraph = firstParagraph(
      'Gewone *tekst* met [een link](https://example.org) en [4].\n\n[4]: https://x.nl\n',
    );
    expect(withSpacedReferenceLinks(paragraph)).toBe(paragraph);
  });
});

// The remark reader every parse falls back to (src/parse/remark.ts): remark-parse with YAML frontmatter and GFM, the
// same processor the parser and the fast path use, frozen so no caller can add a plugin to everyone's reader.
import { describe, expect, it } from 'vitest';
import { processor as parserProcessor } from '../../src/parse/index.js';
import { processor } from '../../src/parse/remark.js';

describe('the remark processor', () => {
  it('reads YAML frontmatter and GFM: tables, footnotes, strikethrough, web addresses', () => {
    const tree = processor.parse(
      '---\ntitle: x\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n~~weg~~ zie www.school.nl en[^1]\n\n[^1]: noot\n',
    );
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'table', 'paragraph', 'footnoteDefinition']);
    const paragraph = tree.children[2];
    const kinds = paragraph?.type === 'paragraph' ? paragraph.children.map((node) => node.type) : [];
    expect(kinds).toEqual(['delete', 'text', 'link', 'text', 'footnoteReference']);
  });

  it('carries nothing from one parse to the next: A read again after B is read as before', () => {
    // micromark keeps the link and footnote definitions a parse has seen on its parse context: a reader that shared one
    // context across calls would read A's `[x]` and `[^1]` after B as a link and a footnote call.
    const a = 'Kop\n===\n\nZie [x] en [^1].\n';
    const b = '[x]: https://b.nl\n\n[^1]: noot\n';
    const first = JSON.stringify(processor.parse(a));
    expect(processor.parse(b).children.map((node) => node.type)).toEqual(['definition', 'footnoteDefinition']);
    const again = processor.parse(a);
    expect(JSON.stringify(again)).toBe(first);
    expect(again.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
    const paragraph = again.children[1];
    const kinds = paragraph?.type === 'paragraph' ? paragraph.children.map((node) => node.type) : [];
    expect(kinds).toEqual(['text']);
  });

  it('is the one the parser uses, and frozen', () => {
    expect(parserProcessor).toBe(processor);
    expect(() => processor.use(() => undefined)).toThrow(/frozen/);
  });
});

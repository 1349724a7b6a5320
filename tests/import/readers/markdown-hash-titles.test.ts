// A law export's `###Titel` line typed right after a paragraph's last line (src/import/readers/markdown-hash-titles.ts):
// the paragraph is split before and after it, each piece on its own source lines, so the title reads as a heading.
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { splitAtHashTitles } from '../../../src/import/readers/markdown-hash-titles.js';
import { parsePolicy } from '../../../src/parse/index.js';

/** The first paragraph of `markdown`, as the import's Markdown reader gets it. */
function paragraph(markdown: string): Paragraph {
  const { tree } = parsePolicy(markdown, { path: 'export.md', markdown: 'remark' }).policy;
  return tree?.children.find((node) => node.type === 'paragraph') as Paragraph;
}

/** Each piece's first and last source line and its nodes (a text by its value). */
const pieces = (markdown: string) =>
  splitAtHashTitles(paragraph(markdown)).map((piece) => [
    piece.position?.start.line,
    piece.position?.end.line,
    piece.children.map((node) => (node.type === 'text' ? node.value : node.type)),
  ]);

describe('splitAtHashTitles', () => {
  it('splits before a title line after a hard break and after a soft one, and after the title', () => {
    expect(pieces('Besluit:  \n###Hoofdstuk 1\n')).toEqual([
      [1, 1, ['Besluit:']],
      [2, 2, ['###Hoofdstuk 1']],
    ]);
    expect(pieces('Gelet op de wet;\nBesluit:\n###Hoofdstuk 1\nDe tekst.\n')).toEqual([
      [1, 2, ['Gelet op de wet;', '\n', 'Besluit:']],
      [3, 3, ['###Hoofdstuk 1']],
      [4, 4, ['De tekst.']],
    ]);
  });

  it('keeps the lines right across emphasis that spans a line end, and takes two titles in a row apart', () => {
    expect(pieces('Met *nadruk\nover* regels\n###Titel\n')).toEqual([
      [1, 2, ['Met ', 'emphasis', ' regels']],
      [3, 3, ['###Titel']],
    ]);
    expect(pieces('Eerst\n###Een\n###Twee\nDaarna\n')).toEqual([
      [1, 1, ['Eerst']],
      [2, 2, ['###Een']],
      [3, 3, ['###Twee']],
      [4, 4, ['Daarna']],
    ]);
  });

  it('leaves a paragraph whole where no later line is a title: a hashtag, one hash, a one-line paragraph', () => {
    for (const markdown of [
      'Gebruik de hashtag\n#onzeschool in berichten.\n',
      'Zie ook\n##stap twee in kleine letters.\n',
      '####Begripsbepalingen\n',
    ]) {
      const node = paragraph(markdown);
      expect(splitAtHashTitles(node), markdown).toEqual([node]);
    }
  });
});

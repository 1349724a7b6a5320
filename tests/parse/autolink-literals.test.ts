// remark-gfm's search for web and e-mail addresses in text runs only on trees that may hold one
// (src/parse/autolink-literals.ts). The guard must be in place in the parser (a remark-gfm update that changes the
// extension's shape would silently drop it), and every address must still become a link, however it is written.
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { addressTransforms } from '../../src/parse/autolink-literals.js';
import { parseMarkdown, processor } from '../../src/parse/index.js';

const links = (node: Nodes): string[] => [
  ...(node.type === 'link' ? [node.url] : []),
  ...('children' in node ? (node.children as Nodes[]).flatMap(links) : []),
];

describe('address linking in the remark parser', () => {
  it('runs remark-gfm address linking through the guard', () => {
    expect(addressTransforms(processor.data('fromMarkdownExtensions'))).toEqual({ guarded: 1, unguarded: 0 });
  });

  it('still links every kind of address, also one written with a character reference', () => {
    const tree = parseMarkdown(
      [
        'Mail naar info@school.nl of kijk op www.school.nl.',
        '',
        'Zie HTTPS://school.nl/beleid en mailto:ouders@school.nl.',
        '',
        'Of schrijf naar directie&#64;school.nl.',
      ].join('\n'),
      'remark',
    );
    expect(links(tree)).toEqual([
      'mailto:info@school.nl',
      'http://www.school.nl',
      'HTTPS://school.nl/beleid',
      'mailto:ouders@school.nl',
      'mailto:directie@school.nl',
    ]);
  });

  it('leaves text without an address as text', () => {
    const tree = parseMarkdown('Leerlingen en ouders worden o.a. via de nieuwsbrief geïnformeerd.\n', 'remark');
    expect(links(tree)).toEqual([]);
  });
});

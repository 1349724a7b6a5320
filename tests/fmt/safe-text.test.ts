// safeText (src/fmt/safe-text.ts) stands in for mdast-util-to-markdown's `safe` on text nodes: it must escape exactly
// as `safe` does in every construct a text can stand in, and skip the library's pattern-by-pattern scan where there
// is nothing to escape.
import type { Root, Text } from 'mdast';
import { toMarkdown, type State } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { describe, expect, it } from 'vitest';
import { safeText } from '../../src/fmt/safe-text.js';

const TEXTS = [
  'De leerling meldt de ouder op dag 17.',
  'Artikel 12',
  'zie www.example.nl of mail info@school.nl',
  'https://example.nl/pad',
  '*vet* en _schuin_ en `code` en ~weg~',
  '1. geen lijst',
  '# geen kop',
  'C#',
  'a\\b en \\*',
  'tekst met [haken] en ![beeld] en <html> &amp; &#1;',
  'regel\nnieuwe regel\r\nen nog een',
  '  spaties  ',
  '\tmet tab',
  'a | b',
  '- streep',
  '+ plus',
  '= gelijk',
  'intra_word_underscores',
  '',
];

/** A tree that puts `value` in each place a text can stand: paragraph, heading, emphasis, link, table cell, footnote. */
function treeWith(value: string): Root {
  const text = (): Text => ({ type: 'text', value });
  return {
    type: 'root',
    children: [
      { type: 'paragraph', children: [text()] },
      { type: 'heading', depth: 2, children: [text()] },
      { type: 'paragraph', children: [{ type: 'emphasis', children: [text()] }, text()] },
      { type: 'paragraph', children: [{ type: 'link', url: 'https://example.nl', children: [text()] }] },
      { type: 'paragraph', children: [{ type: 'link', url: value, children: [{ type: 'text', value }] }] },
      {
        type: 'table',
        children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [text()] }] }],
      },
      { type: 'footnoteDefinition', identifier: '1', children: [{ type: 'paragraph', children: [text()] }] },
    ],
  };
}

/** Writes `tree` with a text handler that compares safeText with the library's safe, counting the library's calls. */
function compareOn(tree: Root): { mismatches: string[]; librarySafeCalls: number; texts: number } {
  const mismatches: string[] = [];
  let librarySafeCalls = 0;
  let texts = 0;
  toMarkdown(tree, {
    extensions: [gfmToMarkdown()],
    handlers: {
      text(node: Text, _parent, state: State, info) {
        texts++;
        const config = { ...info, before: info.before, after: info.after };
        const expected = state.safe(node.value, config);
        const librarySafe = state.safe;
        state.safe = (value, options) => {
          librarySafeCalls++;
          return librarySafe.call(state, value, options);
        };
        const got = safeText(state, node.value, config);
        state.safe = librarySafe;
        if (got !== expected) mismatches.push(`${JSON.stringify(node.value)} in ${state.stack.join('>')}: ${got}`);
        return expected;
      },
    },
  });
  return { mismatches, librarySafeCalls, texts };
}

describe('safeText', () => {
  it('escapes exactly as mdast-util-to-markdown does, in every construct', () => {
    const mismatches = TEXTS.flatMap((value) => compareOn(treeWith(value)).mismatches);
    expect(mismatches).toEqual([]);
  });

  it('leaves the library alone for a text with nothing to escape', () => {
    const { librarySafeCalls, texts } = compareOn({
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'De leerling meldt de ouder op dag 17.' }] }],
    });
    expect(texts).toBe(1);
    expect(librarySafeCalls).toBe(0);
  });

  it('hands a text with something to escape to the library', () => {
    const { librarySafeCalls } = compareOn({
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'een *ster*' }] }],
    });
    expect(librarySafeCalls).toBe(1);
  });
});

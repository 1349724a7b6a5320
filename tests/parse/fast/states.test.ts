// The light states must push the very tokens markdown-it's own states push: same fields in the same order, same
// values, same prototype.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { LightBlockState, LightInlineState, LightToken } from '../../../src/parse/fast/states.js';

const document = [
  '# Titel {#t}',
  '',
  'Ein *Absatz* mit **Betonung**, `Code`, [Link](https://example.org "t") und ![Bild](b.png).',
  'Zweite Zeile  ',
  'nach hartem Umbruch.',
  '',
  '1. eins',
  '   - zwei <b>fett</b>',
  '',
  '> Zitat &amp; Ende',
  '',
  '| a | b |',
  '|---|:-:|',
  '| 1 | _2_ |',
  '',
  '```js',
  'code',
  '```',
  '',
].join('\n');

/** Every own field of every token, children included, in order. */
function fields(tokens: readonly Token[]): unknown[] {
  return tokens.map((token) => ({
    keys: Object.keys(token),
    isToken: Object.getPrototypeOf(token) === MarkdownIt.Token.prototype,
    ...token,
    children: token.children ? fields(token.children) : null,
  }));
}

describe('light markdown-it states', () => {
  it('make tokens with the fields, values and prototype of markdown-it tokens', () => {
    const light = new LightToken('paragraph_open', 'p', 1);
    const original = new MarkdownIt.Token('paragraph_open', 'p', 1);
    expect(Object.keys(light)).toEqual(Object.keys(original));
    expect({ ...light }).toEqual({ ...original });
    expect(light).toBeInstanceOf(MarkdownIt.Token);
    expect(light.attrGet('x')).toBeNull();
  });

  it('mark the lines markdown-it marks, with the same fields in the same order', () => {
    const md = new MarkdownIt('commonmark');
    const fields = (state: object): unknown => ({ keys: Object.keys(state), ...state, md: undefined });
    // Blank lines, indentation with tabs, a last line without a line ending, one of only spaces, nothing at all.
    for (const source of ['', 'a', 'a\n', '  a\n\n \t b\n\tc', 'a\n   ', 'a\n  \n', '\n\n', ' x ', document]) {
      const light = new LightBlockState(source, md, {}, []);
      expect(fields(light), JSON.stringify(source)).toEqual(fields(new MarkdownIt.StateBlock(source, md, {}, [])));
      expect(light).toBeInstanceOf(MarkdownIt.StateBlock);
    }
  });

  it('push the tokens markdown-it pushes for a document with every construct', () => {
    const plain = new MarkdownIt('commonmark', { html: true }).enable(['table']);
    const light = new MarkdownIt('commonmark', { html: true }).enable(['table']);
    light.block.State = LightBlockState;
    light.inline.State = LightInlineState;
    expect(fields(light.parse(document, {}))).toEqual(fields(plain.parse(document, {})));
  });
});

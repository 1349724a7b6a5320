// The shortcut for plain inline content must give what markdown-it's inline rules give, read the way readInline
// reads it: checked against markdown-it itself on hand-picked and generated content, plain or not.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/parse/fast/engine.js';
import { readInline } from '../../../src/parse/fast/inline.js';
import { isPlainInline } from '../../../src/parse/fast/plain-inline.js';

const reference = new MarkdownIt('commonmark', { html: true });
const ours = createEngine();

/** What markdown-it's own inline rules make of `content`, as mdast. */
const byRules = (content: string) => readInline(reference.parseInline(content, {})[0]?.children ?? []);
const byOurs = (content: string) => readInline(ours.parseInline(content, {})[0]?.children ?? []);

describe('plain inline content', () => {
  it('is words, punctuation that opens nothing and line endings without spaces around them', () => {
    expect(isPlainInline('§ 1 Beginn der Rechtsfähigkeit: {#s1} 50% + 3 = x, #2 (a) > b')).toBe(true);
    expect(isPlainInline('erste Zeile\nzweite Zeile')).toBe(true);
    expect(isPlainInline('')).toBe(true);
    // A tab between words is text to markdown-it (and to micromark).
    expect(isPlainInline('a.\twegens strijd\nb.\tmet')).toBe(true);
    for (const content of ['a *b*', 'a_b', 'a `b`', '[a]', 'a!', 'a\\.', 'a &amp; b', 'a <b>', 'a ~b~'])
      expect(isPlainInline(content), content).toBe(false);
    // A hard break, a space or tab the soft break drops, the next line's indentation the soft break drops.
    for (const content of ['a  \nb', 'a \nb', 'a\n b', 'a\t\nb', 'a\n\tb'])
      expect(isPlainInline(content), content).toBe(false);
  });

  it('reads as one text holding the content, as markdown-it reads it', () => {
    const content = 'Der Schuldner ist verpflichtet,\ndie Leistung nach Treu und Glauben: § 242.';
    expect(byRules(content)).toEqual([{ type: 'text', value: content }]);
    expect(byOurs(content)).toEqual([{ type: 'text', value: content }]);
  });

  it('gives what markdown-it gives for generated content, plain or not', () => {
    // Mostly what plain content is made of, so that much of it is plain; now and then something that is not.
    const character = fc.oneof(
      { arbitrary: fc.constantFrom(...'ab §1.:#{}-+=>@$%^', ' ', ' ', '\n', '\t'), weight: 30 },
      { arbitrary: fc.constantFrom('*', '_', '[', ']', '!', '`', '\\', '&', '<', '~'), weight: 1 },
    );
    const content = fc.array(character, { maxLength: 40 }).map((characters) =>
      characters
        .join('')
        .trim()
        .replace(/\n{2,}/g, '\n'),
    );
    let plain = 0;
    fc.assert(
      fc.property(content, (text) => {
        if (isPlainInline(text)) plain++;
        expect(byOurs(text)).toEqual(byRules(text));
      }),
      { numRuns: 400 },
    );
    // Both kinds must have been met, or the comparison proved little.
    expect(plain).toBeGreaterThan(20);
    expect(plain).toBeLessThan(380);
  });
});

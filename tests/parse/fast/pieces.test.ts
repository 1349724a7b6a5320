// Reading a long document in pieces must give the tree remark gives for the whole: footnote calls before their
// definitions (in a later piece) included, and a document whose announced definitions were not definitions read
// again whole.
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/parse/fast/lines.js';
import { footnoteLabels, PIECE_LENGTH, pieceStarts } from '../../../src/parse/fast/pieces.js';
import { expectTakenAsRemark } from '../fast-compare.js';

/** Articles of a law, long enough for several pieces, with `extra` lines after the first article. */
function law(extra: string[]): string {
  const article = (n: number): string[] => [
    `## § ${n} Artikel`,
    '',
    `(1) Der Text des Artikels ${n}, hart umbrochen wie in einem Gesetz,`,
    '    mit einer Fortsetzungszeile und einer Liste:',
    '',
    '1.  erstens,',
    '2.  zweitens.',
    '',
    '> Ein Zitat.',
    '',
  ];
  const articles = Array.from({ length: 400 }, (_, index) => article(index + 1));
  return ['# Gesetz', '', ...(articles[0] ?? []), ...extra, '', ...articles.slice(1).flat(), ''].join('\n');
}

const pieces = (source: string): number => pieceStarts(source, new LineIndex(source)).length;

describe('reading a long document in pieces', () => {
  it('cuts only before a heading after a blank line, each piece at least PIECE_LENGTH long', () => {
    const source = law([]);
    const lines = new LineIndex(source);
    const starts = pieceStarts(source, lines);
    expect(starts.length).toBeGreaterThan(2);
    let previous = 0;
    for (const line of starts) {
      expect(source.charAt(lines.starts[line] ?? 0)).toBe('#');
      expect(source.slice(lines.starts[line - 1], lines.lineEnd(line - 1)).trim()).toBe('');
      expect((lines.starts[line] ?? 0) - previous).toBeGreaterThanOrEqual(PIECE_LENGTH);
      previous = lines.starts[line] ?? 0;
    }
    expect(pieces(`${source}\n\`\`\`\ncode\n\`\`\`\n`)).toBe(0);
    expect(pieces(`${source}\n<!-- note\n\n# not a heading -->\n`)).toBe(0);
  });

  it('reads a call in the first piece as a reference to a definition in the last', () => {
    const source = `${law(['Siehe die Anmerkung.[^a]'])}[^a]: Die Anmerkung.\n`;
    expect(pieces(source)).toBeGreaterThan(2);
    const fast = expectTakenAsRemark(source);
    expect(JSON.stringify(fast)).toContain('"footnoteReference"');
  });

  it('reads the document again whole when a line that opened like a definition was none', () => {
    // Indented code that looks like a definition: announced, but never read as one, so `[^b]` is no call.
    const source = law(['Siehe [^b] und [^c].[^c]', '', '    [^b]: kein Fußnotentext', '', '[^c]: Anmerkung.']);
    expect(pieces(source)).toBeGreaterThan(2);
    expect(footnoteLabels(source, new LineIndex(source))).toEqual(new Set(['B', 'C']));
    const fast = expectTakenAsRemark(source);
    expect(JSON.stringify(fast)).toContain('Siehe [^b] und ');
  });
});

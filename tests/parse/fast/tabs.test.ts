// Which lines with tabs the fast path reads itself (src/parse/fast/tabs.ts), the columns it counts them as, and that
// what it reads of the civil code's shape is remark's tree. The generated comparisons are in
// tests/parse/fast-property.test.ts (tabbedDocument, tabSoup).
import { describe, expect, it } from 'vitest';
import { explainFastPath } from '../../../src/parse/fast/index.js';
import {
  checkTabbedLines,
  columnAfterWhitespace,
  columnOf,
  isReadableTabbedLine,
} from '../../../src/parse/fast/tabs.js';
import { expectTakenAsRemark } from '../fast-compare.js';

const readable = (line: string): boolean => isReadableTabbedLine(line, 0, line.length);

describe('lines with tabs', () => {
  it('reads indentation, one tab after a list marker and tabs inside the text', () => {
    for (const line of [
      '1.\tDe Staat',
      '\ta.\twegens strijd;',
      ' \t- x',
      '-\tx',
      '123456789)\tx',
      '#\tKop',
      'a\tb  ',
      '1234567890.\t\tx',
    ])
      expect(readable(line), JSON.stringify(line)).toBe(true);
  });

  it('leaves to remark a tab before the line end, two after a marker, a line of only whitespace', () => {
    for (const line of ['a\t', 'a \t ', '1.\t\tcode', '-\t x', '\t', ' \t '])
      expect(readable(line), JSON.stringify(line)).toBe(false);
    expect(() => checkTabbedLines('a\nb\t\nc')).toThrow(/partly used up/);
    expect(() => checkTabbedLines('1.\ta\n\tb.\tc\n')).not.toThrow();
  });

  it('counts columns with tab stops of 4', () => {
    expect(columnAfterWhitespace(' \tx', 0, 3, 0)).toBe(4);
    expect(columnAfterWhitespace('\t\tx', 0, 3, 0)).toBe(8);
    expect(columnAfterWhitespace('1.\tx', 2, 4, 2)).toBe(4);
    expect(columnOf('- \t- x', 0, 3)).toBe(4);
    expect(columnOf('- - x', 0, 4)).toBe(4);
  });
});

describe('the fast path on tabs', () => {
  it('reads numbered members and their lettered lines as a civil code exported from Word has them', () => {
    const source =
      'Artikel 15\n\n1.\tEen besluit is vernietigbaar:\n\ta.\twegens strijd met de wet;\n\tb.\tmet een reglement.\n\n2.\tTot de bepalingen.\n';
    const fast = expectTakenAsRemark(source);
    const list = fast.children[1];
    expect(list?.type).toBe('list');
    const paragraph = list?.type === 'list' ? list.children[0]?.children[0] : undefined;
    // The tabs between the letters and the text stay; the indentation of the next lines does not.
    expect(paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined).toEqual({
      type: 'text',
      value: 'Een besluit is vernietigbaar:\na.\twegens strijd met de wet;\nb.\tmet een reglement.',
    });
  });

  it('places a marker after a tab and in a paragraph line indented by one', () => {
    expectTakenAsRemark('1.\t{#lid-1} Een lid\n\t{#niet} vervolg\n\n#\tKop {#kop}\n');
  });

  it('leaves a tab in a block quote, code or a footnote to remark', () => {
    expect(explainFastPath('> a\tb\n')).toBe('a tab in a blockquote_open');
    expect(explainFastPath('- a\n\n\t\tcode\tx\n')).toBe('a tab in a code_block');
    expect(explainFastPath('[^1]: a\tb\n\n[^1]\n')).toBe('a tab in a gfm_footnote_open');
  });
});

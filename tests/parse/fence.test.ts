// blankKeepingLineBreaks (src/parse/fence.ts) must be what a replace of every character but `\n` by a space gives (the frontmatter and
// foreign metadata the Markdown readers see as blank lines keep every offset and line number of the rest).
import { describe, expect, it } from 'vitest';
import { blankKeepingLineBreaks } from '../../src/parse/fence.js';

describe('blankKeepingLineBreaks', () => {
  const texts = ['', '\n', 'a', '---\ntitle: x\n---', '---\r\ntitle: "ĳ 😀"\r\n---\r\n', '\n\nab\n\n', '\r\r\n\t \n'];
  for (const text of texts)
    it(`turns ${JSON.stringify(text)} into spaces, each line break kept`, () => {
      expect(blankKeepingLineBreaks(text)).toBe(text.replace(/[^\n]/g, ' '));
    });
});

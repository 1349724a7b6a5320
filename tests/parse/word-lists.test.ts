// A data file of word lists is read with its shape checked (src/parse/word-lists.ts): a sector's edit that breaks it
// is told by the file's and the list's name, never met as a pattern that matches nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWordLists } from '../../src/parse/word-lists.js';

/** A data file with `text`, in a folder of its own. */
function dataFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'word-lists-')), 'words.yaml');
  writeFileSync(path, text);
  return path;
}

describe('a data file of word lists', () => {
  it('gives the lists it is asked for', () => {
    expect(readWordLists(dataFile('# words\nopen: [a, b c]\nclose:\n  - d\nother: 1\n'), ['open', 'close'])).toEqual({
      open: ['a', 'b c'],
      close: ['d'],
    });
  });

  it('names the file and the list that is no list of words', () => {
    const read = (text: string) => () => readWordLists(dataFile(text), ['open']);
    expect(read('open: a\n')).toThrow('templates/import/words.yaml: `open` must be a list of words');
    expect(read('opn: [a]\n')).toThrow('`open` must be a list of words');
    expect(read('open: []\n')).toThrow('`open` must be a list of words');
    expect(read('open: [a, ""]\n')).toThrow('`open` must be a list of words');
    expect(read('open:\n  - a: b\n')).toThrow('`open` must be a list of words');
  });

  it('names the file that is no map of lists, or no YAML', () => {
    expect(() => readWordLists(dataFile('- a\n'), ['open'])).toThrow('words.yaml: must be a map of word lists (open)');
    expect(() => readWordLists(dataFile('open: [a\n'), ['open'])).toThrow('words.yaml: cannot be read as YAML');
  });
});

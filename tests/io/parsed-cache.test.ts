// Settings files kept on disk as read (src/io/parsed-cache.ts): the same value as parsing, read back for the same
// reader and text only, never a value of the wrong shape, and never a reason for a run to fail. The label files are
// the ones kept: read from the cache they are the labels read from the file.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedParse, keepParsedFilesIn } from '../../src/io/parsed-cache.js';
import { loadLabels } from '../../src/wording/labels.js';
import { tempProject } from '../brand/temp-project.js';
import { PROJECT_ROOT } from '../support/paths.js';

const isWords = (value: unknown): value is { words: string } =>
  typeof value === 'object' && value !== null && typeof (value as { words?: unknown }).words === 'string';
const refuse = (): { words: string } => {
  throw new Error('parsed again although the cache holds this text');
};
const folder = (): string => join(mkdtempSync(join(tmpdir(), 'clausemark-parsed-cache-')), 'parsed');

afterEach(() => keepParsedFilesIn(undefined));

describe('cachedParse', () => {
  it('parses once, then reads the same value back for the same reader and text without parsing', () => {
    const dir = folder();
    keepParsedFilesIn(dir);
    expect(cachedParse('labels-1-nl', 'text', isWords, () => ({ words: 'één' }))).toEqual({ words: 'één' });
    expect(cachedParse('labels-1-nl', 'text', isWords, refuse)).toEqual({ words: 'één' });
    // Another reader (or language) of the same text, or other text, is parsed.
    expect(cachedParse('labels-1-en', 'text', isWords, () => ({ words: 'one' }))).toEqual({ words: 'one' });
    expect(cachedParse('labels-1-nl', 'other', isWords, () => ({ words: 'twee' }))).toEqual({ words: 'twee' });
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('parses again for a damaged file or a value of the wrong shape, and keeps nothing when parsing fails', () => {
    const dir = folder();
    keepParsedFilesIn(dir);
    cachedParse('k', 'text', isWords, () => ({ words: 'a' }));
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"words": 7}');
    expect(cachedParse('k', 'text', isWords, () => ({ words: 'b' }))).toEqual({ words: 'b' });
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"words": "cut');
    expect(cachedParse('k', 'text', isWords, () => ({ words: 'c' }))).toEqual({ words: 'c' });
    expect(() =>
      cachedParse('k', 'faulty', isWords, () => {
        throw new Error('bad file');
      }),
    ).toThrow('bad file');
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('without a folder, or with one that cannot be written, parses every time and still answers', () => {
    let parses = 0;
    const counted = (): { words: string } => {
      parses++;
      return { words: 'x' };
    };
    cachedParse('k', 'text', isWords, counted);
    const blocker = join(mkdtempSync(join(tmpdir(), 'clausemark-parsed-cache-')), 'a-file');
    writeFileSync(blocker, 'not a folder');
    keepParsedFilesIn(join(blocker, 'parsed'));
    expect(cachedParse('k', 'text', isWords, counted)).toEqual({ words: 'x' });
    expect(parses).toBe(2);
  });
});

describe('label files kept as read', () => {
  /** The labels of a copy of clausemark's file for `lang` (a new path: the per-process cache does not answer). */
  const labelsOfCopy = (lang: string) => {
    const project = tempProject();
    project.copy(join(PROJECT_ROOT, 'templates', 'labels', `${lang}.yaml`), `templates/labels/${lang}.yaml`);
    return loadLabels(lang, { root: project.root });
  };

  it('are the labels read from the file, written and read back, in both languages', () => {
    for (const lang of ['nl', 'en']) {
      const parsed = labelsOfCopy(lang);
      const dir = folder();
      keepParsedFilesIn(dir);
      expect(labelsOfCopy(lang)).toEqual(parsed);
      expect(readdirSync(dir)).toHaveLength(1);
      expect(labelsOfCopy(lang)).toEqual(parsed);
      keepParsedFilesIn(undefined);
    }
  });
});

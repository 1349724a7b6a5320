// The parsed messages files kept on disk (src/io/messages-cache.ts): the same entries as parsing, read back for the
// same text only, and never a reason for a run to fail.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedMessageEntries, keepParsedMessagesIn } from '../../src/io/messages-cache.js';
import { messageTexts } from '../../src/io/messages.js';

const entries = (): Map<string, string> =>
  new Map([
    ['build.built', 'built {{count}} PDFs'],
    ['unreadable-file.no-such-file', 'no such file — "quoted" \\ and ü'],
  ]);
const refuse = (): Map<string, string> => {
  throw new Error('parsed again although the cache holds this text');
};

afterEach(() => keepParsedMessagesIn(undefined));

describe('cachedMessageEntries', () => {
  it('parses once, then reads the same entries back for the same text without parsing', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'clausemark-messages-cache-')), 'messages');
    keepParsedMessagesIn(dir);
    expect(cachedMessageEntries('text one', entries)).toEqual(entries());
    expect(readdirSync(dir)).toHaveLength(1);
    expect(cachedMessageEntries('text one', refuse)).toEqual(entries());
  });

  it('parses again for other text, and for a damaged or foreign cache file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-messages-cache-'));
    keepParsedMessagesIn(dir);
    cachedMessageEntries('text one', entries);
    const other = new Map([['a.b', 'other words']]);
    expect(cachedMessageEntries('text two', () => other)).toEqual(other);
    expect(readdirSync(dir)).toHaveLength(2);
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '[["a.b", 7]]');
    expect(cachedMessageEntries('text one', entries)).toEqual(entries());
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '[["a.b", "cut off');
    expect(cachedMessageEntries('text two', () => other)).toEqual(other);
  });

  it("does not take entries edited or planted without the seal: the words printed are the file's", () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-messages-cache-'));
    keepParsedMessagesIn(dir);
    cachedMessageEntries('text one', entries);
    const [name] = readdirSync(dir);
    const kept = readFileSync(join(dir, name!), 'utf8');
    const [seal, json] = [kept.slice(0, kept.indexOf('\n')), kept.slice(kept.indexOf('\n') + 1)];
    expect(seal).toMatch(/^[0-9a-f]{64}$/);
    const edited = json.replace('built {{count}} PDFs', 'Geen wijzigingen');
    for (const planted of [edited, `${seal}\n${edited}`, `${'f'.repeat(64)}\n${edited}`]) {
      writeFileSync(join(dir, name!), planted);
      expect(cachedMessageEntries('text one', entries).get('build.built'), planted).toBe('built {{count}} PDFs');
    }
  });

  it('without a folder, or with one that cannot be written, parses every time and still answers', () => {
    let parses = 0;
    const counted = (): Map<string, string> => {
      parses++;
      return entries();
    };
    expect(cachedMessageEntries('text', counted)).toEqual(entries());
    expect(cachedMessageEntries('text', counted)).toEqual(entries());
    const blocker = join(mkdtempSync(join(tmpdir(), 'clausemark-messages-cache-')), 'a-file');
    writeFileSync(blocker, 'not a folder');
    keepParsedMessagesIn(join(blocker, 'messages'));
    expect(cachedMessageEntries('text', counted)).toEqual(entries());
    expect(parses).toBe(3);
  });

  it("holds the real messages file's entries exactly as the YAML parser reads them", () => {
    const parsed = messageTexts('en');
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-messages-cache-'));
    keepParsedMessagesIn(dir);
    const text = readFileSync(join('templates', 'messages', 'en.yaml'), 'utf8');
    cachedMessageEntries(text, () => new Map(parsed));
    expect(cachedMessageEntries(text, refuse)).toEqual(parsed);
  });
});

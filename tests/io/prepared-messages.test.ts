// The messages the build prepares as JSON (scripts/bundle.mjs → dist/messages/<language>.json) are read instead of
// the YAML only while they were made from exactly the YAML's text (src/io/messages.ts, readMessagesData).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import * as messages from '../../src/io/messages.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function files(yaml: string, prepared?: object): { file: string; copy: string } {
  const folder = mkdtempSync(join(tmpdir(), 'clausemark-messages-'));
  folders.push(folder);
  const file = join(folder, 'en.yaml');
  const copy = join(folder, 'en.json');
  writeFileSync(file, yaml);
  if (prepared) writeFileSync(copy, JSON.stringify(prepared));
  return { file, copy };
}

const YAML = 'group:\n  key: the words\n';

describe('prepared messages', () => {
  it('reads the prepared copy when it names the hash of the YAML it came from', () => {
    // The copy says something else than the YAML, so the test can tell which one was read.
    const source = messages.messagesSourceHash(YAML);
    const { file, copy } = files(YAML, { source, data: { group: { key: 'the prepared words' } } });
    expect(messages.readMessagesData(file, copy)).toEqual({ group: { key: 'the prepared words' } });
  });

  it('reads the YAML when it was edited after the copy was made, or when there is no copy', () => {
    const stale = files(YAML, { source: messages.messagesSourceHash('group:\n  key: older words\n'), data: {} });
    expect(messages.readMessagesData(stale.file, stale.copy)).toEqual({ group: { key: 'the words' } });
    const none = files(YAML);
    expect(messages.readMessagesData(none.file, none.copy)).toEqual({ group: { key: 'the words' } });
    const broken = files(YAML);
    writeFileSync(broken.copy, '{"source": ');
    expect(messages.readMessagesData(broken.file, broken.copy)).toEqual({ group: { key: 'the words' } });
  });

  it('the copy of every shipped language holds what its YAML says, when the build has made one', () => {
    for (const language of messages.MESSAGE_LANGUAGES) {
      const yaml = readFileSync(messages.messagesFile(language), 'utf8');
      let copy: { source: string; data: unknown };
      try {
        copy = JSON.parse(readFileSync(messages.preparedMessagesFile(language), 'utf8'));
      } catch {
        continue; // not built: messageTexts reads the YAML, which the other tests cover
      }
      if (copy.source !== messages.messagesSourceHash(yaml)) continue; // built before the last edit: not used
      expect(copy.data).toEqual(parse(yaml));
    }
  });
});

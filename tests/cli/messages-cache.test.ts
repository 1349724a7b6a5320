// The binary's parsed messages files: prepared with the build (scripts/prepare-data.mjs, src/io/prepared.ts), so a
// run words its messages from them without the YAML parser and keeps nothing in its cache folder; with the caches off
// it says the same. (The cache folder's own use, for a messages file edited after the build, is tested in
// tests/io/messages-cache.test.ts.)
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageTexts } from '../../src/io/messages.js';
import { runBuiltCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

describe('the parsed messages cache of the binary', () => {
  it('is prepared with the build: the messages files as the YAML parser reads them, under their hashes', () => {
    for (const lang of ['en', 'nl'] as const) {
      const parsed = messageTexts(lang);
      const text = readFileSync(join(PROJECT_ROOT, 'templates', 'messages', `${lang}.yaml`), 'utf8');
      const name = `messages-1-${createHash('sha256').update(text).digest('hex')}.json`;
      const stored = JSON.parse(readFileSync(join(PROJECT_ROOT, 'dist', 'prepared', 'messages', name), 'utf8'));
      expect(new Map(stored)).toEqual(parsed);
    }
    expect(readdirSync(join(PROJECT_ROOT, 'dist', 'prepared', 'parsed')).length).toBeGreaterThanOrEqual(2);
    expect(readdirSync(join(PROJECT_ROOT, 'dist', 'prepared', 'layouts')).length).toBeGreaterThan(0);
  });

  it('answers a run from the prepared file: nothing is parsed into the cache folder, and the words are the same', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'clausemark-cli-messages-'));
    const run = (env: Record<string, string>) => runBuiltCli(['check', 'no-such-policy.md'], { env });
    const first = await run({ CLAUSEMARK_CACHE_DIR: cache });
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('no-such-policy.md');
    expect(existsSync(join(cache, 'messages'))).toBe(false);
    expect(await run({ CLAUSEMARK_CACHE_DIR: 'off' })).toEqual(first);
  });

  it('is not kept when the caches are turned off', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clausemark-cli-messages-'));
    const run = await runBuiltCli(['check', 'no-such-policy.md'], {
      env: { CLAUSEMARK_CACHE_DIR: 'off', XDG_CACHE_HOME: home, HOME: home },
    });
    expect(run.code).toBe(2);
    expect(readdirSync(home)).toEqual([]);
  });
});

// The binary keeps the parsed messages file in its cache folder (src/io/messages-cache.ts, src/cli/main.ts): a run
// that words a message leaves it there, and the next run words the same message the same way from it.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageTexts } from '../../src/io/messages.js';
import { runBuiltCli } from '../support/cli.js';

describe('the parsed messages cache of the binary', () => {
  it('is written by the first run that words a message and gives the next run the same words', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'clausemark-cli-messages-'));
    const run = () => runBuiltCli(['check', 'no-such-policy.md'], { env: { CLAUSEMARK_CACHE_DIR: cache } });
    const first = await run();
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('no-such-policy.md');
    const hash = createHash('sha256')
      .update(readFileSync(join('templates', 'messages', 'en.yaml'), 'utf8'))
      .digest('hex');
    expect(readdirSync(join(cache, 'messages'))).toEqual([`messages-1-${hash}.json`]);
    const stored = JSON.parse(readFileSync(join(cache, 'messages', `messages-1-${hash}.json`), 'utf8'));
    expect(new Map(stored)).toEqual(messageTexts('en'));
    const second = await run();
    expect(second).toEqual(first);
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

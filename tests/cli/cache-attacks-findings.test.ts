// The cache of files' checks (src/check/findings-cache.ts, src/io/serialized-cache.ts) on the built binary: a check
// read back from an entry must be the one the file gives. An entry whose finding an attacker changed ("2 jaar" → "9
// jaar", same length) with the seal left as it was, cut short, sealed under another secret, or taken from another
// file's entry is not used: `check` says what the file says, and the entry is made anew. The control: the same edit
// sealed with the user's own secret is read back, so these runs do read the cache. docs/security.md is the threat
// model; tests/cli/cache-attacks-policies.test.ts the parsed policies' cache.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../support/cli.js';
import { expectAttacksRefused, holdsWord, wordEdit } from '../support/sealed-entry.js';

/** A policy whose clause has no ID: check warns, quoting its first words. */
const policy = (termijn: string): string =>
  [
    '---',
    'id: bewaren',
    'title: Bewaarbeleid',
    'lang: nl',
    '---',
    '',
    '# Bewaarbeleid',
    '',
    '## Bewaren {#bewaren}',
    '',
    `Camerabeelden worden ${termijn} bewaard.`,
    '',
  ].join('\n');

/** `check --format json` of `file` by the built binary with `cache` as its cache folder. */
async function checkJson(file: string, cache: string): Promise<string> {
  const result = await runBuiltCli(['check', file, '--format', 'json'], { env: { CLAUSEMARK_CACHE_DIR: cache } });
  expect(result.code, result.stderr).toBeLessThan(2);
  return result.stdout;
}

describe("a planted or damaged entry of a file's check", () => {
  it('is not used: check says what the file says, and the entry is made anew', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-attack-findings-'));
    const cache = join(dir, 'cache');
    const [file, other] = [join(dir, 'bewaren.md'), join(dir, 'anders.md')];
    writeFileSync(file, policy('2 jaar'));
    writeFileSync(other, policy('4 weken'));
    // The first run leaves a marker of each check, the second keeps its entry.
    const expected = await checkJson(file, cache);
    expect(await checkJson(file, cache)).toBe(expected);
    await checkJson(other, cache);
    await checkJson(other, cache);
    expect(expected).toContain('2 jaar');
    expect(expected).not.toContain('9 jaar');
    const folder = join(cache, 'findings');
    const names = readdirSync(folder);
    expect(names, 'one entry per file').toHaveLength(2);
    const entries = names.map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
    const ofFile = entries.find(({ bytes }) => holdsWord(bytes, '2 jaar'));
    const ofOther = entries.find(({ bytes }) => holdsWord(bytes, '4 weken'));
    if (!ofFile || !ofOther) throw new Error('an entry for each file');
    expect(await checkJson(file, cache), 'read back as kept').toBe(expected);
    await expectAttacksRefused({
      folder,
      attacked: [{ entry: ofFile, other: ofOther.bytes }],
      others: 'another file',
      change: wordEdit('2 jaar', '9'),
      run: () => checkJson(file, cache),
      expected,
      misled: (output) => expect(output).toContain('9 jaar'),
    });
  });
});

// The cache of parsed policies (src/parse/cached.ts, src/io/serialized-cache.ts) on the built binary: a policy's
// model read back from an entry must be the one its source gives. An entry whose clause text an attacker changed
// ("2 jaar" → "9 jaar", same length) with the seal left as it was, cut short, sealed under another secret, or
// taken from another policy's entry is not used: `diff` says what the files say, and the entry is made anew. The
// entries attacked are those `diff --format json` reads, the parses in diff's shape (src/parse/diff-shape.ts), then
// the whole parses it reads where it holds none in that shape. The
// control: the same edit sealed with the user's own secret is read back, so these runs do read the cache.
// docs/security.md is the threat model; tests/cli/cache-attacks.test.ts the other caches.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIFF_SHAPE_KIND } from '../../src/parse/diff-shape.js';
import { runBuiltCli } from '../support/cli.js';
import { expectAttacksRefused, holdsWord, type KeptEntry, wordEdit } from '../support/sealed-entry.js';

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
    `{#bewaren.termijn} Camerabeelden worden ${termijn} bewaard.`,
    '',
    '{#bewaren.inzage} Ouders mogen de beelden van hun kind inzien.',
    '',
  ].join('\n');

/** `diff --format json` by the built binary with `cache` as its cache folder; it must succeed. */
async function diffJson(before: string, after: string, cache: string): Promise<string> {
  const result = await runBuiltCli(['diff', before, after, '--format', 'json'], {
    env: { CLAUSEMARK_CACHE_DIR: cache },
  });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('a planted or damaged entry of a parsed policy', () => {
  it('is not used: diff says what the files say, and the entry is made anew', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-attack-policies-'));
    const cache = join(dir, 'cache');
    const [before, after] = [join(dir, 'oud.md'), join(dir, 'nieuw.md')];
    writeFileSync(before, policy('2 jaar'));
    writeFileSync(after, policy('4 weken'));
    // The first run leaves a marker of each policy, the second keeps their entries.
    const expected = await diffJson(before, after, cache);
    expect(await diffJson(before, after, cache)).toBe(expected);
    expect(expected).toContain('2 jaar');
    expect(expected).not.toContain('9 jaar');
    const folder = join(cache, 'policies');
    const shaped = (): KeptEntry[] =>
      readdirSync(folder)
        .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }))
        .filter(({ bytes }) => holdsWord(bytes, DIFF_SHAPE_KIND));
    expect(readdirSync(folder), 'two entries per policy: its whole parse and its parse in diff´s shape').toHaveLength(
      4,
    );
    expect(shaped(), 'one entry in diff´s shape per policy').toHaveLength(2);
    // Those a warm cache holds, made from the whole parses read back (as an entry refused is made anew): V8 writes an
    // array it read back as a sparse one, so one made from a fresh parse holds the same value in other bytes.
    for (const { name } of shaped()) rmSync(join(folder, name));
    expect(await diffJson(before, after, cache)).toBe(expected);
    expect(await diffJson(before, after, cache)).toBe(expected);
    const entries = shaped();
    expect(entries).toHaveLength(2);
    const ofBefore = entries.find(({ bytes }) => holdsWord(bytes, '2 jaar'));
    const ofAfter = entries.find(({ bytes }) => holdsWord(bytes, '4 weken'));
    if (!ofBefore || !ofAfter) throw new Error('an entry for each version');
    expect(await diffJson(before, after, cache), 'read back as kept').toBe(expected);
    await expectAttacksRefused({
      folder,
      attacked: [{ entry: ofBefore, other: ofAfter.bytes }],
      others: 'another policy',
      change: wordEdit('2 jaar', '9'),
      run: () => diffJson(before, after, cache),
      expected,
      misled: (output) => expect(output).toContain('9 jaar'),
    });
    // The whole parses, which a diff reads where it holds no parse in diff's shape.
    const wholes = readdirSync(folder)
      .filter((name) => name.endsWith('.bin'))
      .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }))
      .filter(({ bytes }) => !holdsWord(bytes, DIFF_SHAPE_KIND));
    const wholeOfBefore = wholes.find(({ bytes }) => holdsWord(bytes, '2 jaar'));
    const wholeOfAfter = wholes.find(({ bytes }) => holdsWord(bytes, '4 weken'));
    if (!wholeOfBefore || !wholeOfAfter) throw new Error('a whole parse for each version');
    await expectAttacksRefused({
      folder,
      attacked: [{ entry: wholeOfBefore, other: wholeOfAfter.bytes }],
      others: 'another policy',
      change: wordEdit('2 jaar', '9'),
      run: () => {
        for (const { name } of shaped()) rmSync(join(folder, name));
        return diffJson(before, after, cache);
      },
      expected,
      misled: (output) => expect(output).toContain('9 jaar'),
    });
  });
});

// The cache of documents' clause words (src/compare/clause-words-cache.ts, src/io/serialized-cache.ts) on the built
// binary: a document's words read back from an entry must be those its text gives. An entry whose word an attacker
// changed ("pesten" → "kesten", same length) with the seal left as it was, cut short, sealed under another secret, or
// taken from the other document's entry is not used: `compare` says what the files say (how alike the two rules are),
// and the entry is made anew. The control: the same edit sealed with the user's own secret is read back (the rules
// then share a word less), so these runs do read the cache. docs/security.md is the threat model.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seal } from '../../src/io/cache-seal.js';
import { ENTRY_FORMAT } from '../../src/io/serialized-cache.js';
import { runBuiltCli } from '../support/cli.js';
import { editedWord, foreignSeal, holdsWord } from '../support/sealed-entry.js';

const SEAL_BYTES = 32;

/** A social-media protocol of `org` with one rule. */
const policy = (org: string, rule: string): string =>
  [
    '---',
    'id: social-media',
    'title: Protocol sociale media',
    `org: ${org}`,
    `organisation: School ${org}`,
    'lang: nl',
    '---',
    '',
    '# Protocol sociale media',
    '',
    '## Omgang {#omgang}',
    '',
    `{#omgang.regel} ${rule}`,
    '',
  ].join('\n');

/** `compare --format json` of the files by the built binary with `cache` as its cache folder; it must succeed. */
async function compareJson(files: readonly string[], cache: string): Promise<string> {
  const result = await runBuiltCli(['compare', ...files, '--format', 'json'], { env: { CLAUSEMARK_CACHE_DIR: cache } });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe("a planted or damaged entry of a document's clause words", () => {
  it('is not used: compare says what the files say, and the entry is made anew', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-attack-clause-words-'));
    const cache = join(dir, 'cache');
    const files = [join(dir, 'noord.md'), join(dir, 'zuid.md')];
    writeFileSync(files[0] as string, policy('noord', 'Leerlingen pesten elkaar niet, ook niet online.'));
    writeFileSync(files[1] as string, policy('zuid', 'Leerlingen pesten elkaar niet, ook niet op internet.'));
    // The first run leaves a marker of each document, the second keeps their entries.
    const expected = await compareJson(files, cache);
    expect(await compareJson(files, cache)).toBe(expected);
    expect(expected).toContain('"similarity": 0.769');
    const folder = join(cache, 'clause-words');
    const names = readdirSync(folder);
    expect(names, 'one entry per document').toHaveLength(2);
    const entries = names.map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
    const ofNoord = entries.find(({ bytes }) => holdsWord(bytes, 'online'));
    const ofZuid = entries.find(({ bytes }) => holdsWord(bytes, 'internet'));
    if (!ofNoord || !ofZuid || ofNoord === ofZuid) throw new Error('an entry for each document');
    const file = join(folder, ofNoord.name);
    const payload = ofNoord.bytes.subarray(SEAL_BYTES);
    expect(await compareJson(files, cache), 'read back as kept').toBe(expected);

    // The control: the edit sealed with the user's own secret is taken (so the runs below do read the cache).
    const changed = editedWord(payload, 'pesten', 'k');
    const ownSeal = seal([ENTRY_FORMAT, ofNoord.name, changed]);
    if (!ownSeal) throw new Error('the lane has a secret');
    writeFileSync(file, Buffer.concat([ownSeal, changed]));
    const misled = await compareJson(files, cache);
    expect(misled).not.toBe(expected);
    expect(misled).not.toContain('"similarity": 0.769');

    const attacks: [string, Buffer][] = [
      ['edited, the seal left as it was', Buffer.concat([ofNoord.bytes.subarray(0, SEAL_BYTES), changed])],
      ['cut short', ofNoord.bytes.subarray(0, ofNoord.bytes.length - 20)],
      ['sealed under another secret', Buffer.concat([foreignSeal(ofNoord.name, changed), changed])],
      ['the other document’s entry, sealed for its own name', ofZuid.bytes],
    ];
    for (const [what, bytes] of attacks) {
      writeFileSync(file, bytes);
      expect(await compareJson(files, cache), what).toBe(expected);
      expect(readFileSync(file).equals(ofNoord.bytes), `${what}: made anew`).toBe(true);
    }
  });
});

// The cache of documents' clause topics (src/compare/clause-topics-cache.ts, src/io/serialized-cache.ts) on the built
// binary: the topics read back from an entry must be those the document's text gives. The five social-media seeds are
// compared; their entries are then emptied (no clause on any topic) with the seal left as it was, cut short, sealed
// under another secret, or swapped for another document's entry, and none is used: `compare` says what the files say,
// and each entry is made anew. The control: the emptied entries sealed with the user's own secret are read back (a
// clause that passes three and four joined through a topic stands alone), so these runs do read the cache.
// docs/security.md is the threat model.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { seal } from '../../src/io/cache-seal.js';
import { ENTRY_FORMAT } from '../../src/io/serialized-cache.js';
import { runBuiltCli } from '../support/cli.js';
import { foreignSeal, type KeptEntry, SEAL_BYTES } from '../support/sealed-entry.js';

/** `compare` of the social-media seeds by the built binary with `cache` as its cache folder; it must succeed. */
async function compareJson(cache: string): Promise<string> {
  const result = await runBuiltCli(['compare', '--kind', 'social-media', 'policies/', '--format', 'json'], {
    env: { CLAUSEMARK_CACHE_DIR: cache },
  });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

/** An entry's payload with no clause on any topic (deserialised from a copy: node's typed arrays view what they are read from). */
function emptied(bytes: Buffer): Buffer {
  const kept = deserialize(Buffer.from(bytes.subarray(SEAL_BYTES))) as { ends: Int32Array; indices: Int32Array };
  kept.ends.fill(0);
  kept.indices = new Int32Array(0);
  return serialize(kept);
}

/** Writes each entry's bytes as `attack` makes them; `attack` gets the entry and the next one (the last: the first). */
function plant(
  folder: string,
  entries: readonly KeptEntry[],
  attack: (own: KeptEntry, next: KeptEntry) => Buffer,
): void {
  entries.forEach((entry, at) => {
    writeFileSync(join(folder, entry.name), attack(entry, entries[(at + 1) % entries.length] as KeptEntry));
  });
}

describe("a planted or damaged entry of a document's clause topics", () => {
  it('is not used: compare says what the files say, and the entry is made anew', async () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'clausemark-attack-clause-topics-')), 'cache');
    // The first run leaves a marker of each document, the second keeps their entries.
    const expected = await compareJson(cache);
    expect(await compareJson(cache)).toBe(expected);
    const folder = join(cache, 'clause-topics');
    const entries = readdirSync(folder).map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
    expect(entries, 'one entry per seed').toHaveLength(5);
    expect(await compareJson(cache), 'read back as kept').toBe(expected);

    plant(folder, entries, ({ name, bytes }) => {
      const payload = emptied(bytes);
      const tag = seal([ENTRY_FORMAT, name, payload]);
      if (!tag) throw new Error('the lane has a secret');
      return Buffer.concat([tag, payload]);
    });
    expect(await compareJson(cache), 'the control: emptied entries sealed by the user are read back').not.toBe(
      expected,
    );

    const attacks: [string, (own: KeptEntry, next: KeptEntry) => Buffer][] = [
      [
        'emptied, the seal left as it was',
        ({ bytes }) => Buffer.concat([bytes.subarray(0, SEAL_BYTES), emptied(bytes)]),
      ],
      ['cut short', ({ bytes }) => bytes.subarray(0, bytes.length - 20)],
      [
        'sealed under another secret',
        ({ name, bytes }) => Buffer.concat([foreignSeal(name, emptied(bytes)), emptied(bytes)]),
      ],
      ["another document's entry, sealed for its own name", (_, next) => next.bytes],
    ];
    for (const [what, attack] of attacks) {
      plant(folder, entries, attack);
      expect(await compareJson(cache), what).toBe(expected);
      for (const { name, bytes } of entries) {
        expect(readFileSync(join(folder, name)).equals(bytes), `${what}: made anew`).toBe(true);
      }
    }
  });
});

// The cache of documents' clause topics (src/compare/topics/clause-topics-cache.ts, src/io/serialized-cache.ts) on the built
// binary: the topics read back from an entry must be those the document's text gives. The five social-media seeds are
// compared; their entries are then emptied (no clause on any topic) with the seal left as it was, cut short, sealed
// under another secret, or swapped for another document's entry, and none is used: `compare` says what the files say,
// and each entry is made anew. The control: the emptied entries sealed with the user's own secret are read back (a
// clause that passes three and four joined through a topic stands alone), so these runs do read the cache.
// docs/security.md is the threat model.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../support/cli.js';
import { expectAttacksRefused } from '../support/sealed-entry.js';

/** `compare` of the social-media seeds by the built binary with `cache` as its cache folder; it must succeed. */
async function compareJson(cache: string): Promise<string> {
  const result = await runBuiltCli(['compare', '--kind', 'social-media', 'policies/', '--format', 'json'], {
    env: { CLAUSEMARK_CACHE_DIR: cache },
  });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

/** An entry's payload with no clause on any topic (deserialised from a copy: node's typed arrays view what they are read from). */
function emptied(payload: Buffer): Buffer {
  const kept = deserialize(Buffer.from(payload)) as { ends: Int32Array; indices: Int32Array };
  kept.ends.fill(0);
  kept.indices = new Int32Array(0);
  return serialize(kept);
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
    await expectAttacksRefused({
      folder,
      // Each seed's entry, the next seed's swapped in for it (the last's: the first's).
      attacked: entries.map((entry, at) => ({
        entry,
        other: (entries[(at + 1) % entries.length] as typeof entry).bytes,
      })),
      others: 'another document',
      change: emptied,
      run: () => compareJson(cache),
      expected,
      misled: (output) =>
        expect(output, 'the control: emptied entries sealed by the user are read back').not.toBe(expected),
    });
    // Seventeen runs of compare: 15 s on a quiet machine, past the lane's 60 s when other work holds a core.
  }, 240_000);
});

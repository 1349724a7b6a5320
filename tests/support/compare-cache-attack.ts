// The attack the cache-attack tests of a comparison's per-document caches make (tests/cli/cache-attacks-topic-scores,
// cache-attacks-clause-words): two one-rule social-media protocols compared by the built binary with a cache folder;
// the first document's entry is then edited with its seal left as it was, cut short, sealed under another secret and
// replaced by the other document's entry. Each time `compare` must say what the files say and make the entry anew. The
// control, the same edit sealed with the user's own secret, must be read back, so the runs do read the cache.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { seal } from '../../src/io/cache-seal.js';
import { ENTRY_FORMAT } from '../../src/io/serialized-cache.js';
import { runBuiltCli } from './cli.js';
import { editedWord, foreignSeal, holdsWord } from './sealed-entry.js';

const SEAL_BYTES = 32;

/** A social-media protocol (the shipped topic list's kind) of `org` with one rule. */
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

/** One document of the attack: its rule, and a word only its entry holds. */
export interface AttackedDocument {
  rule: string;
  ownWord: string;
}

export interface CacheAttack {
  /** The cache's folder in the cache folder (src/cli/cache.ts). */
  folder: string;
  /** The document whose entry is attacked (Noord), then the other (Zuid). */
  documents: readonly [AttackedDocument, AttackedDocument];
  /** A word of the first document's entry the edit changes ("pesten" → "kesten"). */
  edited: string;
  /** What the honest output says (and the misled one would not). */
  honest: (json: string) => void;
  /** What the output says when the edited entry is read back (the control). */
  misled: (json: string, honestJson: string) => void;
}

/** Runs the attack (see the file's opening) on the cache `attack.folder`. */
export async function attackComparedDocumentCache(attack: CacheAttack): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `clausemark-attack-${attack.folder}-`));
  const cache = join(dir, 'cache');
  const files = [join(dir, 'noord.md'), join(dir, 'zuid.md')];
  const [noord, zuid] = attack.documents;
  writeFileSync(files[0] as string, policy('noord', noord.rule));
  writeFileSync(files[1] as string, policy('zuid', zuid.rule));
  // The first run leaves a marker of each document, the second keeps their entries.
  const expected = await compareJson(files, cache);
  expect(await compareJson(files, cache)).toBe(expected);
  attack.honest(expected);
  const folder = join(cache, attack.folder);
  const names = readdirSync(folder);
  expect(names, 'one entry per document').toHaveLength(2);
  const entries = names.map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
  const ofNoord = entries.find(({ bytes }) => holdsWord(bytes, noord.ownWord));
  const ofZuid = entries.find(({ bytes }) => holdsWord(bytes, zuid.ownWord));
  if (!ofNoord || !ofZuid || ofNoord === ofZuid) throw new Error('an entry for each document');
  const file = join(folder, ofNoord.name);
  const payload = ofNoord.bytes.subarray(SEAL_BYTES);
  expect(await compareJson(files, cache), 'read back as kept').toBe(expected);

  // The control: the edit sealed with the user's own secret is taken (so the runs below do read the cache).
  const changed = editedWord(payload, attack.edited, 'k');
  const ownSeal = seal([ENTRY_FORMAT, ofNoord.name, changed]);
  if (!ownSeal) throw new Error('the lane has a secret');
  writeFileSync(file, Buffer.concat([ownSeal, changed]));
  attack.misled(await compareJson(files, cache), expected);

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
}

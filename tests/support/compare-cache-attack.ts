// The attack the cache-attack tests of a comparison's per-document caches make (tests/cli/cache-attacks-topic-scores,
// cache-attacks-clause-words): two one-rule social-media protocols compared by the built binary with a cache folder;
// the first document's entry is then edited with its seal left as it was, cut short, sealed under another secret and
// replaced by the other document's entry. Each time `compare` must say what the files say and make the entry anew. The
// control, the same edit sealed with the user's own secret, must be read back, so the runs do read the cache.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runBuiltCli } from './cli.js';
import { expectAttacksRefused, holdsWord, wordEdit } from './sealed-entry.js';

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
  expect(await compareJson(files, cache), 'read back as kept').toBe(expected);
  await expectAttacksRefused({
    folder,
    attacked: [{ entry: ofNoord, other: ofZuid.bytes }],
    others: 'the other document',
    change: wordEdit(attack.edited, 'k'),
    run: () => compareJson(files, cache),
    expected,
    misled: (output) => attack.misled(output, expected),
  });
}

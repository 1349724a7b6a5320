// What the cache-attack tests do to a sealed cache entry (src/io/serialized-cache.ts): edit the words V8 wrote into
// its payload, and seal a payload under a secret that is not the user's. V8 writes a string one byte a character, or
// two where the string was sliced from a text with characters beyond Latin-1, so a word is looked for both ways.
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { seal } from '../../src/io/cache-seal.js';
import { ENTRY_FORMAT } from '../../src/io/serialized-cache.js';

/** The seal before an entry's payload (an HMAC-SHA-256). */
export const SEAL_BYTES = 32;

/** `word` as V8 may have written it: one byte a character, and two. */
const encodings = (word: string): Buffer[] => [Buffer.from(word, 'latin1'), Buffer.from(word, 'utf16le')];

/** Whether an entry holds `word` in either of V8's string encodings. */
export const holdsWord = (bytes: Buffer, word: string): boolean =>
  encodings(word).some((encoded) => bytes.includes(encoded));

/**
 * `payload` with every `word` made `replacement` (a word of the same length, so lengths stay as they were), in
 * whichever encoding V8 wrote it; fails the test when the payload holds no `word`. Which encoding V8 writes depends on
 * what the process read before (an equal string already made two bytes a character is the one used), so a test that
 * edits one encoding only passes or fails by the test files its worker ran earlier.
 */
export function replacedWord(payload: Buffer, word: string, replacement: string): Buffer {
  expect(replacement.length, 'a replacement of the same length').toBe(word.length);
  const copy = Buffer.from(payload);
  let count = 0;
  for (const encoding of ['latin1', 'utf16le'] as const) {
    const [from, to] = [Buffer.from(word, encoding), Buffer.from(replacement, encoding)];
    for (let at = copy.indexOf(from); at >= 0; at = copy.indexOf(from, at + 1), count++) to.copy(copy, at);
  }
  expect(count, `the entry holds "${word}"`).toBeGreaterThan(0);
  return copy;
}

/** `payload` with the first character of every `word` made `replacement` (one character): replacedWord. */
export const editedWord = (payload: Buffer, word: string, replacement: string): Buffer =>
  replacedWord(payload, word, `${replacement}${word.slice(1)}`);

/** A seal of the entry `name` made as the cache makes one (cache-seal.ts), under a secret of its own. */
export function foreignSeal(name: string, payload: Buffer): Buffer {
  const hmac = createHmac('sha256', randomBytes(32));
  for (const part of [ENTRY_FORMAT, name, payload]) {
    hmac.update(`${typeof part === 'string' ? `s${part.length}` : `b${part.byteLength}`}:`);
    hmac.update(part);
  }
  return hmac.digest();
}

/** An entry of a cache folder as a test finds it: its file name and bytes. */
export interface KeptEntry {
  name: string;
  bytes: Buffer;
}

/** An entry the attacks change, and another file's entry (sealed for its own name) they put in its place. */
export interface AttackedEntry {
  entry: KeptEntry;
  other: Buffer;
}

/** What expectAttacksRefused plants, and how it runs the command that reads the entries. */
export interface EntryAttack {
  /** The cache folder holding the attacked entries. */
  folder: string;
  /** One entry, or several where changing one need not change the output (every seed's clause topics). */
  attacked: readonly AttackedEntry[];
  /** What the other entries are ("another policy"). */
  others: string;
  /** The attacker's change to an entry's payload (what follows the seal): wordEdit, or one of the test's own. */
  change: (payload: Buffer) => Buffer;
  /** Runs the command that reads the cache; its output. */
  run: () => Promise<string>;
  /** The command's output with the honest entries. */
  expected: string;
  /** Checks that the output shows the changed entries were read: the control's proof that the runs read the cache. */
  misled: (output: string) => void;
}

/** The change that makes the first character of every `word` in a payload `replacement` (editedWord). */
export const wordEdit =
  (word: string, replacement: string) =>
  (payload: Buffer): Buffer =>
    editedWord(payload, word, replacement);

/** An attacked entry with its payload as the attacker changed it. */
type Changed = AttackedEntry & { changed: Buffer };

/** Writes each attacked entry's file as `bytesOf` makes it. */
function plant(folder: string, entries: readonly Changed[], bytesOf: (entry: Changed) => Buffer): void {
  for (const attacked of entries) writeFileSync(join(folder, attacked.entry.name), bytesOf(attacked));
}

/** Three of the attacks: an entry's bytes as one without the user's secret can make them (the fourth swaps another in). */
const ATTACKS: readonly [string, (attacked: Changed) => Buffer][] = [
  [
    'changed, the seal left as it was',
    ({ entry, changed }) => Buffer.concat([entry.bytes.subarray(0, SEAL_BYTES), changed]),
  ],
  ['cut short', ({ entry }) => entry.bytes.subarray(0, entry.bytes.length - 20)],
  ['sealed under another secret', ({ entry, changed }) => Buffer.concat([foreignSeal(entry.name, changed), changed])],
];

/**
 * The control, then the attacks: the change sealed with the user's own secret is taken (so the runs read the cache),
 * and the same change with the seal left as it was, the entry cut short, sealed under another secret, or swapped for
 * another file's entry is not: the command says what the files say, and each entry is made anew.
 */
export async function expectAttacksRefused(attack: EntryAttack): Promise<void> {
  const { folder, run, expected } = attack;
  const entries = attack.attacked.map((attacked) => ({
    ...attacked,
    changed: attack.change(attacked.entry.bytes.subarray(SEAL_BYTES)),
  }));
  plant(folder, entries, ({ entry, changed }) => {
    const ownSeal = seal([ENTRY_FORMAT, entry.name, changed]);
    if (!ownSeal) throw new Error('the lane has a secret');
    return Buffer.concat([ownSeal, changed]);
  });
  attack.misled(await run());

  const swapped: [string, (attacked: Changed) => Buffer] = [
    `${attack.others}’s entry, sealed for its own name`,
    ({ other }) => other,
  ];
  for (const [what, bytesOf] of [...ATTACKS, swapped]) {
    plant(folder, entries, bytesOf);
    expect(await run(), what).toBe(expected);
    for (const { entry } of entries) {
      expect(readFileSync(join(folder, entry.name)).equals(entry.bytes), `${what}: made anew`).toBe(true);
    }
  }
}

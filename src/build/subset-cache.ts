// Font subsets on disk: the font program a PDF embeds (the glyphs the document uses, encoded by fontkit) kept by a
// hash of the libraries' versions, the font's bytes and the glyph ids in the order the document met them, which is
// everything fontkit's encoding reads. Encoding the four subsets was a twentieth of a cold build's CPU (issue 30),
// and a rebuild of an unchanged or lightly edited policy meets the same glyphs. Each file starts with its seal
// (src/io/cache-seal.ts: this user's HMAC of the file's name, which is the hash of what it was made from, and of what
// follows): a file cut short, changed or planted is not used (the subset is encoded afresh), so a PDF built from the
// cache is byte-identical to one built without it, and draws the glyphs the font has. The newest MAX_FILES are kept.
// Best effort, like the layout cache: a folder that cannot be read or written is skipped without a word.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { seal, sealHolds } from '../io/cache-seal.js';

/** Subsets kept: four fonts for each of a school's policies built lately, a few hundred kilobytes in all. */
export const MAX_FILES = 400;
const HASH_BYTES = 32;
/** Changes when the file layout changes (version 1 files began with a plain SHA-256 and are not taken). */
const VERSION = 'clausemark font subset 2';

const sha256 = (data: string | Uint8Array): Buffer => createHash('sha256').update(data).digest();

export class SubsetFiles {
  private readonly fontHashes = new WeakMap<Uint8Array, string>();
  /** Subsets taken from disk so far. */
  read = 0;

  /** `engine` names the libraries that encode (a different version of any of them encodes afresh). */
  constructor(
    readonly dir: string,
    private readonly engine: string,
  ) {}

  private fontHash(bytes: Uint8Array): string {
    let hash = this.fontHashes.get(bytes);
    if (hash === undefined) {
      hash = sha256(bytes).toString('hex');
      this.fontHashes.set(bytes, hash);
    }
    return hash;
  }

  /** The subset of font `bytes` holding `glyphs`, from disk when it is there intact, else from `encode` (then kept). */
  subset(bytes: Uint8Array, glyphs: readonly number[], encode: () => Uint8Array): Uint8Array {
    const key = sha256(`${this.engine}\n${this.fontHash(bytes)}\n${glyphs.join(',')}`).toString('hex');
    const file = join(this.dir, `${key}.bin`);
    try {
      const stored = readFileSync(file);
      const payload = stored.subarray(HASH_BYTES);
      if (stored.length > HASH_BYTES && sealHolds(stored.subarray(0, HASH_BYTES), [VERSION, basename(file), payload])) {
        this.read++;
        return payload;
      }
    } catch {
      // not there yet: encoded below
    }
    const encoded = encode();
    this.keep(file, encoded);
    return encoded;
  }

  private keep(file: string, encoded: Uint8Array): void {
    const tag = seal([VERSION, basename(file), encoded]);
    if (tag === undefined) return;
    const temp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      writeFileSync(temp, Buffer.concat([tag, encoded]));
      renameSync(temp, file);
      this.prune();
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
        // nothing more to do for a cache
      }
    }
  }

  /** Past MAX_FILES, the least recently written go. */
  private prune(): void {
    const names = readdirSync(this.dir).filter((name) => name.endsWith('.bin'));
    if (names.length <= MAX_FILES) return;
    const byAge = names
      .map((name) => ({ name, written: statSync(join(this.dir, name)).mtimeMs }))
      .sort((a, b) => a.written - b.written);
    for (const { name } of byAge.slice(0, names.length - MAX_FILES)) rmSync(join(this.dir, name), { force: true });
  }
}

// Font subsets on disk: the font program a PDF embeds (the glyphs the document uses, encoded by fontkit) kept by a
// hash of the libraries' versions, the font's bytes and the glyph ids in the order the document met them, which is
// everything fontkit's encoding reads. Encoding the four subsets was a twentieth of a cold build's CPU (issue 30),
// and a rebuild of an unchanged or lightly edited policy meets the same glyphs. Each file is sealed
// (src/io/sealed-file.ts: this user's HMAC of the file's name, which is the hash of what it was made from, and of what
// follows): a file cut short, changed or planted is not used (the subset is encoded afresh), so a PDF built from the
// cache is byte-identical to one built without it, and draws the glyphs the font has. The newest MAX_FILES are kept.
// Best effort, like the layout cache: a folder that cannot be read or written is skipped without a word.
import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSealedFile, writeSealedFile } from '../io/sealed-file.js';

/** Subsets kept: four fonts for each of a school's policies built lately, a few hundred kilobytes in all. */
export const MAX_FILES = 400;
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
    const stored = readSealedFile(file, VERSION);
    if (stored !== undefined) {
      this.read++;
      return stored;
    }
    const encoded = encode();
    if (writeSealedFile(file, VERSION, encoded)) this.prune();
    return encoded;
  }

  /** Past MAX_FILES, the least recently written go. */
  private prune(): void {
    try {
      const names = readdirSync(this.dir).filter((name) => name.endsWith('.bin'));
      if (names.length <= MAX_FILES) return;
      const byAge = names
        .map((name) => ({ name, written: statSync(join(this.dir, name)).mtimeMs }))
        .sort((a, b) => a.written - b.written);
      for (const { name } of byAge.slice(0, names.length - MAX_FILES)) rmSync(join(this.dir, name), { force: true });
    } catch {
      // the folder cannot be read, or a file went meanwhile: bounded on the next write
    }
  }
}

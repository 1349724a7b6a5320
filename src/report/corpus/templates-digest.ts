// What a report's wording, layout and styling are made from, as one hash of content: the project's templates/ and
// clausemark's own. An edited template changes it; a file merely touched (saved unchanged, checked out again) does
// not, so no freshness check rests on modification times.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../io/root.js';

/** sha256 (hex) over the names and bytes of every file in `root`'s templates/ and in the shipped ones. */
export function templatesDigest(root: string): string {
  const hash = createHash('sha256');
  const bases = [...new Set([resolve(root), resolve(PACKAGE_ROOT)])];
  for (const [index, base] of bases.entries()) {
    const folder = join(base, 'templates');
    let names: string[];
    try {
      names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
    } catch {
      continue; // no templates/ of its own: the shipped ones serve
    }
    for (const name of names) {
      let data: Buffer;
      try {
        data = readFileSync(join(folder, name));
      } catch {
        continue; // a folder (its files are listed by name)
      }
      hash.update(`${index}\0${name}\0${data.length}\0`).update(data);
    }
  }
  return hash.digest('hex');
}

// A hash of the shipped lemma data (templates/lemmas/: lemma table, compounds, fixed expressions), for the caches
// whose values are made with it (topic-scores-cache.ts, clause-words-cache.ts): an edited table is other input.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../io/root.js';

let digest: string | undefined;

/** The hash of every file in templates/lemmas/, by name, size and bytes (worked out once a process). */
export function lemmasDigest(): string {
  if (digest !== undefined) return digest;
  const hash = createHash('sha256');
  const folder = join(PACKAGE_ROOT, 'templates', 'lemmas');
  for (const name of readdirSync(folder).sort()) {
    const data = readFileSync(join(folder, name));
    hash.update(`${name}\0${data.length}\0`).update(data);
  }
  digest = hash.digest('hex');
  return digest;
}

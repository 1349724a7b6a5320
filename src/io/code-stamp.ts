// Which build of clausemark is running: when running from the bundle, the names of its chunks (esbuild names each
// after its content, so a changed renderer changes this list even where the version number stays the same, as in a
// developer's checkout); '' outside the bundle (the tests running the sources), where nothing kept by it is trusted.
// The build manifest (src/build/manifest.ts), the alignment cache (src/report/corpus/alignment-cache.ts) and the stamp of
// `start` (src/jobs/start-stamp.ts) are keyed by it.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from './root.js';

export function codeStamp(): string {
  const here = fileURLToPath(import.meta.url);
  const chunks = join(PACKAGE_ROOT, 'dist', 'chunks');
  if (dirname(here) !== chunks) return '';
  try {
    return createHash('sha256').update(readdirSync(chunks).sort().join('\n')).digest('hex');
  } catch {
    return '';
  }
}

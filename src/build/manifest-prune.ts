// When a run cannot vouch for what an earlier one built (the report could not be made: a procedure.yaml or people
// list that cannot be read, src/jobs/build.ts), the PDFs and Word documents of the policies it did not build or find
// up to date are removed with their entries in the manifest (manifest.ts), so that nothing in out/ looks current
// that this run could not make again. Only outputs of sources still there, which a build makes again once the error
// is fixed; the output of a policy whose file is gone stays as it was. Files first, then the manifest (written whole):
// stopped between the two, the next build finds an entry without its output and builds it again.
import { existsSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { readManifest, writeManifest } from './manifest.js';

/**
 * Removes from `outDir` the outputs its manifest records for sources that exist and are not in `vouched` (absolute
 * paths of the sources this run built or found up to date); the files removed, each as `outDir` joined with its name.
 */
export function removeOutputsNotVouched(outDir: string, vouched: ReadonlySet<string>): string[] {
  const manifest = readManifest(outDir);
  const inside = (name: string): boolean => resolve(outDir, name).startsWith(`${resolve(outDir)}${sep}`);
  const removed: string[] = [];
  let forgotten = 0;
  for (const [key, entry] of Object.entries(manifest.entries)) {
    const source = resolve(outDir, key);
    if (vouched.has(source) || !existsSync(source)) continue;
    for (const name of [entry.output, ...Object.keys(entry.also ?? {})].filter(inside)) {
      const path = join(outDir, name);
      if (!existsSync(path)) continue;
      rmSync(path, { force: true });
      removed.push(path);
    }
    delete manifest.entries[key];
    forgotten++;
  }
  if (forgotten > 0) writeManifest(outDir, manifest);
  return removed;
}

// Values prepared when clausemark itself is built (`npm run build` runs scripts/prepare-data.mjs): the parsed
// messages and label files and the compiled wording templates of the files clausemark ships, kept in dist/prepared/
// under the names the run caches give them (src/io/json-cache.ts). A fresh install's first run, and a run with the
// caches turned off, then reads them as a warm run reads its cache, instead of running the YAML parser and the
// Handlebars compiler cold (a sixth of a first one-policy `build`). They are part of the program, like its code: each
// is named by a hash of its input, so a template edited after the build is never answered from a prepared file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/prepared/ beside the running code (src/prepared/ when run from source, which is never made). */
const SHIPPED = fileURLToPath(new URL('../prepared/', import.meta.url));

let chosen: string | undefined | null = null;

/** The folder of prepared values, when there is one: dist/prepared/ unless another was named. */
export function preparedFolder(): string | undefined {
  if (chosen === null) chosen = existsSync(SHIPPED) ? SHIPPED : undefined;
  return chosen;
}

/** The file of the prepared value `name` of one kind (its folder's name), when there is a folder of prepared values. */
export function preparedFile(kind: string, name: string): string | undefined {
  const folder = preparedFolder();
  return folder === undefined ? undefined : join(folder, kind, name);
}

/** Reads prepared values from `dir` (undefined: none; null: the shipped folder again), for tests and the build. */
export function usePreparedFolder(dir: string | undefined | null): void {
  chosen = dir;
}

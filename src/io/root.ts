// The project root: the folder whose templates/ (brands, labels, layouts) a build uses, and inside which every
// path named by a document or brand must stay. It is the nearest folder up from the working directory that has
// templates/brands; a project without its own templates uses the ones shipped with clausemark.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** clausemark's own install folder (this file is src/io/ or dist/io/ in it, or bundled into dist/chunks/: two levels down either way). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function findProjectRoot(start: string = process.cwd()): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'templates', 'brands'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return PACKAGE_ROOT;
    dir = parent;
  }
}

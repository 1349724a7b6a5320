// clausemark's own install folder: where the shipped templates (brands, labels, layouts, procedures, sector
// templates), fonts and package.json are. A project's files are looked for first (src/io/project.ts finds the
// project); every file the project lacks is the one here.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** clausemark's own install folder (this file is src/io/ or dist/io/ in it, or bundled into dist/chunks/: two levels down either way). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's `templates/<relative>` where it has that file, else clausemark's own; undefined where neither has it. */
export function templatePath(root: string, relative: string): string | undefined {
  for (const base of [resolve(root), PACKAGE_ROOT]) {
    const path = join(base, 'templates', relative);
    if (existsSync(path)) return path;
  }
  return undefined;
}

// Where a file of templates/ comes from: the project's own templates/ when it has that file, else the one shipped
// with clausemark. A school's project then holds only what it changes (say templates/brands/myschool.yaml and its
// logo): wording, layouts, label files and report assets it does not have are clausemark's own.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT, templatePath } from '../io/root.js';

/** The project's `templates/<relative>` if it exists, else clausemark's own (if that exists), else the project's. */
export function templateFile(root: string, relative: string): string {
  return templatePath(root, relative) ?? join(resolve(root), 'templates', relative);
}

/** The names in the project's `templates/<folder>` and in clausemark's own, together, sorted. */
export function templateEntries(root: string, folder: string): string[] {
  const names = new Set<string>();
  for (const base of [resolve(root), PACKAGE_ROOT]) {
    try {
      for (const entry of readdirSync(join(base, 'templates', folder))) names.add(entry);
    } catch {
      // No such folder there.
    }
  }
  return [...names].sort();
}

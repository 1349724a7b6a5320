// The TypeScript files under a folder, for the tests that read the source itself (layers, wording, ids).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file under `folder`, at any depth, as absolute paths when `folder` is one. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

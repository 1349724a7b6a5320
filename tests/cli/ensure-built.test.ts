// scripts/ensure-built.mjs, the up-to-date test `npm start` and the CLI lanes make before running dist/: the build is
// stale when any input (a file or folder under src/ or types/, or one of the named files) is newer than
// dist/cli/main.js, and only then. Run on a copy of the script in a package folder of its own, so the tests touch no
// file of this checkout's sources.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

const BUILT_AT = new Date('2026-03-10T12:00:00Z');
const BEFORE = new Date('2026-03-10T11:00:00Z');
const AFTER = new Date('2026-03-10T13:00:00Z');

let root: string;
let staleInput: () => string | undefined;

/** Writes `path` (under the package folder) with the time `at`, and the folders above it with BEFORE. */
function write(path: string, at: Date = BEFORE): void {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, path);
  utimesSync(file, at, at);
}

/** Gives every folder of the package the time BEFORE (writing a file moves its folder's time). */
function settleFolders(): void {
  for (const folder of ['src', 'src/io', 'src/cli', 'types', 'scripts', 'dist', 'dist/cli'])
    utimesSync(join(root, folder), BEFORE, BEFORE);
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'clausemark-ensure-built-'));
  mkdirSync(join(root, 'scripts'));
  copyFileSync(join(PROJECT_ROOT, 'scripts', 'ensure-built.mjs'), join(root, 'scripts', 'ensure-built.mjs'));
  for (const file of ['src/io/root.ts', 'src/cli/main.ts', 'types/bundle-constants.d.ts', 'package.json']) write(file);
  write('dist/cli/main.js', BUILT_AT);
  settleFolders();
  // A module URL of its own per test: the copy is a new file each time, and so is its import.
  ({ staleInput } = await import(`${pathToFileURL(join(root, 'scripts', 'ensure-built.mjs')).href}?${root}`));
  return () => rmSync(root, { recursive: true, force: true });
});

describe('the up-to-date test of npm start (scripts/ensure-built.mjs)', () => {
  it('finds nothing to do when every input is older than the build (the control: what the cases below change)', () => {
    expect(staleInput()).toBeUndefined();
  });

  it.each<[string, () => void, string]>([
    ['a file deep in src/ edited', () => write('src/io/root.ts', AFTER), 'src'],
    ['a file added to src/', () => write('src/cli/new.ts', AFTER), 'src'],
    [
      'a file of src/ deleted (only its folder moves)',
      () => {
        rmSync(join(root, 'src', 'cli', 'main.ts'));
        utimesSync(join(root, 'src', 'cli'), AFTER, AFTER);
      },
      'src',
    ],
    ['a declaration in types/ edited', () => write('types/bundle-constants.d.ts', AFTER), 'types'],
    ['package.json edited', () => write('package.json', AFTER), 'package.json'],
    ['a named file that was missing added', () => write('tsconfig.json', AFTER), 'tsconfig.json'],
    ['the bundler edited', () => write('scripts/bundle.mjs', AFTER), join('scripts', 'bundle.mjs')],
    ['no build at all', () => rmSync(join(root, 'dist', 'cli', 'main.js')), 'dist/'],
  ])('names the input when %s', (_name, change, input) => {
    change();
    expect(staleInput()).toBe(input);
  });

  it('takes an input older than the build, or a file outside the inputs, as up to date', () => {
    write('src/io/older.ts', BEFORE);
    write('templates/brands/x.yaml', AFTER);
    write('README.md', AFTER);
    settleFolders();
    expect(staleInput()).toBeUndefined();
  });
});

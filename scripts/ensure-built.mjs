// The compiled CLI (dist/) is rebuilt only when a source file is newer than the build: `npm start`
// (scripts/start.mjs) and the test lanes that run the CLI (tests/support/global-setup.ts) both come here, so an
// unchanged checkout starts at once and an edited one never runs stale code. `npm ci` compiles it first (the prepare
// script).
//
//   node scripts/ensure-built.mjs      rebuild when stale; exit code of the build (0 when nothing to do)
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli', 'main.js');

/**
 * What the build reads. templates/ is not among them: read at run time, never bundled; the values the build prepares
 * from it (scripts/prepare-data.mjs) are named by a hash of their input, so an edited template only finds none.
 */
const INPUTS = [
  'src',
  'types',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  join('scripts', 'bundle.mjs'),
  join('scripts', 'prepare-data.mjs'),
];

/**
 * Whether `path` or anything under it was modified after `builtAt` (a folder's own time covers a file deleted or
 * renamed in it). Stops at the first such entry; with nothing newer, that is one stat per file and folder (about 620 here):
 * no existsSync beside each stat, which made it two calls per entry.
 */
function newerIn(path, builtAt) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return false; // as existsSync: what cannot be seen is not an input
  }
  if (stat.mtimeMs > builtAt) return true;
  if (!stat.isDirectory()) return false;
  for (const name of readdirSync(path)) if (newerIn(join(path, name), builtAt)) return true;
  return false;
}

/** The first input newer than dist/cli/main.js (or 'dist/' when there is no build), undefined when up to date. */
export function staleInput() {
  if (!existsSync(built)) return 'dist/';
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.find((input) => newerIn(join(root, input), builtAt));
}

/** Rebuilds (npm run build) when stale; returns the build's exit code, 0 when there was nothing to do. */
export function ensureBuilt() {
  const stale = staleInput();
  if (stale === undefined) return 0;
  console.log(`compiling clausemark (${stale} changed since the last build) …`);
  // node:child_process only now: as an ES module it costs every up-to-date start ~1% of its instructions (callgrind)
  const { spawnSync } = createRequire(import.meta.url)('node:child_process');
  const run = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return run.status ?? 1;
}

const invoked = process.argv[1] && existsSync(process.argv[1]) ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) process.exit(ensureBuilt());

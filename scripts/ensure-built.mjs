// `npm start` runs the compiled CLI. `npm ci` compiles it (the prepare script); this rebuilds only when a source
// file is newer than the build, so an unchanged checkout starts at once and an edited one never runs stale code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli', 'main.js');

function newestIn(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestIn(join(path, name))), stat.mtimeMs);
}

const inputs = ['src', 'types', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', join('scripts', 'bundle.mjs')];
const stale = !existsSync(built) || inputs.some((input) => newestIn(join(root, input)) > statSync(built).mtimeMs);
if (stale) {
  console.log('compiling clausemark (sources changed since the last build) …');
  const run = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(run.status ?? 1);
}

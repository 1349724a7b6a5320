// Byte-identity of `compare`'s outputs across commits, for changes meant to leave them alone (speed, moves): runs the
// built CLI on every case of compare's test corpus (the seeds in policies/, each kind of ../shared/dev-corpus/nl-kinds,
// two versions of Boek 2 BW imported from ../shared/dev-corpus/nl-wet-bw2) in each format compare writes, with the
// caches off, filling a fresh cache folder and warm from it, and writes a manifest of the sha256 of every stdout,
// stderr and exit code. Given the manifest of another commit it lists every difference and exits 1 when there is one.
//
//   npm run bench:compare-identity -- --write /tmp/before.json      (builds dist/ first)
//   (change)  npm run bench:compare-identity -- --write /tmp/after.json --against /tmp/before.json
//
// Options: --only seeds,nl-kinds,bw2 (case groups; default all), --formats text,json (default every compare format),
// --work <folder> (imports and cache folders; the same one for both runs, as a path could reach an output), --cli
// <main.js> (another build's CLI, e.g. a copy of dist/ with node_modules and templates beside it; default dist/).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { seedFiles } from './corpus.js';

const FORMATS = ['text', 'md', 'json', 'html', 'pdf'];
const MODES = ['off', 'fill', 'warm'] as const;

interface Entry {
  exit: number | null;
  stdoutBytes: number;
  stdout: string;
  stderr: string;
}
interface Manifest {
  commit: string;
  node: string;
  entries: Record<string, Entry>;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const root = resolve('.');
const cli = resolve(option('cli') ?? join(root, 'dist', 'cli', 'main.js'));
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
const work = resolve(option('work') ?? join(tmpdir(), 'clausemark-compare-identity'));
const only = option('only')?.split(',');
const formats = option('formats')?.split(',') ?? FORMATS;
const written = option('write');
const against = option('against');
const shared = resolve(root, '..', 'shared', 'dev-corpus');

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');
/** The work folder named as such, so a path through it does not tell one run from another with another --work. */
const placeless = (bytes: Buffer): Buffer =>
  bytes.includes(work) ? Buffer.from(bytes.toString('latin1').split(work).join('<work>'), 'latin1') : bytes;

function run(args: string[], cacheDir: string): Entry {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    env: { ...process.env, CLAUSEMARK_CACHE_DIR: cacheDir, NO_COLOR: '1' },
    maxBuffer: 1024 ** 3,
    timeout: 600_000,
  });
  if (result.error) throw result.error;
  const stdout = placeless(result.stdout);
  return {
    exit: result.status,
    stdoutBytes: stdout.length,
    stdout: sha256(stdout),
    stderr: sha256(placeless(result.stderr)),
  };
}

/** Each case: a name and compare's paths (relative to the repo, as a user in it would type them). */
function cases(): { name: string; paths: string[] }[] {
  const all: { name: string; paths: string[] }[] = [];
  const want = (group: string) => !only || only.includes(group);
  if (want('seeds')) all.push({ name: 'seeds', paths: seedFiles() });
  const kinds = join(shared, 'nl-kinds');
  if (want('nl-kinds')) {
    if (!existsSync(kinds)) console.error(`skipped nl-kinds: ${kinds} is not present`);
    else
      for (const kind of readdirSync(kinds, { withFileTypes: true }).filter((entry) => entry.isDirectory()))
        all.push({ name: `nl-kinds/${kind.name}`, paths: [relative(root, join(kinds, kind.name))] });
  }
  const bw2 = join(shared, 'nl-wet-bw2');
  if (want('bw2')) {
    if (!existsSync(bw2)) console.error(`skipped bw2: ${bw2} is not present`);
    else
      all.push({
        name: 'bw2',
        paths: ['bw2-2021-05-01', 'bw2-2021-07-01'].map((name) => {
          // Imported as bench/index.ts does; the import is in the manifest too, so a change there shows as such.
          const out = join(work, 'bw2', name, 'bw2.md');
          rmSync(dirname(out), { recursive: true, force: true });
          mkdirSync(dirname(out), { recursive: true });
          const imported = run(['import', join(bw2, `${name}.txt`), '--out', out], 'off');
          // The comparison PDF is dated by its newest input file: the import's time would make each run's PDF differ.
          const { mtime } = statSync(join(bw2, `${name}.txt`));
          utimesSync(out, mtime, mtime);
          const policy = readFileSync(out);
          // The policy written stands for the import's stdout (a line naming the file).
          entries[`bw2/import ${name}`] = { ...imported, stdoutBytes: policy.length, stdout: sha256(policy) };
          return out;
        }),
      });
  }
  return all;
}

const entries: Record<string, Entry> = {};
mkdirSync(work, { recursive: true });
for (const { name, paths } of cases()) {
  const started = performance.now();
  for (const format of formats)
    entries[`${name} ${format} off`] = run(['compare', ...paths, '--format', format], 'off');
  const cache = mkdtempSync(join(work, 'cache-'));
  for (const mode of MODES.slice(1))
    for (const format of formats)
      entries[`${name} ${format} ${mode}`] = run(['compare', ...paths, '--format', format], cache);
  rmSync(cache, { recursive: true, force: true });
  console.error(
    `${name}: ${formats.length * MODES.length} runs, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
const manifest: Manifest = { commit, node: process.version, entries };
if (written) writeFileSync(written, `${JSON.stringify(manifest, null, 1)}\n`);
console.error(`${Object.keys(entries).length} outputs of ${commit}${written ? `, manifest in ${written}` : ''}`);

if (against) {
  const before = JSON.parse(readFileSync(against, 'utf8')) as Manifest;
  const differences: string[] = [];
  for (const key of new Set([...Object.keys(before.entries), ...Object.keys(entries)])) {
    const [was, now] = [before.entries[key], entries[key]];
    if (!was || !now) {
      // A manifest of fewer cases (--only, --formats) is compared on the cases both have.
      if (!only && !option('formats')) differences.push(`${key}: only in ${was ? before.commit : commit}`);
      continue;
    }
    const changed = (['exit', 'stdout', 'stderr'] as const).filter((part) => was[part] !== now[part]);
    if (changed.length > 0)
      differences.push(`${key}: ${changed.join(', ')} differ (stdout ${was.stdoutBytes} → ${now.stdoutBytes} bytes)`);
  }
  console.log(
    differences.length === 0
      ? `byte-identical to ${before.commit}: every output both manifests hold`
      : `${differences.length} differences from ${before.commit}:\n${differences.join('\n')}`,
  );
  process.exitCode = differences.length === 0 ? 0 : 1;
}

// What a cold command loads and where its time goes. Two probes on a run of the bundled CLI:
// - the modules it loads, recorded by a module-loader hook, mapped to npm packages through the `// node_modules/…`
//   markers esbuild leaves in each chunk: so `check` and `diff` can be seen not to load pdfkit. The command thread
//   mostly runs from one CommonJS file compiled through vm.Script with its code cache (src/cli/startup/thread-start.ts),
//   which no loader hook sees: what it ran comes from V8's coverage (NODE_V8_COVERAGE, a run of its own), each
//   function called counted for the package whose marker is above it;
// - a CPU profile (node --cpu-prof): the functions with the most time of their own, for finding hot spots.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WRAPPER_HEAD } from '../src/cli/startup/code-cache.js';

export interface ColdProfile {
  label: string;
  /** npm packages whose code the command loaded, sorted. */
  packages: string[];
  /** Total sampled time, ms. */
  sampledMs: number;
  /** Functions by self time, ms, most first: "name (file:line)". */
  hotSpots: [string, number][];
  /** Self time by package (or "clausemark", "node", "gc"), ms. */
  byPackage: [string, number][];
}

// Registers a loader hook that appends every loaded file: URL to $BENCH_LOADED (hooks run off the main thread).
const HOOK = `data:text/javascript,${encodeURIComponent(
  "import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(\"import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(process.env.BENCH_LOADED, url + '\\\\n'); return next(url, context); }\"));",
)}`;

const packagesCache = new Map<string, string[]>();

/** The npm packages bundled into a file, from esbuild's `// node_modules/<package>/…` source markers. */
function packagesIn(file: string): string[] {
  if (!packagesCache.has(file)) {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const found = new Set<string>();
    for (const match of text.matchAll(/^\/\/ (?:[^\n]*\/)?node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm))
      found.add(match[1]!);
    const inNodeModules = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    if (inNodeModules) found.add(inNodeModules[1]!);
    packagesCache.set(file, [...found]);
  }
  return packagesCache.get(file)!;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export function profileCommand(
  label: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): ColdProfile {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-bench-prof-'));
  try {
    const loaded = join(dir, 'loaded.txt');
    const result = spawnSync(
      process.execPath,
      ['--import', HOOK, '--cpu-prof', '--cpu-prof-interval', '250', '--cpu-prof-dir', dir, ...args],
      {
        cwd: options.cwd,
        env: { ...process.env, ...options.env, BENCH_LOADED: loaded },
        encoding: 'utf8',
      },
    );
    if (result.status !== 0 && result.status !== 1)
      throw new Error(
        `${label}: exited with ${result.status}: ${result.stderr.trim().split('\n').slice(-2).join(' | ')}`,
      );
    const files = existsSync(loaded)
      ? readFileSync(loaded, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((url) => fileURLToPath(url))
      : [];
    const packages = [...new Set([...files.flatMap(packagesIn), ...packagesRun(args, options)])].sort();
    // One profile per thread: the main thread (mostly waiting) and the command thread (the work), taken together.
    const profiles = readdirSync(dir)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile);
    return { label, packages, ...summarise(profiles) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Time sampled in the threads' profiles (a thread's waiting left out), by function and by package. */
function summarise(profiles: CpuProfile[]): Pick<ColdProfile, 'sampledMs' | 'hotSpots' | 'byPackage'> {
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let sampledMs = 0;
  for (const profile of profiles) {
    const selfMs = new Map<number, number>();
    profile.samples.forEach((id, index) =>
      selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000),
    );
    for (const node of profile.nodes) {
      const ms = selfMs.get(node.id) ?? 0;
      const { functionName, url, lineNumber } = node.callFrame;
      if (ms === 0 || functionName === '(idle)') continue;
      sampledMs += ms;
      const path = url.startsWith('file:') ? fileURLToPath(url) : url;
      const short = path.replace(/^.*\/(node_modules|dist)\//, '$1/');
      const name = `${functionName || '(anonymous)'} (${short || 'native'}${short ? `:${lineNumber + 1}` : ''})`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
      const owner =
        functionName === '(garbage collector)'
          ? 'gc'
          : path.startsWith('node:') || path === ''
            ? 'node'
            : ownerOf(path, functionName, lineNumber);
      byPackage.set(owner, (byPackage.get(owner) ?? 0) + ms);
    }
  }
  const top = (map: Map<string, number>, count: number): [string, number][] =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  return { sampledMs, hotSpots: top(byFunction, 12), byPackage: top(byPackage, 10) };
}

/** Which package a line of a bundle chunk belongs to: the nearest `// node_modules/<package>/` marker above it. */
function ownerOf(file: string, _functionName: string, lineNumber: number): string {
  const inNodeModules = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (inNodeModules) return inNodeModules[1]!;
  const lines = markerLines(file);
  let owner = 'clausemark';
  for (const [line, name] of lines) {
    if (line > lineNumber) break;
    owner = name;
  }
  return owner;
}

const markers = new Map<string, [number, string][]>();

function markerLines(file: string): [number, string][] {
  if (!markers.has(file)) {
    const found: [number, string][] = [];
    const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
    lines.forEach((text, index) => {
      const match = /^\/\/ (?:[^\n]*\/)?(node_modules\/((?:@[^/]+\/)?[^/]+)\/|src\/)/.exec(text);
      if (match) found.push([index, match[2] ?? 'clausemark']);
    });
    markers.set(file, found);
  }
  return markers.get(file)!;
}

interface Coverage {
  result: { url: string; functions: { ranges: { startOffset: number; count: number }[] }[] }[];
}

/** The packages whose code ran in the command thread's CommonJS bundle (none when the command ran without it). */
function packagesRun(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-bench-coverage-'));
  try {
    spawnSync(process.execPath, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, NODE_V8_COVERAGE: dir },
      encoding: 'utf8',
    });
    const found = new Set<string>();
    for (const name of readdirSync(dir)) {
      const coverage = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Coverage;
      for (const script of coverage.result.filter((each) =>
        /\/command-thread-(?:script|light)-[\w-]+\.js$/.test(each.url),
      ))
        for (const owner of ownersRun(script)) found.add(owner);
    }
    return [...found];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The owners (packages, or clausemark) of the functions of one script that were called. */
function ownersRun(script: Coverage['result'][number]): Set<string> {
  const file = script.url.startsWith('file:') ? fileURLToPath(script.url) : script.url;
  const source = existsSync(file) ? readFileSync(file, 'latin1') : '';
  const starts: [number, string][] = [];
  for (const match of source.matchAll(/^\/\/ (?:[^\n]*\/)?(node_modules\/((?:@[^/]+\/)?[^/]+)\/|src\/)/gm))
    starts.push([match.index ?? 0, match[2] ?? 'clausemark']);
  const owners = new Set<string>();
  for (const { ranges } of script.functions) {
    const first = ranges[0];
    if (!first || first.count === 0) continue;
    const at = first.startOffset - WRAPPER_HEAD.length;
    const owner = starts.findLast(([start]) => start <= at)?.[1];
    if (owner && owner !== 'clausemark') owners.add(owner);
  }
  return owners;
}

// What a cold command loads and where its time goes. Two probes on a run of the bundled CLI:
// - the modules it loads, recorded by a module-loader hook, mapped to npm packages through the `// node_modules/…`
//   markers esbuild leaves in each chunk: so `check` and `diff` can be seen not to load pdfkit;
// - a CPU profile (node --cpu-prof): the functions with the most time of their own, for finding hot spots.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
    for (const match of text.matchAll(/^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)) found.add(match[1]!);
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
    const packages = [...new Set(files.flatMap(packagesIn))].sort();
    const profileFile = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!profileFile) return { label, packages, sampledMs: 0, hotSpots: [], byPackage: [] };
    const profile = JSON.parse(readFileSync(join(dir, profileFile), 'utf8')) as {
      nodes: ProfileNode[];
      samples: number[];
      timeDeltas: number[];
    };
    const selfMs = new Map<number, number>();
    profile.samples.forEach((id, index) =>
      selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000),
    );
    const byFunction = new Map<string, number>();
    const byPackage = new Map<string, number>();
    let sampledMs = 0;
    for (const node of profile.nodes) {
      const ms = selfMs.get(node.id) ?? 0;
      if (ms === 0) continue;
      sampledMs += ms;
      const { functionName, url, lineNumber } = node.callFrame;
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
    const top = (map: Map<string, number>, count: number): [string, number][] =>
      [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
    return { label, packages, sampledMs, hotSpots: top(byFunction, 12), byPackage: top(byPackage, 10) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
      const match = /^\/\/ (node_modules\/((?:@[^/]+\/)?[^/]+)\/|src\/)/.exec(text);
      if (match) found.push([index, match[2] ?? 'clausemark']);
    });
    markers.set(file, found);
  }
  return markers.get(file)!;
}

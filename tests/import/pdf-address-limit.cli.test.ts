// Issue 39 item 8: importing a 25-page PDF (LibreOffice's, tests/fixtures/import/truths/long-reglement.pdf) under an
// address-space limit of 6 GB (`ulimit -v 6000000`, as a CI runner or a service unit may set) failed with "Cannot
// allocate Wasm memory … an input larger than the memory allows": loading pdfjs read `Response`, which made Node
// load undici and instantiate its HTTP parser as WebAssembly, and V8 reserves gigabytes of address space for a
// WebAssembly memory. Run as the user runs it, the built CLI in a child shell with the limit set.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertCliLane, CLI, type CliRun } from '../support/cli.js';
import { cacheDir, ENGLISH_LOCALE } from '../support/cli-in-process.js';
import { PROJECT_ROOT } from '../support/paths.js';

const PDF = join(import.meta.dirname, '../fixtures/import/truths/long-reglement.pdf');

/** The built CLI under `ulimit -v kilobytes` in a shell of its own. */
function limited(kilobytes: number, args: string[]): Promise<CliRun> {
  assertCliLane();
  const child = spawn('sh', ['-c', `ulimit -v ${kilobytes} && exec "$0" "$@"`, process.execPath, CLI, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: cacheDir(), ...ENGLISH_LOCALE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() }),
    );
  });
}

describe('importing a PDF under an address-space limit', () => {
  it('imports a 25-page PDF with `ulimit -v 6000000` (6 GB), every word accounted for', async () => {
    const run = await limited(6_000_000, ['import', PDF, '--org', 'school', '--dry-run', '--out', 'reglement.md']);
    expect(run.stderr).not.toMatch(/Wasm|internal error/u);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/would write reglement\.md from .*long-reglement\.pdf \(\d+ of \d+ source words/u);
    expect(run.stdout).toMatch(/, 0 lost\)\n$/u);
  });

  // Issue 68: pdfjs required @napi-rs/canvas when it loaded, whose Skia and Tokio reserve 1.2 GB of address space,
  // so under `prlimit --as=3000000000` V8 ran out of memory with 200 MB in use ("JavaScript heap out of memory").
  it('imports it with an address space of 3 GB (prlimit --as=3000000000)', async () => {
    const run = await limited(Math.floor(3_000_000_000 / 1024), [
      'import',
      PDF,
      '--org',
      'school',
      '--dry-run',
      '--out',
      'reglement.md',
    ]);
    expect(run.stderr).not.toMatch(/heap out of memory|Wasm|internal error/u);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/, 0 lost\)\n$/u);
  });
});

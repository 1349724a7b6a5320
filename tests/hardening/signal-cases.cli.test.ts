// The bad-input cases that send a signal (tests/fixtures/bad/cases-signals.yaml; issue 23 item 13). Only a process of
// its own can be signalled, so each runs the compiled CLI in a child process in a fresh temp folder, sends the signal
// once the run has used `busy` CPU seconds (so it is in the middle of its work whatever the load on the machine),
// and must end as the case says: the exit code (130 / 143, not killed by the signal without a word), the line on
// stderr, no stack trace, within `seconds` of the signal (a "stops at all" bound, not a speed target), and no file
// written or changed: no output, no temp or lock file, the policy byte for byte as it was.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertCliLane, CLI } from '../support/cli.js';
import { ENGLISH_LOCALE } from '../support/cli-in-process.js';
import { BAD_DIR, type BadCase, loadCases } from './cases.js';
import { GENERATORS } from './generate.js';
import { changedPaths, snapshot } from './output.js';

assertCliLane();

const CASES = loadCases().filter((item) => item.signal !== undefined);

function contentOf(source: string): Uint8Array {
  if (!source.startsWith('generate:')) return readFileSync(join(BAD_DIR, source));
  const generate = GENERATORS[source.slice('generate:'.length)];
  if (!generate) throw new Error(`no generator ${source}`);
  return generate();
}

/** The case folder with its files; returns it and the command line with {file}, {dir} and {out} filled in. */
function prepare(item: BadCase): { dir: string; args: string[] } {
  const dir = mkdtempSync(join(tmpdir(), `clausemark-signal-${item.name}-`));
  const files: Record<string, string> = { ...item.files };
  let file = '';
  if (item.policy) {
    file = item.policy.split('/').pop() ?? item.policy;
    files[file] = item.policy;
  } else if (item.generate) {
    file = `${item.generate}.md`;
    files[file] = `generate:${item.generate}`;
  }
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contentOf(source));
  }
  const fill = (text: string): string =>
    text.replaceAll('{file}', file).replaceAll('{dir}', dir).replaceAll('{out}', 'out');
  return { dir, args: item.args.map(fill) };
}

/** CPU seconds the process has used so far (all its threads), from /proc; undefined where there is none. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

interface Interrupted {
  /** The run ended before the signal could be sent: the input is too small to test anything. */
  finishedFirst: boolean;
  code: number | null;
  signal: string | null;
  stderr: string;
  secondsAfterSignal: number;
}

async function interrupt(item: BadCase, dir: string, args: string[]): Promise<Interrupted> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: 'off', ...ENGLISH_LOCALE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let ended = false;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('close', (code, signal) => {
      ended = true;
      resolve({ code, signal });
    }),
  );
  const started = Date.now();
  for (;;) {
    const used = cpuSeconds(child.pid ?? 0);
    if (ended || (used === undefined ? Date.now() - started > 3000 : used >= (item.busy ?? 1.5))) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const finishedFirst = ended;
  const sent = Date.now();
  child.kill(item.signal);
  // A run that ignored the signal is ended here, so the test fails on its assertions instead of timing out.
  const ceiling = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const { code, signal } = await exited;
  clearTimeout(ceiling);
  return { finishedFirst, code, signal, stderr, secondsAfterSignal: (Date.now() - sent) / 1000 };
}

async function runCase(item: BadCase): Promise<void> {
  const { dir, args } = prepare(item);
  try {
    const before = snapshot(dir);
    const run = await interrupt(item, dir, args);
    const context = `exit ${run.code} (signal ${run.signal})\n--- stderr\n${run.stderr.slice(0, 3000)}`;
    expect(run.finishedFirst, `${args[0]} was done before the signal: make its input larger`).toBe(false);
    expect({ code: run.code, signal: run.signal }, context).toEqual({ code: item.exit, signal: null });
    expect(run.stderr, context).toMatch(new RegExp(item.stderr ?? ''));
    expect(run.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
    if (item.seconds !== undefined)
      expect(run.secondsAfterSignal, `ends within ${item.seconds} s of the signal`).toBeLessThan(item.seconds);
    expect(changedPaths(before, snapshot(dir)), `nothing written or changed\n${context}`).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a signal during a long run (tests/fixtures/bad/cases-signals.yaml)', () => {
  it('has cases', () => expect(CASES.length).toBeGreaterThan(0));
  for (const item of CASES) {
    it(`${item.name}: ${item.about}`, () => runCase(item), 120_000);
  }
});

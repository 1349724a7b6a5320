// The thread every command runs in (src/cli/startup/binary.ts, src/cli/startup/command-thread.ts): when it runs out of memory, the
// main thread, which holds nothing, says so in one line and exits 2; before, the process aborted natively (exit 134)
// with V8's report of the heap and a native stack.
// A `check` the binary runs in its main thread instead ends on a fault it does not catch the same way.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../../support/cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A policy of `clauses` clauses whose wording differs per edition. */
function policy(clauses: number, edition: number): string {
  const lines = [`---\nid: groot\ntitle: Groot\norganisation: School\nversion: "1.${edition}"\n---\n`];
  for (let n = 0; n < clauses; n++)
    lines.push(`{#c${n}} Medewerkers delen geen foto's van leerlingen (regel ${n}, versie ${edition + (n % 7)}).\n`);
  return lines.join('\n');
}

describe('the command thread out of memory', () => {
  it('ends the run with one line and exit 2, not a native abort', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-oom-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'oud.md'), policy(15_000, 0));
    writeFileSync(join(dir, 'nieuw.md'), policy(15_000, 1));
    // A heap of 60 MB (NODE_OPTIONS reaches the command thread too) is far too small for this diff.
    const run = await runBuiltCli(['diff', 'oud.md', 'nieuw.md', '--out', 'diff.html'], {
      cwd: dir,
      env: { NODE_OPTIONS: '--max-old-space-size=60' },
    });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(
      /^clausemark: internal error: .*memory limit.* \(a bug in clausemark, or an input larger than the memory allows; please report it\)\n$/,
    );
    expect(readdirSync(dir).sort(), 'nothing written').toEqual(['nieuw.md', 'oud.md']);
  }, 120_000);
});

describe('a check run in the main thread (src/cli/startup/main-thread-run.ts)', () => {
  it('ends on a fault it does not catch as a command thread does: one line, exit 2, nothing else printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-fault-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'beleid.md'), policy(20, 0));
    // A fault thrown outside any of the run's own catches, on the loop's next turn after the run reads its policy.
    const fault = [
      'import fs from "node:fs";',
      'const plant = (path) => { if (String(path).endsWith("beleid.md")) setImmediate(() => { throw new Error("planted fault"); }); };',
      'for (const [api, name] of [[fs, "readFileSync"], [fs, "readFile"], [fs.promises, "readFile"], [fs, "openSync"], [fs.promises, "open"]]) {',
      '  const real = api[name];',
      '  api[name] = function (path, ...rest) { plant(path); return real.call(this, path, ...rest); };',
      '}',
    ].join('\n');
    const run = await runBuiltCli(['check', 'beleid.md'], {
      cwd: dir,
      env: { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(fault)}` },
    });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(
      /^clausemark: internal error: planted fault \(a bug in clausemark, or an input larger than the memory allows; please report it\)\n$/,
    );
    expect(run.stdout, 'the run printed nothing after the fault').toBe('');
  }, 60_000);
});

// The bad-input cases that send a signal (tests/fixtures/bad/cases-signals.yaml; issue 23 item 13). Only a process of
// its own can be signalled, so each runs the compiled CLI in a child process in a fresh temp folder, holds it at the
// point of its work the case names and sends the signal there (tests/hardening/interrupt.ts: a condition, not the
// clock, so the run cannot finish first on a quiet machine), and it must end as the case says: the exit code (130 /
// 143, not killed by the signal without a word), the line on stderr, no stack trace, and no file written or changed:
// no output, no temp or lock file, the policy byte for byte as it was. A run the signal does not end is killed after
// a ceiling and fails on its exit code.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertCliLane } from '../support/cli.js';
import { ENGLISH_LOCALE } from '../support/cli-in-process.js';
import { BAD_DIR, type BadCase, loadCases } from './cases.js';
import { GENERATORS } from './generate.js';
import { interrupt, RUN_BOUND_MS } from './interrupt.js';
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

async function runCase(item: BadCase): Promise<void> {
  const { dir, args } = prepare(item);
  try {
    const before = snapshot(dir);
    const run = await interrupt(dir, args, {
      signal: item.signal ?? 'SIGTERM',
      hold: item.hold ?? 'commit',
      ceilingMs: 60_000,
      env: ENGLISH_LOCALE,
    });
    const context = `exit ${run.code} (signal ${run.signal}, ${run.secondsAfterSignal} s after it)\n--- stderr\n${run.stderr.slice(0, 3000)}`;
    expect(run.finishedFirst, `${args[0]} ended without reaching its hold point (${item.hold})\n${context}`).toBe(
      false,
    );
    expect({ code: run.code, signal: run.signal }, context).toEqual({ code: item.exit, signal: null });
    expect(run.stderr, context).toMatch(new RegExp(item.stderr ?? ''));
    expect(run.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
    expect(changedPaths(before, snapshot(dir)), `nothing written or changed\n${context}`).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a signal during a long run (tests/fixtures/bad/cases-signals.yaml)', () => {
  it('has cases', () => expect(CASES.length).toBeGreaterThan(0));
  for (const item of CASES) {
    it(`${item.name}: ${item.about}`, () => runCase(item), RUN_BOUND_MS);
  }
});

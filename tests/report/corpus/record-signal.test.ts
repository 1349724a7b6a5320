// A signal while `build` removes the board packs and comparisons of a policy whose file is gone
// (src/report/corpus/record.ts, removeReportsOfGone): the removal is counted in as a write, so the signal handler
// waits for every file and the folders they leave empty; the record is then not written, and the next run finds the
// files gone and forgets them.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { sha256 } from '../../../src/model/fingerprint.js';

const signal = vi.hoisted(() => ({ during: undefined as (() => void) | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const rmSync = ((...args: Parameters<typeof actual.rmSync>) => {
    signal.during?.();
    actual.rmSync(...args);
  }) as typeof actual.rmSync;
  return { ...actual, rmSync, default: { ...actual, rmSync } };
});

const { readReportsRecord, recordReports, removeReportsOfGone } = await import('../../../src/report/corpus/record.js');
const { stopWrites } = await import('../../../src/io/write-stop.js');

describe('a signal while the board packs and comparisons of a gone policy are removed', () => {
  it('waits for every one of them and the folders they leave empty, then writes no record', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clausemark-record-signal-')), 'out');
    const names = ['compare/meldcode.json', 'linde/meldcode-1.0-to-2.0.pdf'];
    const made = names.map((name) => {
      const path = join(out, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, name);
      return { path, sha256: sha256(name), sources: [join(out, '../policies/gone.md')] };
    });
    recordReports(
      out,
      made.map((file) => file.path),
      's1',
      made,
    );
    let waited: boolean | undefined;
    signal.during = () => {
      signal.during = undefined;
      waited = stopWrites(1);
    };
    expect(removeReportsOfGone(out).sort()).toEqual(made.map((file) => file.path));
    expect(waited, 'the removal was counted in while it ran').toBe(false);
    for (const folder of ['linde', 'compare']) expect(existsSync(join(out, folder)), folder).toBe(false);
    expect(readReportsRecord(out).written).toEqual(names);
    // After the signal, nothing more.
    expect(removeReportsOfGone(out)).toEqual([]);
  });
});

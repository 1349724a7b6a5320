// The record of the board packs and comparisons `start` wrote (src/report/corpus/record.ts): read from the older form
// (the stamp alone) without a rebuild, kept whole, and what a run could not make again removed, never a file outside
// the output folder nor one it did not write. A file made from a policy whose file is gone is removed while still as
// written (removeReportsOfGone, for `build`, which makes none of them); a folder left empty goes with its files.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readReportsRecord,
  recordReports,
  removeReportsNotMade,
  removeReportsOfGone,
} from '../../../src/report/corpus/record.js';
import { sha256 } from '../../../src/model/fingerprint.js';

function folder(): { root: string; out: string; write(name: string): string } {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-reports-record-'));
  const out = join(root, 'out');
  mkdirSync(out);
  return {
    root,
    out,
    write(name) {
      const path = join(out, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, name);
      return path;
    },
  };
}

describe('the record of the board packs and comparisons', () => {
  it('reads the older form, the stamp alone, as that stamp with no file written', () => {
    const { out } = folder();
    writeFileSync(join(out, '.clausemark-reports.json'), 'abc123');
    expect(readReportsRecord(out)).toEqual({ stamp: 'abc123', written: [] });
  });

  it('keeps the files written before that are still there, and the stamp of the last complete run', () => {
    const { out, write } = folder();
    const pack = write('linde/meldcode-1.0-to-2.0.pdf');
    recordReports(out, [pack], 's1');
    const comparison = write('compare/meldcode.json');
    recordReports(out, [comparison], undefined);
    expect(readReportsRecord(out)).toEqual({
      stamp: 's1',
      written: ['compare/meldcode.json', 'linde/meldcode-1.0-to-2.0.pdf'],
    });
  });

  it('removes what the run did not make, and nothing else', () => {
    const { root, out, write } = folder();
    const pack = write('linde/meldcode-1.0-to-2.0.pdf');
    const comparison = write('compare/meldcode.json');
    const own = write('compare/mine.pdf');
    recordReports(out, [pack, comparison], 's1');
    // A record edited to name a file outside the output folder must not reach it.
    const outside = join(root, 'keep.txt');
    writeFileSync(outside, 'mine');
    const record = JSON.parse(readFileSync(join(out, '.clausemark-reports.json'), 'utf8'));
    record.written.push('../keep.txt');
    writeFileSync(join(out, '.clausemark-reports.json'), JSON.stringify(record));

    expect(removeReportsNotMade(out, new Set([comparison]))).toEqual([pack]);
    expect(existsSync(pack)).toBe(false);
    for (const kept of [comparison, own, outside]) expect(existsSync(kept), kept).toBe(true);
    expect(readReportsRecord(out)).toEqual({ stamp: 's1', written: ['compare/meldcode.json'] });
  });

  it('removes a file made from a policy whose file is gone while still as written, and the folder left empty', () => {
    const { root, out, write } = folder();
    const policy = (name: string): string => {
      const path = join(root, 'policies', name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, name);
      return path;
    };
    const [linde, eik, revision] = [policy('linde/meldcode.md'), policy('eik/meldcode.md'), policy('linde/2.0.md')];
    const made = (path: string, sources: string[]) => ({ path, sha256: sha256(readFileSync(path)), sources });
    const pack = write('linde/meldcode-1.0-to-2.0.pdf');
    const comparison = write('compare/meldcode.json');
    const changed = write('compare/meldcode.md');
    const own = write('linde/eigen.pdf');
    recordReports(out, [pack, comparison, changed], 's1', [
      made(pack, [linde, revision]),
      made(comparison, [linde, eik]),
      made(changed, [linde, eik]),
    ]);
    // Nothing gone: nothing removed.
    expect(removeReportsOfGone(out)).toEqual([]);

    rmSync(eik);
    writeFileSync(changed, 'changed by the user');
    expect(removeReportsOfGone(out)).toEqual([comparison]);
    expect(existsSync(join(out, 'compare'))).toBe(true);
    expect(readFileSync(changed, 'utf8')).toBe('changed by the user');
    for (const kept of [pack, own]) expect(existsSync(kept), kept).toBe(true);
    // Both forgotten: the one changed is no longer clausemark's.
    expect(readReportsRecord(out).written).toEqual(['linde/meldcode-1.0-to-2.0.pdf']);

    rmSync(changed);
    rmSync(revision);
    rmSync(own);
    expect(removeReportsOfGone(out)).toEqual([pack]);
    expect(existsSync(join(out, 'linde'))).toBe(false);
    // One the user emptied, not this removal, is left as the user left it.
    expect(existsSync(join(out, 'compare'))).toBe(true);
    expect(readReportsRecord(out)).toEqual({ stamp: 's1', written: [] });
  });

  it('a record without the sources (written before they were recorded) removes none of them', () => {
    const { out, write } = folder();
    const pack = write('linde/meldcode-1.0-to-2.0.pdf');
    recordReports(out, [pack], 's1');
    expect(removeReportsOfGone(out)).toEqual([]);
    expect(existsSync(pack)).toBe(true);
  });
});

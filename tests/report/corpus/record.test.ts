// The record of the board packs and comparisons `start` wrote (src/report/corpus/record.ts): read from the older form
// (the stamp alone) without a rebuild, kept whole, and what a run could not make again removed, never a file outside
// the output folder nor one it did not write.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportsRecord, recordReports, removeReportsNotMade } from '../../../src/report/corpus/record.js';

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
});

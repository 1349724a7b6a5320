// Issue 23 item 10: `diff` of two versions with many identical clauses without ids ("Vervallen.") weighed every old
// one against every new one: a stack overflow ("Maximum call stack size exceeded") at 360 a side, a native
// out-of-memory abort (exit 134) at 10,000-20,000. The compiled CLI runs here under a 512 MB heap on 20,000 against
// 20,001: it must finish and report exactly the one clause added, at the end. A "finishes at all" check, not a speed
// target (bench/scaling.ts measures the growth); tests/diff/repeated-bound.test.ts pairs 1,000 in-process.
import { describe, expect, it } from 'vitest';
import { repealedPolicy } from './generate.js';
import { runUnderSmallHeap } from './small-heap.js';

interface Change {
  kinds: string[];
  significance: string;
  new?: { id: string; line: number };
}

describe('diff of many identical clauses', () => {
  it('finishes under a 512 MB heap and reports only the one clause added to 20,000 identical ones', async () => {
    const run = await runUnderSmallHeap(
      { 'oud.md': repealedPolicy('noord', 20_000), 'nieuw.md': repealedPolicy('noord', 20_001) },
      ['diff', '--exit-code', 'oud.md', 'nieuw.md', '--format', 'json'],
    );
    expect(run.stderr).not.toMatch(/heap out of memory|Maximum call stack/);
    expect(run.code, run.stderr).toBe(1);
    const changes = (JSON.parse(run.stdout) as { changes: Change[] }).changes;
    expect(changes.map((change) => [change.kinds, change.significance])).toEqual([[['added'], 'substantive']]);
    // The last one: 20,000 pair in order, the 20,001st (line 40,014 of the new version) is the one added.
    expect(changes[0]?.new).toMatchObject({ id: 'vervallen-artikelen.20001', line: 40_014 });
  }, 240_000);
});

// Issue 23 item 10: `compare` of two organisations with 8,000 identical clauses a side (one short rule, without ids)
// scored every clause against every other (two dense 8,000 × 8,000 matrices, 64 million candidate pairs) and aborted
// at 6.4 GB. The compiled CLI runs here under a 512 MB heap: it must finish, and pair the repeated clauses one to
// one in reading order. A "finishes at all" check, not a speed target (bench/scaling.ts measures the growth).
import { describe, expect, it } from 'vitest';
import { repeatedRulePolicy } from './generate.js';
import { runUnderSmallHeap } from './small-heap.js';

interface Provision {
  members: Record<string, { id: string }[]>;
}

describe('compare of many identical clauses', () => {
  it('finishes under a 512 MB heap and pairs 8,000 identical clauses a side in reading order', async () => {
    const run = await runUnderSmallHeap(
      { 'noord.md': repeatedRulePolicy('noord', 8000), 'zuid.md': repeatedRulePolicy('zuid', 8000) },
      ['compare', 'noord.md', 'zuid.md', '--format', 'json'],
    );
    expect(run.stderr).not.toMatch(/heap out of memory|Maximum call stack/);
    expect(run.code).toBe(0);
    const provisions = (JSON.parse(run.stdout) as { provisions: Provision[] }).provisions;
    expect(provisions).toHaveLength(8000);
    const paired = provisions.filter(
      (provision) => provision.members.noord?.length === 1 && provision.members.zuid?.length === 1,
    );
    expect(paired.length).toBe(8000);
    // Each provision holds the n-th clause of both: the same id on both sides, in order.
    const misaligned = provisions.filter(
      (provision) => provision.members.noord?.[0]?.id !== provision.members.zuid?.[0]?.id,
    );
    expect(misaligned.length).toBe(0);
  }, 240_000);
});

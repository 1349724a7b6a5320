// Issue 23, work without bound: hundreds of identical clauses without ids ("Vervallen.") under one heading must not
// make the diff weigh every old one against every new one (a stack overflow at 360 a side, out of memory at 10,000).
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { parsePolicy } from '../../src/parse/index.js';

const repealed = (count: number): string => `# Regeling\n\n## Artikelen\n\n${'Vervallen.\n\n'.repeat(count)}`;

describe('many identical clauses without ids', () => {
  it('pairs 1,000 repeated clauses in order and reports only the one added', () => {
    const before = parsePolicy(repealed(1000), { path: 'old.md' }).policy;
    const after = parsePolicy(repealed(1001), { path: 'new.md' }).policy;
    const diff = diffPolicies(before, after);
    expect(diff.changes.map((change) => change.kinds)).toEqual([['added']]);
  });
});

// The alignment cache (src/report/corpus/alignment-cache.ts): an entry is used only for exactly the inputs it was made from,
// only while its seal holds, and only when the code has a stamp; otherwise the alignment is made afresh.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alignment } from '../../../src/compare/read/types.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { cachedAlignment } from '../../../src/report/corpus/alignment-cache.js';
import { PROJECT_ROOT, policyPath } from '../../support/paths.js';

const policies = ['allure', 'aeres-mbo'].map((org) => loadPolicy(policyPath(org)).policy);
const options = { topics: 'induce', confirmations: [] };

/** An aligner that counts its calls and makes a different (recognisable) alignment each time. */
function counter(): { align: () => Alignment; calls: () => number } {
  let calls = 0;
  return {
    align: () => ({ documents: [], provisions: [{ label: `made ${++calls}` }] }) as unknown as Alignment,
    calls: () => calls,
  };
}

const label = (alignment: Alignment): string => (alignment.provisions[0] as unknown as { label: string }).label;

describe('the alignment cache', () => {
  it('keeps an alignment and gives it back for the same inputs, without aligning again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-alignments-'));
    const { align, calls } = counter();
    const cache = { root: PROJECT_ROOT, dir, code: 'bundle-a' };
    expect(label(cachedAlignment(policies, options, align, cache))).toBe('made 1');
    expect(readdirSync(dir)).toHaveLength(1);
    expect(label(cachedAlignment(policies, options, align, cache))).toBe('made 1');
    expect(calls()).toBe(1);
  });

  it('aligns afresh when a policy, the options or the code differ', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-alignments-'));
    const { align, calls } = counter();
    const cache = { root: PROJECT_ROOT, dir, code: 'bundle-a' };
    cachedAlignment(policies, options, align, cache);
    const edited = structuredClone(policies);
    edited[0]!.source = `${edited[0]!.source}\nEen zin erbij.\n`;
    expect(label(cachedAlignment(edited, options, align, cache))).toBe('made 2');
    expect(label(cachedAlignment(policies, { ...options, confirmations: [{ x: 1 }] }, align, cache))).toBe('made 3');
    expect(label(cachedAlignment(policies, options, align, { ...cache, code: 'bundle-b' }))).toBe('made 4');
    expect(calls()).toBe(4);
  });

  it('drops an entry whose words were edited: its seal no longer holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-alignments-'));
    const { align, calls } = counter();
    const cache = { root: PROJECT_ROOT, dir, code: 'bundle-a' };
    cachedAlignment(policies, options, align, cache);
    const [entry] = readdirSync(dir);
    const file = join(dir, entry!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('made 1', 'made 9'));
    expect(label(cachedAlignment(policies, options, align, cache))).toBe('made 2');
    expect(calls()).toBe(2);
  });

  it('keeps nothing outside the bundle (no code stamp) or without a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-alignments-'));
    const { align, calls } = counter();
    cachedAlignment(policies, options, align, { root: PROJECT_ROOT, dir, code: '' });
    cachedAlignment(policies, options, align, { root: PROJECT_ROOT, dir, code: '' });
    cachedAlignment(policies, options, align, { root: PROJECT_ROOT, code: 'bundle-a' });
    expect(readdirSync(dir)).toEqual([]);
    expect(calls()).toBe(3);
  });
});

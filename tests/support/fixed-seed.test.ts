// The seed pinning in tests/support/fixed-seed.ts takes effect in every lane: under CI all properties share one
// seed, locally none is set so fast-check draws a fresh one.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CI_SEED } from './fixed-seed.js';

it('fast-check runs from the fixed seed under CI and from a fresh one elsewhere', () => {
  const pinned = process.env.CI && !process.env.FUZZ_SEED ? CI_SEED : undefined;
  expect(fc.readConfigureGlobal().seed).toBe(pinned);
});

// The seed pinning in tests/support/fixed-seed.ts takes effect in every lane: under CI all properties share one
// seed, FUZZ_SEED replays any other, and otherwise none is set so fast-check draws a fresh one.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CI_SEED, pinnedSeed } from './fixed-seed.js';

it('fast-check runs from the pinned seed, if any', () => {
  expect(fc.readConfigureGlobal().seed).toBe(pinnedSeed());
});

it('pins FUZZ_SEED first, then the CI seed, else nothing', () => {
  expect(pinnedSeed({ FUZZ_SEED: '21', CI: 'true' })).toBe(21);
  expect(pinnedSeed({ FUZZ_SEED: '-1000083890' })).toBe(-1000083890);
  expect(pinnedSeed({ CI: 'true' })).toBe(CI_SEED);
  expect(pinnedSeed({ FUZZ_SEED: 'soon' })).toBeUndefined();
  expect(pinnedSeed({})).toBeUndefined();
});

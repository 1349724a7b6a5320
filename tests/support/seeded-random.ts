// The tests' seeded randomness (mulberry32): a generated case that fails comes again from the same seed, where
// Math.random would give another. fast-check's properties have their own seed (fixed-seed.ts).

/** A generator of numbers in [0, 1) from `seed`: the same seed, the same numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Term counts and vectors are views of shared blocks (src/compare/terms/typed-blocks.ts): a view must be zeroed, as long as
// asked for, and never overlap another, within a block, across blocks and when one view is larger than a block.
import { describe, expect, it } from 'vitest';
import { Float64Blocks, Int32Blocks } from '../../../src/compare/terms/typed-blocks.js';

describe.each([
  ['Int32Blocks', () => new Int32Blocks()],
  ['Float64Blocks', () => new Float64Blocks()],
])('%s', (_, made) => {
  it('hands out zeroed views that keep what is written in them whatever is taken after', () => {
    const blocks = made();
    // Sizes that fill a block unevenly, one larger than a block (65,536 entries), and empty ones.
    const sizes = [0, 3, 40_000, 30_000, 0, 70_000, 1, 65_536, 12];
    const views = sizes.map((size) => blocks.take(size));
    views.forEach((view, k) => {
      expect(view.length).toBe(sizes[k]);
      expect(view.every((value) => value === 0)).toBe(true);
      view.fill(k + 1);
    });
    views.forEach((view, k) =>
      expect(
        view.every((value) => value === k + 1),
        `view ${k}`,
      ).toBe(true),
    );
  });
});

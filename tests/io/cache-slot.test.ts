// A cache slot (src/io/cache-slot.ts) holds the folder one per-document cache keeps its entries in: none until a run
// turns it on, none with the caches off or without a code stamp, and each slot its own folder.
import { describe, expect, it } from 'vitest';
import { cacheSlot } from '../../src/io/cache-slot.js';

describe('cacheSlot', () => {
  it('holds no folder until a run keeps one, and none again when turned off', () => {
    const slot = cacheSlot();
    expect(slot.current()).toBeUndefined();
    slot.keep('/cache/topic-scores', 'stamp');
    expect(slot.current()).toMatchObject({ dir: '/cache/topic-scores', code: 'stamp' });
    slot.keep(undefined, 'stamp');
    expect(slot.current()).toBeUndefined();
  });

  it('keeps nothing without a code stamp, and each slot its own folder', () => {
    const first = cacheSlot();
    const second = cacheSlot();
    first.keep('/cache/clause-words', '');
    expect(first.current()).toBeUndefined();
    first.keep('/cache/clause-words', 'stamp');
    second.keep('/cache/clause-topics', 'stamp');
    expect(first.current()?.dir).toBe('/cache/clause-words');
    expect(second.current()?.dir).toBe('/cache/clause-topics');
  });
});

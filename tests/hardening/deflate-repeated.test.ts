// The bombs' Flate streams (tests/hardening/deflate-repeated.ts) must be whole zlib streams of the bytes they stand
// for: the bad-input cases stop inflating them at a limit, so a wrong checksum or a segment that inflated to other
// bytes would go unnoticed there.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflateRepeated } from './deflate-repeated.js';

const MIB = 1024 * 1024;

describe('a repeated byte deflated without holding it', () => {
  it.each([
    [0x20, 0],
    [0x20, 1],
    [0x00, MIB - 1],
    [0x20, MIB],
    [0xff, 3 * MIB + 5],
  ])('inflates, checksum and all, to byte %i repeated %i times', (byte, count) => {
    const inflated = inflateSync(deflateRepeated({ byte, count }));
    expect(inflated.length).toBe(count);
    expect(inflated.equals(Buffer.alloc(count, byte))).toBe(true);
  });

  it('packs a bomb small: 256 MB of blanks in under 300 KB', () => {
    expect(deflateRepeated({ byte: 0x20, count: 256 * MIB }).length).toBeLessThan(300 * 1024);
  });
});

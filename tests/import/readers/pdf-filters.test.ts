// The bounded decoders of PDF stream filters (src/import/readers/pdf-filters.ts): each decodes what pdfjs would, and
// stops with DecodedTooLarge at its limit instead of decoding a bomb whole.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DecodedTooLarge, decoderOf } from '../../../src/import/readers/pdf-filters.js';

const decode = (filter: string, data: Buffer, limit = 1 << 20): string =>
  (decoderOf(filter) as (data: Buffer, limit: number) => Buffer)(data, limit).toString('latin1');

describe('PDF stream filters with a limit', () => {
  it('decodes the LZW example of the PDF specification (ISO 32000-1, 7.4.4.2)', () => {
    expect(decode('LZWDecode', Buffer.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]))).toBe('-----A---B');
  });

  it('decodes run-length, ASCII hex and ASCII85 data', () => {
    // 2 literal bytes "ab", then "c" repeated 5 times (257 − 252), then the end.
    expect(decode('RunLengthDecode', Buffer.from([1, 0x61, 0x62, 252, 0x63, 128]))).toBe('abccccc');
    expect(decode('AHx', Buffer.from('48 65 6C6c 6f>'))).toBe('Hello');
    expect(decode('ASCII85Decode', Buffer.from('87cURD]i,"Ebo80~>'))).toBe('Hello World!');
    expect(decode('A85', Buffer.from('z~>'))).toBe('\0\0\0\0');
  });

  it('stops at the limit, whichever filter grows the data', () => {
    const limit = 1000;
    expect(() => decode('FlateDecode', deflateSync(Buffer.alloc(limit + 1)), limit)).toThrow(DecodedTooLarge);
    expect(decode('FlateDecode', deflateSync(Buffer.alloc(limit)), limit)).toHaveLength(limit);
    const runs = Buffer.from([...Array.from({ length: 10 }, () => [129, 0x20]).flat(), 128]);
    expect(() => decode('RL', runs, limit)).toThrow(DecodedTooLarge);
    expect(() => decode('A85', Buffer.from(`${'z'.repeat(300)}~>`), limit)).toThrow(DecodedTooLarge);
    expect(() => decode('AHx', Buffer.from('20'.repeat(limit + 1)), limit)).toThrow(DecodedTooLarge);
  });

  it('knows image codecs are not its to decode', () => {
    for (const name of ['DCTDecode', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode'])
      expect(decoderOf(name)).toBeUndefined();
  });
});

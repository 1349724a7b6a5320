// Parsed fonts are shared by content (src/brand/assets.ts): the same font file read again from another path (a
// project that copies templates/, a file touched but unchanged under `serve --watch`) must not be parsed, nor its
// words laid out, anew.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFont } from '../../src/brand/assets.js';
import { clearBrandCache } from '../../src/brand/load.js';
import { SOURCE_SANS_REGULAR } from './temp-project.js';

describe('openFont', () => {
  it('gives the font already parsed for other bytes with the same content, and a new one for changed bytes', () => {
    const first = openFont(readFileSync(SOURCE_SANS_REGULAR));
    const again = openFont(readFileSync(SOURCE_SANS_REGULAR));
    expect(again).toBe(first);

    const changed = Buffer.concat([readFileSync(SOURCE_SANS_REGULAR), Buffer.from([0])]);
    // Compared by identity: `not.toBe` on two fonts would deep-compare them for its message, for seconds.
    expect(openFont(changed) === first).toBe(false);
  });

  it('parses anew after clearBrandCache, as a new process would', () => {
    const before = openFont(readFileSync(SOURCE_SANS_REGULAR));
    clearBrandCache();
    expect(openFont(readFileSync(SOURCE_SANS_REGULAR)) === before).toBe(false);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHashSource } from '../../src/text/csp-hash.js';

describe('a CSP hash source', () => {
  it("is the quoted base64 SHA-256 of the text's UTF-8 bytes, as a browser computes it for an inline block", () => {
    const style = 'body { font-family: "Clausemark Symbols", sans-serif; } /* ☒ */';
    const digest = createHash('sha256').update(Buffer.from(style, 'utf8')).digest('base64');
    expect(cspHashSource(style)).toBe(`'sha256-${digest}'`);
    expect(cspHashSource(`${style} `)).not.toBe(cspHashSource(style));
  });
});

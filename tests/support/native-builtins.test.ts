// tests/support/native-builtins.ts: reading a PDF back must not leave the process with pdfjs-dist's slower
// polyfills of JSON and Array.prototype.push (test files share a worker process, so every later file paid). The
// polyfills pass for native by their source text, so they are told apart by identity: the functions this file
// started with (the worker's own, restored by the setup file) must still be there after a read-back.
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/render/pdf/index.js';
import { inputFor, readPdf, seedPolicy } from './pdf.js';

const atStart = { parse: JSON.parse, stringify: JSON.stringify, push: Array.prototype.push };

describe('reading a PDF back', () => {
  it('leaves JSON.parse, JSON.stringify and Array.prototype.push as the file started with them', async () => {
    const readback = await readPdf(await renderPdf(inputFor(seedPolicy('casparus-college'))));
    expect(readback.pageCount).toBeGreaterThan(1);
    expect(JSON.parse === atStart.parse).toBe(true);
    expect(JSON.stringify === atStart.stringify).toBe(true);
    expect(Array.prototype.push === atStart.push).toBe(true);
  });
});

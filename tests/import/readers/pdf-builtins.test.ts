// Issue 23/25, work without bound: loading pdfjs-dist's legacy build (and its worker) replaced Array.prototype.push,
// JSON.parse and JSON.stringify with core-js polyfills for the rest of the process, so everything an import does
// after reading the pages (turning a long PDF's text into Markdown and reading it back) ran them: 1,024 pages took
// 24.9 s CPU with them, 20.0 s with the natives. The reader puts Node's own back
// (src/import/readers/pdf-builtins.ts), and lets pdfjs free each page once it is read. Told apart by identity and
// counted, not timed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { loadPdfjs } from '../../support/pdfjs.js';
import { flatePdf, pdfTextContent } from '../../hardening/generate.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-pdf-builtins-'));
const LINES = ['Protocol sociale media', 'Medewerkers delen geen foto van leerlingen zonder toestemming.'];

describe('reading a PDF', () => {
  it('leaves Array.prototype.push, JSON.parse and JSON.stringify as they were before pdfjs was loaded', async () => {
    const atStart = { parse: JSON.parse, stringify: JSON.stringify, push: Array.prototype.push };
    const file = join(folder, 'beleid.pdf');
    writeFileSync(file, flatePdf(pdfTextContent(LINES)));
    const result = await importDocument(file, { org: 'school', dryRun: true });
    expect(result.output).toContain('Medewerkers delen geen foto');
    expect(JSON.parse === atStart.parse).toBe(true);
    expect(JSON.stringify === atStart.stringify).toBe(true);
    expect(Array.prototype.push === atStart.push).toBe(true);
  });

  it('lets pdfjs free every page once its text and drawing are read', async () => {
    const pdfjs = await loadPdfjs();
    const probe = await pdfjs.getDocument({ data: new Uint8Array(flatePdf(pdfTextContent(LINES))), verbosity: 0 })
      .promise;
    const pageType = Object.getPrototypeOf(await probe.getPage(1)) as { cleanup: () => boolean };
    await probe.destroy();
    const cleanup = vi.spyOn(pageType, 'cleanup');
    const file = join(folder, 'tweede.pdf');
    writeFileSync(file, flatePdf(pdfTextContent(LINES)));
    await importDocument(file, { org: 'school', dryRun: true });
    expect(cleanup).toHaveBeenCalledTimes(1);
    cleanup.mockRestore();
  });
});

describe('loading pdfjs without @napi-rs/canvas (issue 68)', () => {
  it('hands pdfjs a stand-in whose DOMMatrix computes as the DOM does, and puts the loader back', async () => {
    const { createRequire } = await import('node:module');
    const { withoutCanvas } = await import('../../../src/import/readers/pdf-builtins.js');
    const require = createRequire(import.meta.url);
    const restore = withoutCanvas();
    let canvas: { DOMMatrix: new (init?: number[]) => Record<string, number> & { [method: string]: unknown } };
    try {
      canvas = require('@napi-rs/canvas');
    } finally {
      restore();
    }
    // pdfjs's worker traces a Type 3 glyph's mask with new DOMMatrix().scaleSelf(1 / w, -1 / h).translateSelf(0, -h).
    const matrix = new canvas.DOMMatrix() as unknown as {
      scaleSelf(x: number, y: number): { translateSelf(x: number, y: number): Record<string, number> };
    };
    const { a, b, c, d, e, f } = matrix.scaleSelf(1 / 4, -1 / 2).translateSelf(0, -2);
    expect({ a, b, c, d, e, f }).toEqual({ a: 0.25, b: 0, c: 0, d: -0.5, e: 0, f: 1 });
    // Back to Node's loader: the real package (Skia) is what a require gets again.
    expect(require('@napi-rs/canvas')).not.toBe(canvas);
  });
});

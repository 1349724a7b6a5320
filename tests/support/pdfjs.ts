// pdfjs-dist for reading PDFs back in tests, loaded on first use with its worker module (so getDocument's in-process
// worker imports nothing later), after which the builtins its polyfills replaced are put back
// (tests/support/native-builtins.ts).
import { restoreNativeBuiltins } from './native-builtins.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Sets globalThis.pdfjsWorker, which the in-process worker takes instead of importing the module itself.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    restoreNativeBuiltins();
    return pdfjs;
  })();
  return loading;
}

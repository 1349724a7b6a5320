// pdfjs-dist ships no types for its worker module; it is imported only for its effect (globalThis.pdfjsWorker: the
// import reader, src/import/readers/pdf.ts, and tests/support/pdfjs.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';

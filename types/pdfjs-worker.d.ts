// pdfjs-dist ships no types for its worker module; tests import it only for its effect (tests/support/pdfjs.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';

// The cross-organisation comparison as a PDF (clausemark compare --format pdf). renderComparePdf is the pure
// renderer; src/report/documents/compare-pdf.ts resolves brand, labels and date from the project first, as
// src/report/documents/boardpack.ts does for the board pack.
export { renderComparePdf } from './render.js';
export type { CellKind, ComparePdfInput, ComparePdfOptions, ComparePdfTexts } from './input.js';
export { cellKind } from './context.js';

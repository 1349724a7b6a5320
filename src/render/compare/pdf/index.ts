// The cross-organisation comparison as a PDF (clausemark compare --format pdf). renderComparePdf is the pure
// renderer; src/pipeline/compare-pdf.ts resolves brand, labels and date from the project first, as
// src/pipeline/boardpack.ts does for the board pack.
export { renderComparePdf } from './render.js';
export type { CellKind, ComparePdfInput, ComparePdfOptions, ComparePdfTexts } from './input.js';
export { cellKind } from './context.js';

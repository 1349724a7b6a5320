// The cross-organisation comparison as a PDF (clausemark compare --format pdf). renderComparePdf is the pure
// renderer; buildComparePdf resolves brand, labels and date from the project first.
export { renderComparePdf } from './render.js';
export { buildComparePdf, comparePdfTexts, prepareComparePdf, type ComparePdfBuildOptions } from './prepare.js';
export type { CellKind, ComparePdfInput, ComparePdfOptions, ComparePdfTexts } from './input.js';
export { cellKind } from './context.js';

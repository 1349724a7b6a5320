// PDF reader: not yet built. See docs/import.md.
import { ClausemarkError } from '../../model/errors.js';
import type { ReadDocument } from '../blocks.js';
import type { ReadOptions } from './index.js';

export async function readPdf(_bytes: Uint8Array, options: ReadOptions): Promise<ReadDocument> {
  throw new ClausemarkError('importing PDF files is not supported yet', { place: { file: options.path }, hint: 'copy the text into a .txt file (pdftotext) and import that' });
}

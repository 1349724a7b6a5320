// Which reader reads which file: by its first bytes where the format has a signature, else by its extension
// (.md/.markdown: Markdown, .html: HTML), else as plain text.
import { extname } from 'node:path';
import { errorById } from '../../io/messages.js';
import type { ReadDocument } from '../blocks.js';
import type { ReadOptions } from './options.js';

export type Reader = (bytes: Uint8Array, options: ReadOptions) => Promise<ReadDocument>;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, index) => bytes[index] === byte);

function decodeText(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw errorById(
      { messageId: 'import-refused.not-utf8', fixId: 'import-refused.save-utf8' },
      { place: { file: path } },
    );
  }
}

export async function pickReader(bytes: Uint8Array, path: string): Promise<Reader> {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return (await import('./pdf.js')).readPdf;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return (await import('./docx.js')).readDocx;
  const extension = extname(path).toLowerCase();
  if (extension === '.pdf' || extension === '.docx') {
    throw errorById(
      {
        messageId: 'import-refused.not-the-format',
        fixId: 'import-refused.export-again',
        params: { format: extension.slice(1).toUpperCase() },
      },
      { place: { file: path } },
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw errorById(
      { messageId: 'import-refused.old-word', fixId: 'import-refused.save-as-docx' },
      { place: { file: path } },
    );
  }
  if (MARKDOWN.test(extension)) {
    return async (data, options) =>
      (await import('./markdown.js')).readMarkdown(decodeText(data, options.path), options.path);
  }
  if (extension === '.html' || extension === '.htm' || looksLikeHtml(bytes)) {
    return async (data, options) => (await import('./html.js')).readHtml(decodeText(data, options.path));
  }
  return async (data, options) => (await import('./text.js')).readText(decodeText(data, options.path));
}

/** Markdown by its extension (Apache CMS wrote .mdtext). */
const MARKDOWN = /^\.(md|markdown|mdown|mkd|mdtext)$/;

/** A web page saved under another name: it starts (after a BOM and blank space) with a doctype or <html>. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF?\s*/, '')
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

// A PDF's compressed parts (page contents, fonts, attachments) are inflated by pdfjs whole and without a limit: a
// 1 MB file whose page content inflates to 1 GB took 21 s and 2.2 GB before saying "the document has no text". Each
// Flate stream is therefore inflated here first, stopping at the limit for one inflated part (inputLimits, the same
// CLAUSEMARK_MAX_INFLATED_MB as a Word file's parts), so memory stays within the limit and a bomb is refused with a
// clear error before pdfjs sees it. Images are left out: text import never decodes them.
import { constants, inflateSync } from 'node:zlib';
import { inMegabytes, inputLimits, LIMIT_VARIABLES } from '../../io/limits.js';
import { errorById } from '../../io/messages.js';

/** How far back from `stream` a stream's dictionary is looked for: dictionaries are short. */
const DICTIONARY_REACH = 8192;

/** The first Flate stream (not an image) that inflates to more than `limit` bytes: its object number. */
export function oversizedStream(bytes: Uint8Array, limit: number): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = buffer.indexOf('stream');
  while (at >= 0) {
    const isEnd = at >= 3 && buffer.toString('latin1', at - 3, at) === 'end';
    let start = at + 'stream'.length;
    if (isEnd) {
      at = buffer.indexOf('stream', start);
      continue;
    }
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] === 0x0a) start++;
    const end = buffer.indexOf('endstream', start);
    if (end < 0) return undefined;
    const header = buffer.toString('latin1', Math.max(0, at - DICTIONARY_REACH), at);
    const objectAt = header.lastIndexOf(' obj');
    const dictionary = objectAt >= 0 ? header.slice(objectAt) : header;
    if (/\/(FlateDecode|Fl)\b/.test(dictionary) && !/\/Subtype\s*\/Image\b/.test(dictionary)) {
      try {
        inflateSync(buffer.subarray(start, end), { maxOutputLength: limit, finishFlush: constants.Z_SYNC_FLUSH });
      } catch (error) {
        // A damaged stream is pdfjs's to report (or to skip); only the limit is ours.
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          const number = /(\d+)\s+\d+\s*$/.exec(header.slice(0, Math.max(0, objectAt)));
          return number?.[1] ?? '?';
        }
      }
    }
    at = buffer.indexOf('stream', end + 'endstream'.length);
  }
  return undefined;
}

/** Refuses a PDF with a part that inflates past the limit, naming the file, the object, the limit and its variable. */
export function assertStreamsBounded(bytes: Uint8Array, path: string): void {
  const limit = inputLimits().inflatedBytes;
  const object = oversizedStream(bytes, limit);
  if (object === undefined) return;
  throw errorById(
    {
      messageId: 'import-refused.pdf-part-too-large',
      fixId: 'import-refused.raise-inflated-limit',
      params: { object, max: String(Number(inMegabytes(limit))), variable: LIMIT_VARIABLES.inflatedBytes },
    },
    { place: { file: path } },
  );
}

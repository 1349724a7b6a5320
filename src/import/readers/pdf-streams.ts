// A PDF's compressed parts (page contents, fonts, images, attachments) are decoded by pdfjs whole and without a
// limit: a 1 MB file whose page content inflates to 1 GB took 21 s and 2.2 GB before saying "the document has no
// text". Each stream is therefore decoded here first through its chain of filters (FlateDecode twice, ASCIIHex then
// Flate), every stage stopping at the limit for one unpacked part (inputLimits, the same CLAUSEMARK_MAX_INFLATED_MB
// as a Word file's parts), so memory stays within the limit and a bomb is refused with a clear error before pdfjs
// sees it. Images count too: pdfjs decodes them for the operator list the import reads drawn bullets from; an image
// codec (JPEG, JPEG 2000, JBIG2, fax) is judged by the pixels its dictionary declares.
import { inputLimits, LIMIT_VARIABLES, limitInMegabytes } from '../../io/limits.js';
import { errorById } from '../../io/messages.js';
import { DecodedTooLarge, decoderOf } from './pdf-filters.js';

/** How far back from `stream` a stream's dictionary is looked for: dictionaries are short. */
const DICTIONARY_REACH = 8192;

/** Colour components per pixel of an image's colour space, by name; 4 (CMYK, the most) for any other. */
const COMPONENTS: Record<string, number> = { DeviceGray: 1, CalGray: 1, G: 1, DeviceRGB: 3, CalRGB: 3, RGB: 3, Lab: 3 };

/** The filters a dictionary names, in the order they decode; `indirect` resolves `/Filter 7 0 R`. */
function filtersOf(dictionary: string, indirect: (object: string) => string | undefined): string[] {
  const match = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+|(\d+)\s+\d+\s+R)/.exec(dictionary);
  if (!match) return [];
  const value = match[2] === undefined ? match[1] : (indirect(match[2]) ?? '');
  return [...(value ?? '').matchAll(/\/([A-Za-z0-9]+)/g)].map((name) => name[1] ?? '');
}

/** The bytes an image declares (width × height × components × bits), when its dictionary states them directly. */
function declaredImageBytes(dictionary: string): number {
  if (!/\/Subtype\s*\/Image\b/.test(dictionary)) return 0;
  const number = (key: string): number => Number(new RegExp(`/${key}\\s+(\\d+)`).exec(dictionary)?.[1] ?? 0);
  const space = /\/ColorSpace\s*\/([A-Za-z]+)/.exec(dictionary)?.[1] ?? '';
  const mask = /\/ImageMask\s+true\b/.test(dictionary);
  const components = mask ? 1 : (COMPONENTS[space] ?? 4);
  const bits = mask ? 1 : number('BitsPerComponent') || 8;
  return Math.ceil((number('Width') * components * bits) / 8) * number('Height');
}

/** Whether decoding `data` through `filters` (as far as they are known here) passes `limit` at some stage. */
function decodesPast(data: Buffer, filters: readonly string[], limit: number): boolean {
  let bytes = data;
  for (const filter of filters) {
    const decode = decoderOf(filter);
    if (!decode) return false;
    try {
      bytes = decode(bytes, limit);
    } catch (error) {
      if (error instanceof DecodedTooLarge) return true;
      throw error;
    }
  }
  return false;
}

/** Each object's text by number (`7 0 obj … endobj`), found on first need: only for a filter given by reference. */
function objectFinder(buffer: Buffer): (object: string) => string | undefined {
  let objects: Map<string, string> | undefined;
  return (object) => {
    if (!objects) {
      objects = new Map();
      const text = buffer.toString('latin1');
      for (const match of text.matchAll(/(\d+)\s+\d+\s+obj\b([\s\S]{0,256}?)endobj/g))
        objects.set(match[1] ?? '', match[2] ?? '');
    }
    return objects.get(object);
  };
}

/** The first stream that decodes to more than `limit` bytes at some stage of its filters: its object number. */
export function oversizedStream(bytes: Uint8Array, limit: number): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const indirect = objectFinder(buffer);
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
    const filters = filtersOf(dictionary, indirect);
    if (declaredImageBytes(dictionary) > limit || decodesPast(buffer.subarray(start, end), filters, limit)) {
      const number = /(\d+)\s+\d+\s*$/.exec(header.slice(0, Math.max(0, objectAt)));
      return number?.[1] ?? '?';
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
      params: { object, max: limitInMegabytes(limit), variable: LIMIT_VARIABLES.inflatedBytes },
    },
    { place: { file: path } },
  );
}

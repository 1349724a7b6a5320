// Reading a user's file: every way it can be unreadable becomes a ClausemarkError that says where and what to do.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ClausemarkError } from '../model/errors.js';
import { inMegabytes, inputLimits, LIMIT_VARIABLES, limitInMegabytes, type InputLimits } from './limits.js';
import { errorById } from './messages.js';

export interface SourceText {
  text: string;
  /** The file started with a UTF-8 byte order mark (stripped from `text`). */
  bom: boolean;
  /** The line ending the file mostly used; `text` always uses \n. */
  eol: LineEnding;
}

/** LF, CRLF (Windows) or a lone CR (classic Mac OS, some exports): a rewrite puts back the one the file used. */
export type LineEnding = '\n' | '\r\n' | '\r';

/** `text` (with \n line endings) with `eol` instead. */
export function withLineEndings(text: string, eol: LineEnding): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

function pointAt(bytes: Uint8Array, byteOffset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < byteOffset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Count characters, not bytes, on the offending line up to the bad byte.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, byteOffset));
  return { line, column: [...before].length + 1 };
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong three-byte forms, surrogates and code points past U+10FFFF are invalid too.
    const second = bytes[i + 1] ?? 0;
    if (
      (lead === 0xe0 && second < 0xa0) ||
      (lead === 0xed && second > 0x9f) ||
      (lead === 0xf0 && second < 0x90) ||
      (lead === 0xf4 && second > 0x8f)
    )
      return i;
    i += length;
  }
  return bytes.length;
}

/** Files people mistake for the policy source, by their first bytes, with what to do instead (ids in en.yaml). */
const KNOWN_FORMATS: { magic: number[]; what: string; fixId: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'binary-file.pdf', fixId: 'binary-file.pass-source' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'binary-file.docx', fixId: 'binary-file.save-as-text' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'binary-file.doc', fixId: 'binary-file.save-as-text' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'binary-file.rtf', fixId: 'binary-file.save-rtf-as-text' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'binary-file.png', fixId: 'binary-file.pass-md-file' },
  { magic: [0xff, 0xd8, 0xff], what: 'binary-file.jpeg', fixId: 'binary-file.pass-md-file' },
];

/** UTF-16 by its byte order mark, or (without one) by the zero high bytes of plain Latin text. */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, Math.min(bytes.length, 64) & ~1);
  if (sample.length < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  const half = sample.length / 2;
  return (oddZeros === half && evenZeros === 0) || (evenZeros === half && oddZeros === 0);
}

/**
 * Offset of the first control character when the start of the file has many of them (text has only tabs, line
 * breaks and the odd stray one from a paste), else -1. Garbage without NUL bytes would otherwise be reported as
 * text in the wrong encoding, with advice to save it as UTF-8.
 */
function controlCharacters(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 64 * 1024);
  let first = -1;
  let count = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i] ?? 0;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) {
      if (first === -1) first = i;
      count++;
    }
  }
  return count >= 2 && count > sample.length * 0.02 ? first : -1;
}

/** Decode bytes as a policy source: UTF-8 only, no NUL bytes, BOM and CRLF accepted. */
export function decodeSource(bytes: Uint8Array, file: string): SourceText {
  if (isUtf16(bytes)) {
    throw errorById(
      { messageId: 'invalid-utf8.utf16', fixId: 'invalid-utf8.save-utf8-notepad' },
      { place: { file, point: { line: 1, column: 1 } }, ruleId: 'invalid-utf8' },
    );
  }
  const format = KNOWN_FORMATS.find((known) => known.magic.every((byte, index) => bytes[index] === byte));
  if (format) {
    const nulAt = bytes.indexOf(0);
    throw errorById(
      { messageId: 'binary-file.known-format', fixId: format.fixId, params: { what: { messageId: format.what } } },
      { place: { file, point: nulAt === -1 ? { line: 1, column: 1 } : pointAt(bytes, nulAt) }, ruleId: 'binary-file' },
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw errorById(
      { messageId: 'binary-file.nul-bytes', fixId: 'binary-file.pass-utf8-text' },
      { place: { file, point: pointAt(bytes, nul) }, ruleId: 'binary-file' },
    );
  }
  const control = controlCharacters(bytes);
  if (control !== -1) {
    throw errorById(
      { messageId: 'binary-file.control-characters', fixId: 'binary-file.pass-utf8-text' },
      { place: { file, point: pointAt(bytes, control) }, ruleId: 'binary-file' },
    );
  }
  let text: string;
  try {
    // ignoreBOM keeps a BOM in the text so we can tell the caller it was there.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw errorById(
      {
        messageId: 'invalid-utf8.invalid-byte',
        fixId: 'invalid-utf8.save-utf8',
        params: { byte: (bytes[offset] ?? 0).toString(16).padStart(2, '0') },
      },
      { place: { file, point: pointAt(bytes, offset) }, ruleId: 'invalid-utf8' },
    );
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  // Most files have no carriage return: then every line ends in LF and nothing is replaced, which looking for one
  // tells far quicker than counting the 34,000 line endings of a civil code three times over.
  if (!text.includes('\r')) return { text, bom, eol: '\n' };
  // The ending most lines use (ties to CRLF, then LF): a file of lone CRs is written back with lone CRs, not LF.
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const eol: LineEnding = crlf > 0 && crlf >= lf && crlf >= cr ? '\r\n' : cr > lf ? '\r' : '\n';
  text = text.replace(/\r\n?/g, '\n');
  return { text, bom, eol };
}

export function readSource(file: string): SourceText {
  return decodeSource(readSourceBytes(file), file);
}

/**
 * A policy file's bytes, read once, with every way it can be unreadable (missing, a folder, too large) as a
 * ClausemarkError. For callers that must know exactly which bytes they used (the build's manifest hashes them).
 */
export function readSourceBytes(file: string): Uint8Array {
  return readCapped(file, inputLimits().sourceBytes, 'sourceBytes');
}

function unreadable(file: string, error: unknown): ClausemarkError {
  if (error instanceof ClausemarkError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const ids =
    code === 'ENOENT'
      ? { messageId: 'unreadable-file.no-such-file', fixId: 'unreadable-file.check-path' }
      : {
          messageId: 'unreadable-file.cannot-read',
          fixId: 'unreadable-file.check-permissions',
          params: { code: code ?? 'unknown error' },
        };
  return errorById(ids, { place: { file }, ruleId: 'unreadable-file' });
}

function tooLarge(file: string, limit: number, kind: keyof InputLimits, size?: number): ClausemarkError {
  const params = { size: size === undefined ? '' : inMegabytes(size), max: limitInMegabytes(limit) };
  return errorById(
    {
      // A pipe or a device has no size to state: only that it gave more than the limit.
      messageId: size === undefined ? 'file-too-large.stream-too-large' : 'file-too-large.too-large',
      fixId: 'file-too-large.split',
      params: { ...params, variable: LIMIT_VARIABLES[kind] },
    },
    { place: { file }, ruleId: 'file-too-large' },
  );
}

const CHUNK = 1024 * 1024;

/**
 * The bytes of a file, pipe or device, streamed with a cap: a regular file larger than `limit` is refused by its
 * size before it is read, and anything else (`<(…)`, /dev/zero, /dev/urandom, a FIFO) is refused as soon as it has
 * given more than `limit` bytes, so memory never holds more than the limit and one chunk.
 */
export function readCapped(file: string, limit: number, kind: keyof InputLimits): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw unreadable(file, error);
  }
  try {
    let stat: ReturnType<typeof fstatSync>;
    try {
      stat = fstatSync(fd);
    } catch (error) {
      throw unreadable(file, error);
    }
    if (stat.isDirectory()) {
      throw errorById(
        { messageId: 'not-a-file.directory', fixId: 'not-a-file.name-a-file' },
        { place: { file }, ruleId: 'not-a-file' },
      );
    }
    if (stat.isFile() && stat.size > limit) throw tooLarge(file, limit, kind, stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      let read: number;
      try {
        read = readSync(fd, chunk, 0, CHUNK, null);
      } catch (error) {
        // A non-blocking descriptor with nothing yet: wait briefly rather than take it for the end.
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        throw unreadable(file, error);
      }
      if (read === 0) break;
      total += read;
      // A regular file that grew while being read is judged by what it gave, like a pipe.
      if (total > limit) throw tooLarge(file, limit, kind, stat.isFile() ? total : undefined);
      chunks.push(read === CHUNK ? chunk : chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** The inverse of decodeSource's normalisation: put back the BOM and line endings the file had. */
export function encodeSource(text: string, encoding: Pick<SourceText, 'bom' | 'eol'>): string {
  const lines = withLineEndings(text, encoding.eol);
  return encoding.bom ? `\uFEFF${lines}` : lines;
}

// Reading a user's file: every way it can be unreadable becomes a ClausemarkError that says where and what to do.
import { readFileSync, statSync } from 'node:fs';
import { ClausemarkError } from '../model/errors.js';

/** Larger files are refused with a message; a real policy is a few hundred kB at most, a whole civil code 2 MB. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export interface SourceText {
  text: string;
  /** The file started with a UTF-8 byte order mark (stripped from `text`). */
  bom: boolean;
  /** The line ending the file mostly used; `text` always uses \n. */
  eol: '\n' | '\r\n';
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
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong three-byte forms, surrogates and code points past U+10FFFF are invalid too.
    const second = bytes[i + 1] ?? 0;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}

/** Decode bytes as a policy source: UTF-8 only, no NUL bytes, BOM and CRLF accepted. */
export function decodeSource(bytes: Uint8Array, file: string): SourceText {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ClausemarkError('this is a binary file, not a Markdown policy (it contains NUL bytes)', {
      place: { file, point: pointAt(bytes, nul) },
      hint: 'pass a .md file; policies are UTF-8 text',
      ruleId: 'binary-file',
    });
  }
  let text: string;
  try {
    // ignoreBOM keeps a BOM in the text so we can tell the caller it was there.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new ClausemarkError(`invalid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')})`, {
      place: { file, point: pointAt(bytes, offset) },
      hint: 'save the file as UTF-8 (in Word or a text editor: "Save as" → encoding UTF-8)',
      ruleId: 'invalid-utf8',
    });
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  const eol = crlf > 0 && crlf * 2 >= lf ? '\r\n' : '\n';
  text = text.replace(/\r\n?/g, '\n');
  return { text, bom, eol };
}

export function readSource(file: string): SourceText {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      throw new ClausemarkError('is a directory, not a policy file', {
        place: { file },
        hint: 'name a .md file, or run the command without paths to use every policy under policies/',
        ruleId: 'not-a-file',
      });
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof ClausemarkError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ClausemarkError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`, {
      place: { file },
      hint: code === 'ENOENT' ? 'check the path (it is relative to the current folder)' : 'check the file permissions',
      ruleId: 'unreadable-file',
    });
  }
  if (size > MAX_SOURCE_BYTES) {
    throw new ClausemarkError(
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB; clausemark reads policies up to ${MAX_SOURCE_BYTES / 1024 / 1024} MB`,
      { place: { file }, hint: 'split the document into several policies', ruleId: 'file-too-large' },
    );
  }
  return decodeSource(readFileSync(file), file);
}

/** The inverse of decodeSource's normalisation: put back the BOM and line endings the file had. */
export function encodeSource(text: string, encoding: Pick<SourceText, 'bom' | 'eol'>): string {
  const lines = encoding.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
  return encoding.bom ? `\uFEFF${lines}` : lines;
}

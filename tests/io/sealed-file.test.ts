// Binary cache entries (src/io/sealed-file.ts): the bytes come back under the format and file name they were sealed
// with, and never from a file edited, cut short, copied to another entry's name or sealed under another format.
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSealedFile, sealedFileBytes, writeSealedFile } from '../../src/io/sealed-file.js';

const folder = (): string => join(mkdtempSync(join(tmpdir(), 'clausemark-sealed-file-')), 'entries');
const payload = Buffer.from('the bytes a cache keeps \u0000\u00ff');

describe('sealed cache files', () => {
  it('reads back what was written, under the same format, in a file of the user alone', () => {
    const file = join(folder(), 'a.bin');
    expect(writeSealedFile(file, 'format 1', payload)).toBe(true);
    expect(readSealedFile(file, 'format 1')).toEqual(payload);
    expect(statSync(file).size).toBe(sealedFileBytes(payload.length));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reads nothing from a missing file, another format, an edited or cut-short file, or a copy under another name', () => {
    const dir = folder();
    const file = join(dir, 'a.bin');
    expect(readSealedFile(file, 'format 1')).toBeUndefined();
    writeSealedFile(file, 'format 1', payload);
    expect(readSealedFile(file, 'format 2')).toBeUndefined();
    const copy = join(dir, 'b.bin');
    copyFileSync(file, copy);
    expect(readSealedFile(copy, 'format 1')).toBeUndefined();
    const bytes = readFileSync(file);
    const edited = Buffer.from(bytes);
    edited.writeUInt8(edited.readUInt8(edited.length - 1) ^ 1, edited.length - 1);
    writeFileSync(file, edited);
    expect(readSealedFile(file, 'format 1')).toBeUndefined();
    writeFileSync(file, bytes.subarray(0, 32));
    expect(readSealedFile(file, 'format 1')).toBeUndefined();
    writeFileSync(file, bytes);
    expect(readSealedFile(file, 'format 1'), 'the file as written still reads').toEqual(payload);
  });
});

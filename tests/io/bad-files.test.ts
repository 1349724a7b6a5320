// Files that are not UTF-8 Markdown, folders where files should be, and files where folders should be: each is
// refused with a message that says what the thing is and what to do.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { discoverPolicies } from '../../src/io/discover.js';
import { decodeSource } from '../../src/io/read.js';
import { thrownError as thrown } from '../support/thrown.js';

describe('decodeSource on files that are not policies', () => {
  it.each([
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a], 'it is a PDF file', 'clausemark build'],
    [
      'a .docx',
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
      'it is a Word document (.docx) or another ZIP file',
      'save the document as Markdown',
    ],
    [
      'an old .doc',
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      'it is an old Word (.doc) document',
      'save the document as Markdown',
    ],
    ['an RTF file', [...Buffer.from('{\\rtf1\\ansi Protocol')], 'it is an RTF document', 'plain text (UTF-8)'],
  ])('names %s and says what to pass instead', (_, bytes, message, hint) => {
    const error = thrown(() => decodeSource(Buffer.from(bytes), 'beleid.md'));
    expect(error.ruleId).toBe('binary-file');
    expect(error.message).toBe(`this is a binary file, not a Markdown policy: ${message}`);
    expect(error.hint).toContain(hint);
  });

  it('points at the first NUL byte of a known binary format, and at 1:1 when it has none', () => {
    expect(thrown(() => decodeSource(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'x.md')).place.point).toEqual({
      line: 1,
      column: 6,
    });
    expect(thrown(() => decodeSource(Buffer.from('%PDF-1.4\n%âãÏÓ\n', 'latin1'), 'x.md')).place.point).toEqual({
      line: 1,
      column: 1,
    });
  });

  it('recognises UTF-16 with and without a byte order mark', () => {
    const text = '---\ntitle: Protocol sociale media\n---\n';
    for (const bytes of [
      Buffer.from(`\uFEFF${text}`, 'utf16le'),
      Buffer.from(text, 'utf16le'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    ]) {
      const error = thrown(() => decodeSource(bytes, 'x.md'));
      expect(error.message).toBe('the file is saved as UTF-16; clausemark reads UTF-8');
      expect(error.hint).toContain('UTF-8');
    }
  });

  it('calls garbage without NUL bytes binary, not text in the wrong encoding', () => {
    const garbage = Buffer.from(
      Array.from({ length: 300 }, (_, i) => (i * 151 + 7) % 256).filter((byte) => byte !== 0),
    );
    const error = thrown(() => decodeSource(garbage, 'x.md'));
    expect(error.ruleId).toBe('binary-file');
    expect(error.message).toContain('full of control characters');
  });

  it('still reads text with a stray control character (a vertical tab pasted from Word) as text', () => {
    const text = `Ouders worden geïnformeerd.\u000b Leerlingen ook.\n${'Gewone tekst. '.repeat(20)}`;
    expect(decodeSource(Buffer.from(text, 'utf8'), 'x.md').text).toBe(text);
  });
});

describe('writeFileAtomic when the path cannot be a file', () => {
  it('names the file that stands where a folder should be', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-atomic-'));
    writeFileSync(join(dir, 'afile'), 'tekst');
    const error = thrown(() => writeFileAtomic(join(dir, 'afile', 'sub', 'x.pdf'), 'pdf'));
    expect(error.message).toBe(
      `cannot create the folder ${join(dir, 'afile', 'sub')}: ${join(dir, 'afile')} is a file, not a folder`,
    );
    expect(error.hint).toBe(
      `choose another output folder (--out), or move the file ${join(dir, 'afile')} out of the way`,
    );
    expect(readdirSync(dir)).toEqual(['afile']);
  });

  it('refuses a target that is a folder before writing anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-atomic-'));
    mkdirSync(join(dir, 'reports'));
    const error = thrown(() => writeFileAtomic(join(dir, 'reports'), 'json'));
    expect(error.message).toBe('is a folder, so the file cannot be written there');
    expect(readdirSync(dir)).toEqual(['reports']);
    expect(readdirSync(join(dir, 'reports'))).toEqual([]);
  });
});

describe('discoverPolicies', () => {
  it('refuses a folder the user named that holds no policy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-discover-'));
    writeFileSync(join(dir, 'README.md'), '# Lees mij\n');
    writeFileSync(join(dir, 'notities.txt'), 'tekst\n');
    const error = thrown(() => discoverPolicies([dir]));
    expect(error.format()).toBe(
      `${dir}: no policies (.md files) in this folder\n  fix: check the path; policies are .md files in this folder or below it (README.md and hidden folders are skipped)`,
    );
  });

  it('lets default folders be empty or missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-discover-'));
    mkdirSync(join(dir, 'policies'));
    expect(discoverPolicies([], [join(dir, 'policies'), join(dir, 'templates')])).toEqual([]);
  });
});

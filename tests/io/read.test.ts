import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, readSource, readSourceBytes } from '../../src/io/read.js';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { thrownError as thrown } from '../support/thrown.js';

describe('decodeSource', () => {
  it('strips a BOM and normalises CRLF, remembering both', () => {
    const source = decodeSource(Buffer.from('\uFEFFa\r\nb\r\n', 'utf8'), 'x.md');
    expect(source).toEqual({ text: 'a\nb\n', bom: true, eol: '\r\n' });
  });

  it('points at the first invalid UTF-8 byte by line and character column', () => {
    const bytes = Buffer.concat([Buffer.from('regel één\nzeë', 'utf8'), Buffer.from([0xff]), Buffer.from(' rest')]);
    const error = thrown(() => decodeSource(bytes, 'bad.md'));
    expect(error.ruleId).toBe('invalid-utf8');
    expect(error.place).toEqual({ file: 'bad.md', point: { line: 2, column: 4 } });
    expect(error.format()).toMatch(/^bad\.md:2:4: invalid UTF-8 \(byte 0xff\)\n {2}fix: save the file as UTF-8/);
  });

  it('refuses binary files', () => {
    expect(thrown(() => decodeSource(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'x.pdf')).ruleId).toBe(
      'binary-file',
    );
  });
});

describe('readSource', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-read-'));

  it('names a missing file and a directory clearly', () => {
    expect(thrown(() => readSource(join(dir, 'nope.md'))).format()).toContain('no such file');
    expect(thrown(() => readSource(dir)).ruleId).toBe('not-a-file');
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temp files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-atomic-'));
    const target = join(dir, 'out', 'a.txt');
    writeFileAtomic(target, 'first');
    writeFileAtomic(target, 'second');
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(join(dir, 'out'))).toEqual(['a.txt']);
  });

  it('reports an unwritable target and keeps the old file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-atomic-'));
    const target = join(dir, 'a.txt');
    writeFileSync(target, 'old');
    // A directory where the temp file's rename target is: rename fails, the old content must stay.
    mkdirSync(join(dir, 'blocked.txt'));
    const error = thrown(() => writeFileAtomic(join(dir, 'blocked.txt'), 'new'));
    expect(error.ruleId).toBe('unwritable-output');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'blocked.txt']);
  });
});

describe('reading pipes and devices with the size cap', () => {
  // A pipe has no size to check up front: it must be refused once it has given more than the limit, not read whole.
  it('refuses a FIFO that gives more than the limit (CLAUSEMARK_MAX_SOURCE_MB), naming the variable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-read-'));
    const fifo = join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `head -c 3000000 /dev/zero | tr '\\000' a > "$0"`, fifo], { stdio: 'ignore' });
    const previous = process.env.CLAUSEMARK_MAX_SOURCE_MB;
    process.env.CLAUSEMARK_MAX_SOURCE_MB = '1';
    try {
      const error = thrown(() => readSource(fifo));
      expect(error.ruleId).toBe('file-too-large');
      expect(error.format()).toContain('gives more than 1 MB');
      expect(error.format()).toContain('CLAUSEMARK_MAX_SOURCE_MB');
    } finally {
      if (previous === undefined) delete process.env.CLAUSEMARK_MAX_SOURCE_MB;
      else process.env.CLAUSEMARK_MAX_SOURCE_MB = previous;
      writer.kill('SIGKILL');
    }
  });

  it('reads a device up to the limit only (/dev/zero never ends)', () => {
    const previous = process.env.CLAUSEMARK_MAX_SOURCE_MB;
    process.env.CLAUSEMARK_MAX_SOURCE_MB = '1';
    try {
      expect(thrown(() => readSourceBytes('/dev/zero')).ruleId).toBe('file-too-large');
    } finally {
      if (previous === undefined) delete process.env.CLAUSEMARK_MAX_SOURCE_MB;
      else process.env.CLAUSEMARK_MAX_SOURCE_MB = previous;
    }
  });

  it('reads a small pipe whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-read-'));
    const fifo = join(dir, 'small.md');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf 'regel\\r\\n' > "$0"`, fifo], { stdio: 'ignore' });
    try {
      expect(readSource(fifo)).toEqual({ text: 'regel\n', bom: false, eol: '\r\n' });
    } finally {
      writer.kill('SIGKILL');
    }
  });
});

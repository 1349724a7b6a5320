import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFiles } from '../../src/fmt/index.js';
import { ClausemarkError } from '../../src/model/errors.js';

const UNFORMATTED = '## Doel\n\n* Leerlingen *lezen* mee.\n';
const FORMATTED = '## Doel {#doel}\n\n- {#doel.leerlingen-lezen-mee} Leerlingen _lezen_ mee.\n';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-fmt-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('formatFiles', () => {
  it("'write' rewrites the files that change and leaves formatted ones alone", () => {
    const dir = folder({ 'a.md': UNFORMATTED, 'b.md': FORMATTED });
    const results = formatFiles([join(dir, 'a.md'), join(dir, 'b.md')], { mode: 'write' });
    expect(results.map((result) => [result.changed, result.written, result.assigned.length])).toEqual([
      [true, true, 2],
      [false, false, 0],
    ]);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(FORMATTED);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(FORMATTED);
  });

  it("'check' and 'print' write nothing and return the formatted text", () => {
    const dir = folder({ 'a.md': UNFORMATTED });
    for (const mode of ['check', 'print'] as const) {
      const [result] = formatFiles([join(dir, 'a.md')], { mode });
      expect(result).toMatchObject({ changed: true, written: false, output: FORMATTED });
      expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(UNFORMATTED);
    }
  });

  it('sees a file with mixed line endings as changed, and writes it with its main line ending', () => {
    const dir = folder({ 'a.md': '## Doel {#doel}\r\n\r\n{#doel.tekst} Tekst.\n' });
    const [result] = formatFiles([join(dir, 'a.md')], { mode: 'write' });
    expect(result?.changed).toBe(true);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('## Doel {#doel}\r\n\r\n{#doel.tekst} Tekst.\r\n');
  });

  it('throws a ClausemarkError for an unreadable file before writing any file', () => {
    const dir = folder({ 'a.md': UNFORMATTED, 'binary.md': Buffer.from([0x61, 0x00, 0x62]) });
    mkdirSync(join(dir, 'folder.md'));
    for (const bad of ['binary.md', 'folder.md', 'missing.md']) {
      expect(() => formatFiles([join(dir, 'a.md'), join(dir, bad)], { mode: 'write' })).toThrow(ClausemarkError);
    }
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(UNFORMATTED);
  });
});

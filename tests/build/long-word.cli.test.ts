// A word of tens of thousands of letters (a pasted hash, a key held down) goes through the compiled CLI: it must
// build in time that grows with its length (it took 317 s at 30,000 letters), broken at the line width, with every
// letter in the PDF's text layer. Timings are in bench/ (long-word rows); this test counts letters, not seconds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

const GOOD = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'policies', 'good.md'), 'utf8');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('build: an overlong word', () => {
  // q: a letter nothing else on the pages (cover, header, footer, colophon) has, so every q counted is the word's.
  for (const letters of [30_000, 100_000]) {
    it(`${letters.toLocaleString('en')} letters: built, every letter in the text layer, lines at the full width`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'clausemark-long-word-'));
      dirs.push(dir);
      writeFileSync(join(dir, 'lang.md'), `${GOOD}\n{#doel.2} Vooraf ${'q'.repeat(letters)} achteraf.\n`);
      const run = await runCli(['build', 'lang.md', '--out', 'out', '--no-site'], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      const pdf = join(dir, 'out', 'casparus-college', readdirSync(join(dir, 'out', 'casparus-college'))[0]!);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(text.replace(/[^q]/g, '')).toHaveLength(letters);
      expect(text).toContain('achteraf.');
      // Broken at the width: the word's lines but its last are equally long (no short lines, no ragged cuts).
      const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /^q+$/.test(line));
      const full = Math.max(...lines.map((line) => line.length));
      expect(lines.filter((line) => line.length === full).length).toBeGreaterThan(lines.length - 3);
    }, 120_000);
  }
});

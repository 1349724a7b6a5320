// The CLI's import of a document of tests/fixtures/import/layouts (made by make-docx.py and make-pdf.sh) as a user
// runs it, for De Regenboog (`--org obs-de-regenboog`): the Markdown it wrote and what it printed. Shared by the
// tests of covers, closing lines and cover lines, which read the same layouts.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from './cli.js';

const LAYOUTS = join(import.meta.dirname, '../fixtures/import/layouts');

/** What one import wrote and said. */
export interface LayoutImport {
  markdown: string;
  said: string;
}

/**
 * An importer writing into a temp folder of its own (named by `prefix`); the import must exit 0. `options` are the
 * CLI's further options (`--lang nl`).
 */
export function layoutImporter(prefix: string): (file: string, options?: string[]) => Promise<LayoutImport> {
  const work = mkdtempSync(join(tmpdir(), prefix));
  return async (file, options = []) => {
    const out = join(work, `${file}.md`);
    const args = ['import', join(LAYOUTS, file), '--org', 'obs-de-regenboog', '--out', out, '--force', ...options];
    const run = await runCli(args);
    expect(run.code, run.stderr).toBe(0);
    return { markdown: readFileSync(out, 'utf8'), said: `${run.stdout}${run.stderr}` };
  };
}

/** The section headings a policy's Markdown prints, in order, without their ids. */
export const sectionHeadings = (markdown: string): string[] =>
  [...markdown.matchAll(/^#{2,} (.+?)(?: \{.*\})?$/gmu)].map((m) => m[1] as string);

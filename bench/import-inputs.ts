// The documents the import benchmark reads: the 10-page generated policy of the build rows, built by the CLI into a
// PDF (without --pdfa, so import reads its text rather than an attached source) and a Word document. Shared by
// `npm run bench:import` and the import rows of `npm run bench`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './measure.js';

export interface ImportInputs {
  pdf: string;
  docx: string;
  /** Pages of the PDF, as pdfjs would count them (from the /Type /Page objects). */
  pages: number;
}

function build(cli: string, policy: string, out: string, format: 'pdf' | 'docx'): string {
  const run = runCommand(
    process.execPath,
    [cli, 'build', policy, '--out', out, '--force', '--no-site', '--format', format],
    {
      env: { CLAUSEMARK_CACHE_DIR: 'off', NO_COLOR: '1' },
    },
  );
  if (run.status !== 0) throw new Error(`build --format ${format} failed: ${run.stderr.trim()}`);
  const found = readdirSync(out, { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith(`.${format}`));
  if (!found) throw new Error(`build --format ${format} wrote no .${format} into ${out}`);
  return join(out, found);
}

export function importInputs(cli: string, policy: string, dir: string): ImportInputs {
  const pdf = build(cli, policy, join(dir, 'pdf'), 'pdf');
  const docx = build(cli, policy, join(dir, 'docx'), 'docx');
  const pages = runCommand('pdfinfo', [pdf]).stdout.match(/^Pages:\s+(\d+)/m)?.[1];
  return { pdf, docx, pages: Number(pages ?? Number.NaN) };
}

/** The import command measured: a dry run (nothing written), so every run does the same work. */
export const importArgs = (file: string): string[] => ['import', file, '--org', 'voorbeeld', '--dry-run'];

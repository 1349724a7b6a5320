// Reading Word output as LibreOffice shows it: converted to PDF by LibreOffice (convertToPdf), each page's text by
// pdftotext and its pixels by pdftoppm. Callers skip with a message when a program is missing (tests/support/tools.ts).
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { PROJECT_ROOT } from './paths.js';

const CONVERT = join(PROJECT_ROOT, 'tests', 'support', 'soffice-convert.py');
const execFileAsync = promisify(execFile);

/**
 * The command that converts `files` into `dir` as `soffice --convert-to TARGET` does: by the run's LibreOffice where
 * it has one (tests/support/libreoffice-server.ts), else by soffice with a profile of its own in `dir`.
 */
function converter(files: readonly string[], target: string, dir: string): [string, string[]] {
  const pipe = inject('libreOfficePipe');
  if (pipe) return ['/usr/bin/python3', [CONVERT, pipe, dir, target, ...files]];
  return ownSoffice(files, target, dir);
}

/** The command that converts `files` by a soffice of its own, with a profile in `dir`. */
function ownSoffice(files: readonly string[], target: string, dir: string): [string, string[]] {
  const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'soffice-profile')).href}`;
  return ['soffice', [profile, '--headless', '--convert-to', target, '--outdir', dir, ...files]];
}

/**
 * Whether a conversion crashed: it ended by a signal that no timeout of ours sent. pyuno's bridge to the run's
 * LibreOffice can crash on a conversion (a general protection fault in libuno_cppu's URP writer), which says nothing of
 * the Word file: such a conversion is made once more by a soffice of its own.
 */
export const crashed = (ended: { signal: string | null; timedOut: boolean }): boolean =>
  ended.signal !== null && !ended.timedOut;

/** Every file converted to PDF in one go; the PDFs' paths, in the files' order. */
export function convertToPdf(docxFiles: readonly string[], dir: string): string[] {
  const convert = ([program, args]: [string, string[]]) =>
    spawnSync(program, args, { encoding: 'utf8', timeout: 400_000 });
  let result = convert(converter(docxFiles, 'pdf', dir));
  if (crashed({ signal: result.signal, timedOut: result.error !== undefined }))
    result = convert(ownSoffice(docxFiles, 'pdf', dir));
  if (result.status !== 0) throw new Error(`LibreOffice's conversion failed (${result.status}): ${result.stderr}`);
  return docxFiles.map((file) => join(dir, file.replace(/.*\//, '').replace(/\.docx$/, '.pdf')));
}

/**
 * Every file converted into `dir` as `soffice --convert-to TARGET` does (TARGET an extension, or `extension:filter`),
 * asynchronously, so the worker keeps answering vitest meanwhile; a crashed conversion once more by a soffice of its
 * own (crashed).
 */
export async function convertFiles(files: readonly string[], target: string, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const convert = ([program, args]: [string, string[]]) =>
    execFileAsync(program, args, { timeout: 300_000, killSignal: 'SIGKILL' });
  try {
    await convert(converter(files, target, dir));
  } catch (error) {
    const { signal = null, killed = false } = error as { signal?: string | null; killed?: boolean };
    if (!crashed({ signal, timedOut: killed })) throw error;
    await convert(ownSoffice(files, target, dir));
  }
}

/** The text of each page (pdftotext -layout), in order. */
export function pageTexts(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
  return Array.from(
    { length: count },
    (_, index) =>
      spawnSync('pdftotext', ['-layout', '-f', `${index + 1}`, '-l', `${index + 1}`, pdf, '-'], { encoding: 'utf8' })
        .stdout,
  );
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface ContentsClaim {
  title: string;
  /** The page number the contents give ('' when none is shown). */
  named: string;
  /** The page the heading is on (1-based; 0 when not found), the contents' own page left out. */
  found: number;
}

/**
 * The entries of the contents (the page whose heading is `heading`: title, dot leader, page number) and the page
 * each heading is found on in the rest of the document (after the contents first), as a line starting with its number
 * and title.
 */
export function contentsClaims(pages: readonly string[], heading = /^\s*(Inhoud|Contents)\s*$/m): ContentsClaim[] {
  const at = pages.findIndex((page) => heading.test(page));
  if (at < 0) return [];
  return pages[at]!.split('\n')
    .map((line) => /^\s*(.*?)\s*\.{5,}\s*(\d*)\s*$/.exec(line))
    .filter((match) => match !== null)
    .map(([, title, named]) => {
      // "3.1 Curriculum" is set as "3.1<tab>Curriculum" in the body: number and title apart.
      const split = /^([\d.]+)\s+(.*)$/.exec(title!);
      const number = split ? `${escape(split[1]!)}\\s+` : '';
      const pattern = new RegExp(`^\\s*${number}${escape((split ? split[2]! : title!).slice(0, 25))}`, 'm');
      // The body follows the contents: a heading is looked for there first, so that a summary table before the
      // contents naming a clause by its number and heading ("4 Bedenk dat") is not taken for the heading itself.
      const after = pages.findIndex((text, index) => index > at && pattern.test(text));
      const found = (after >= 0 ? after : pages.findIndex((text, index) => index !== at && pattern.test(text))) + 1;
      return { title: title!, named: named!, found };
    });
}

/**
 * The share of a page's pixels that are exactly `rgb` (RRGGBB), rendered by pdftoppm at 20 dpi: how much of the
 * page a watermark in that colour covers (text over it and anti-aliased edges are left out, which only lowers it).
 */
export function colourShare(pdf: string, page: number, rgb: string): number {
  const result = spawnSync('pdftoppm', ['-r', '20', '-f', `${page}`, '-l', `${page}`, pdf], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const ppm = result.stdout as Buffer;
  // P6 header: magic, width, height, maxval, each followed by white space.
  const header = /^P6\s+(\d+)\s+(\d+)\s+\d+\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error(`pdftoppm gave no image of page ${page} of ${pdf}`);
  const pixels = ppm.subarray(header[0].length);
  const [r, g, b] = [0, 2, 4].map((at) => Number.parseInt(rgb.slice(at, at + 2), 16));
  let count = 0;
  for (let at = 0; at + 2 < pixels.length; at += 3)
    if (pixels[at] === r && pixels[at + 1] === g && pixels[at + 2] === b) count++;
  return count / (pixels.length / 3);
}

/// <reference lib="dom" />
// What every school must have (out/overview.html, issue 71) in real Chromium: a board of twelve schools fits a
// 1280-pixel window without scrolling sideways, every school and kind in view; on a 375-pixel phone each school is a
// card read without scrolling sideways, every cell with its kind's name beside its state; and the page printed on A4
// keeps the whole matrix on its first page, as does the PDF the build writes beside it, out/overview.pdf (each read back with
// pdftotext; the pages as images go to out/screenshots/ for a person to look at, with pdftoppm).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, HAVE_BROWSER, launchBrowser } from '../support/browser.js';
import { runBuiltCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { haveTool } from '../support/tools.js';

const SCREENSHOTS = join(PROJECT_ROOT, 'out', 'screenshots');
const SCHOOLS = [
  'Openbare Basisschool De Regenboog',
  'Christelijke Basisschool Het Kompas',
  'Basisschool De Vlinderboom',
  'Montessorischool Oost',
  'Daltonschool De Meander',
  'Basisschool Sint-Jozef',
  'Jenaplanschool De Wilgenhoek',
  'Basisschool Het Klaverblad',
  'Openbare Basisschool De Zonnewijzer',
  'Basisschool De Springplank',
  'Anker College (havo/vwo)',
  'Praktijkschool De Werkplaats',
];

/** A board of twelve schools, each with a schoolgids (one adopted, others draft), built as `npm start` builds. */
async function twelveSchools(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-e2e-overview-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  const board = join(dir, 'policies', 'twaalf');
  mkdirSync(board, { recursive: true });
  const schools = SCHOOLS.map(
    (name, index) => `    school-${index + 1}: { name: "${name}"${index >= 10 ? ', sector: vo' : ''} }`,
  );
  writeFileSync(
    join(board, 'procedure.yaml'),
    `sector: po\nworkers: 400\norganisation:\n  role: bestuur\n  name: Stichting Twaalf Scholen\n  schools:\n${schools.join('\n')}\n`,
  );
  SCHOOLS.forEach((name, index) => {
    const folder = join(board, `school-${index + 1}`);
    mkdirSync(folder, { recursive: true });
    const adopted = index % 3 === 0;
    writeFileSync(
      join(folder, 'schoolgids.md'),
      [
        '---',
        'id: schoolgids',
        'title: Schoolgids',
        `organisation: "${name}"`,
        `org: school-${index + 1}`,
        'version: "2026-2027"',
        `status: ${adopted ? 'approved' : 'draft'}`,
        'lang: nl',
        'kind: schoolgids',
        'level: school',
        ...(adopted
          ? [
              'approvals:',
              // The schoolgids's whole procedure (templates/procedures/po.yaml): the MR's advice and its parents' consent.
              '  - { date: 2026-06-10, name: S. Bakker, role: Voorzitter MR, step: advies, body: MR, part: whole }',
              '  - { date: 2026-06-10, name: S. Bakker, role: Voorzitter MR, step: instemming, body: MR, part: ouders/leerlingen }',
              '  - { date: 2026-06-24, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
            ]
          : []),
        '---',
        '',
        '# Schoolgids',
        '',
        '## Doel {#doel}',
        '',
        `{#doel.tekst} Deze gids zegt ouders hoe ${name} werkt.`,
        '',
      ].join('\n'),
    );
  });
  const run = await runBuiltCli(['build', '--out', 'out', '--jobs', '1'], { cwd: dir });
  if (run.code !== 0) throw new Error(`build failed (${run.code}): ${run.stderr}`);
  return dir;
}

let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!HAVE_BROWSER) return;
  dir = await twelveSchools();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!HAVE_BROWSER)('the overview of what every school must have', () => {
  it('fits a 1280-pixel window for a board of twelve schools', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = collectProblems(page);
    await page.goto(pathToFileURL(join(dir, 'out', 'overview.html')).href);
    await page.evaluate(() => document.fonts.ready);
    const measured = await page.evaluate(() => {
      const table = document.querySelector('table.duty-matrix') as HTMLTableElement;
      const box = table.getBoundingClientRect();
      return {
        scrollWidth: document.documentElement.scrollWidth,
        tableRight: box.right,
        rows: Array.from(table.querySelectorAll('tbody tr')).map((row) => row.querySelector('th')?.textContent ?? ''),
        columns: table.querySelectorAll('thead th').length,
        // Every cell says its state in words, not by colour alone.
        emptyCells: Array.from(table.querySelectorAll('tbody td')).filter(
          (cell) => (cell.textContent ?? '').trim() === '',
        ).length,
      };
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-12-schools-1280.png'), fullPage: true });
    expect(measured.scrollWidth).toBeLessThanOrEqual(1280);
    expect(measured.tableRight).toBeLessThanOrEqual(1280);
    expect(measured.rows).toHaveLength(13);
    for (const name of SCHOOLS) expect(measured.rows.some((row) => row.startsWith(name))).toBe(true);
    expect(measured.columns).toBeGreaterThan(12);
    expect(measured.emptyCells).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads on a 375-pixel phone without scrolling sideways, each school a card, each cell named by its kind', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const problems = collectProblems(page);
    await page.goto(pathToFileURL(join(dir, 'out', 'overview.html')).href);
    await page.evaluate(() => document.fonts.ready);
    const measured = await page.evaluate(() => {
      const table = document.querySelector('table.duty-matrix') as HTMLTableElement;
      const cells = Array.from(table.querySelectorAll('tbody td'));
      const rows = Array.from(table.querySelectorAll('tbody tr'));
      return {
        scrollWidth: document.documentElement.scrollWidth,
        widest: Math.max(
          ...Array.from(document.querySelectorAll('body *')).map((e) => e.getBoundingClientRect().right),
        ),
        // Every cell says which kind it is about, as the column's head does on a wide screen.
        unnamed: cells.filter((cell) => {
          const content = getComputedStyle(cell, '::before').content;
          return content === 'none' || content === 'normal' || content.replace(/"/g, '').trim() === '';
        }).length,
        // Wide enough to read: a squeezed matrix fits 375 pixels too, at 12 pixels a column.
        narrowest: Math.min(...cells.map((cell) => cell.getBoundingClientRect().width)),
        kinds: Array.from(table.querySelectorAll('thead th')).map((head) => (head.textContent ?? '').trim()),
        firstRowKinds: Array.from(rows[1]?.querySelectorAll('td') ?? []).map((cell) => cell.dataset.kind ?? ''),
        // A card: its cells one under another, full width, not side by side.
        sideBySide: rows.filter((row) => {
          const tops = Array.from(row.querySelectorAll('td')).map((cell) => cell.getBoundingClientRect().top);
          return new Set(tops).size !== tops.length;
        }).length,
        rows: rows.length,
      };
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-12-schools-375.png'), fullPage: false });
    expect(measured.scrollWidth).toBeLessThanOrEqual(375);
    expect(measured.widest).toBeLessThanOrEqual(375);
    expect(measured.rows).toBe(13);
    expect(measured.narrowest).toBeGreaterThan(300);
    expect(measured.unnamed).toBe(0);
    expect(measured.sideBySide).toBe(0);
    expect(measured.firstRowKinds).toEqual(measured.kinds.slice(1));
    expect(problems).toEqual([]);
    await page.close();
  });

  it.skipIf(!haveTool('pdftotext'))('prints on A4 with the whole matrix on its first page', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'out', 'overview.html')).href);
    await page.evaluate(() => document.fonts.ready);
    const pdf = join(dir, 'overview.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.close();
    // In the order the page draws its text; a name wrapped in its column is one run once the spaces are gone.
    const first = execFileSync('pdftotext', ['-raw', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    const squeezed = first.replace(/\s+/g, '');
    for (const name of [...SCHOOLS, 'Stichting Twaalf Scholen']) expect(squeezed).toContain(name.replace(/\s+/g, ''));
    const size = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    // A4 landscape: 842 × 595 points.
    expect(size).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    if (haveTool('pdftoppm')) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(SCREENSHOTS, 'overview-a4')]);
    }
  });

  it.skipIf(!haveTool('pdftotext'))(
    'writes out/overview.pdf for the board meeting: A4 landscape, every school and kind in the matrix on its first page',
    () => {
      const pdf = join(dir, 'out', 'overview.pdf');
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
        /Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/,
      );
      // In the order the page draws it: the matrix (header, then a row per organisation) before "Wat te doen".
      const first = execFileSync('pdftotext', ['-raw', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
      const squeezed = first.replace(/-\n/g, '').replace(/\s+/g, '');
      const matrix = squeezed.slice(0, squeezed.indexOf('Watetedoen'));
      let from = matrix.indexOf('Organisatie');
      for (const name of ['Stichting Twaalf Scholen', ...SCHOOLS]) {
        const at = matrix.indexOf(name.replace(/\s+/g, ''), from);
        expect(at, name).toBeGreaterThan(from);
        from = at;
      }
      for (const kind of ['Schoolgids', 'Klachtenregeling', 'Leerlingenstatuut', 'Klokkenluidersregeling'])
        expect(matrix).toContain(kind);
      if (haveTool('pdftoppm')) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          '1',
          '-l',
          '1',
          pdf,
          join(SCREENSHOTS, 'overview-pdf-12-schools'),
        ]);
      }
    },
  );
});

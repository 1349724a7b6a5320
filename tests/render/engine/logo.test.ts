// The brand logos drawn into real PDFs: read back with pdfjs (text, fonts, drawing operators) and, where poppler is
// installed, rasterised with pdftoppm to check the brand colour actually lands inside the logo's box.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../../src/brand/load.js';
import type { BrandLogo } from '../../../src/brand/types.js';
import { drawLogo, fitLogo, type DrawnLogo, type LogoBox } from '../../../src/render/engine/logo.js';
import { loadPdfjs } from '../../support/pdfjs.js';

const { getDocument, OPS } = await loadPdfjs();
import { PROJECT_ROOT, SEED_ORGS } from '../../support/paths.js';
import { readPdf } from '../../support/pdf.js';
import { haveTool, needTool } from '../../support/tools.js';
import { solidPng } from '../../brand/temp-project.js';

const WORDMARKS: Record<(typeof SEED_ORGS)[number], string[]> = {
  'aeres-mbo': ['Aeres', 'MBO'],
  allure: ['STICHTING', 'allure'],
  'casparus-college': ['Casparus', 'College'],
  'flex-college': ['FLEX', 'College'],
  aloysius: ['STICHTING', 'Aloysius'],
};

interface Drawn {
  pdf: Uint8Array;
  drawn: DrawnLogo;
  fontBefore: unknown;
  fontAfter: unknown;
}

async function drawInPdf(
  logo: BrandLogo,
  x: number,
  y: number,
  box: LogoBox,
  regularFont?: Uint8Array,
): Promise<Drawn> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  if (regularFont) doc.font(Buffer.from(regularFont));
  const state = doc as unknown as { _font: unknown };
  const fontBefore = state._font;
  const drawn = drawLogo(doc, logo, x, y, box);
  const fontAfter = state._font;
  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), drawn, fontBefore, fontAfter };
}

async function operators(pdf: Uint8Array): Promise<number[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const page = await document.getPage(1);
    return (await page.getOperatorList()).fnArray;
  } finally {
    await document.destroy();
  }
}

/** Rasterise page 1 at 72 dpi (1 pixel per point) to RGB pixels via a binary PPM. */
function rasterise(pdf: Uint8Array): {
  width: number;
  height: number;
  pixel(x: number, y: number): [number, number, number];
} {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-logo-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-singlefile', join(dir, 'in.pdf'), join(dir, 'out')]);
    const ppm = readFileSync(join(dir, 'out.ppm'));
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('unexpected PPM header');
    const width = Number(header[1]);
    const height = Number(header[2]);
    const start = header[0].length;
    return {
      width,
      height,
      pixel: (x, y) => {
        const at = start + (y * width + x) * 3;
        return [ppm[at] ?? 0, ppm[at + 1] ?? 0, ppm[at + 2] ?? 0];
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function hex(rgb: string): [number, number, number] {
  return [1, 3, 5].map((index) => parseInt(rgb.slice(index, index + 2), 16)) as [number, number, number];
}

/** Count pixels within `box` close to `colour`, and pixels outside the box that are not white. */
function colourCount(
  pdf: Uint8Array,
  box: { x: number; y: number; width: number; height: number },
  colour: [number, number, number],
) {
  const image = rasterise(pdf);
  let inside = 0;
  let strayInk = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const [r, g, b] = image.pixel(x, y);
      const within =
        x >= Math.floor(box.x) - 1 &&
        x <= Math.ceil(box.x + box.width) + 1 &&
        y >= Math.floor(box.y) - 1 &&
        y <= Math.ceil(box.y + box.height) + 1;
      if (within && Math.abs(r - colour[0]) + Math.abs(g - colour[1]) + Math.abs(b - colour[2]) < 40) inside++;
      if (!within && r + g + b < 3 * 250) strayInk++;
    }
  }
  return { inside, strayInk };
}

describe('drawLogo with the shipped wordmarks', () => {
  it.each([...SEED_ORGS])('%s: vector shapes and the wordmark text in the brand font', async (org) => {
    const brand = loadBrand(org, { root: PROJECT_ROOT });
    if (!brand.logo) throw new Error(`${org} has no logo`);
    const { pdf, drawn } = await drawInPdf(brand.logo, 50, 60, { width: 180, fonts: brand.fonts }, brand.fonts.regular);
    expect(drawn.warnings).toEqual([]);
    expect(drawn.width).toBeCloseTo(180, 6);
    const readback = await readPdf(pdf);
    // Letter-spaced text comes back from pdfjs as "S T I C H T I N G".
    for (const word of WORDMARKS[org]) expect(readback.pages[0]?.replace(/\s+/g, '')).toContain(word);
    const family = brand.fontPaths.bold.includes('ibm-plex') ? 'IBMPlexSans-Bold' : 'SourceSans3-Bold';
    expect(readback.fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toContain(family);
    expect(readback.fonts.every((font) => font.embedded)).toBe(true);
    const ops = await operators(pdf);
    expect(ops.filter((op) => op === OPS.fill || op === OPS.eoFill || op === OPS.constructPath).length).toBeGreaterThan(
      0,
    );
  });

  it.skipIf(!haveTool('pdftoppm')).each([...SEED_ORGS])(
    '%s: the primary colour is painted inside the logo box and nowhere else',
    async (org) => {
      const brand = loadBrand(org, { root: PROJECT_ROOT });
      if (!brand.logo) throw new Error(`${org} has no logo`);
      const { pdf, drawn } = await drawInPdf(brand.logo, 100, 200, { width: 200, fonts: brand.fonts });
      const { inside, strayInk } = colourCount(
        pdf,
        { x: 100, y: 200, width: drawn.width, height: drawn.height },
        hex(brand.colours.primary),
      );
      expect(inside).toBeGreaterThan(100);
      expect(strayInk).toBe(0);
    },
  );

  it('falls back to the PDF standard font for wordmark text without brand fonts', async () => {
    const brand = loadBrand('allure', { root: PROJECT_ROOT });
    if (!brand.logo) throw new Error('allure has no logo');
    const { pdf } = await drawInPdf(brand.logo, 10, 10, { height: 40 });
    const readback = await readPdf(pdf);
    expect(readback.pages[0]).toContain('allure');
    expect(readback.fonts.map((font) => font.name)).toContain('Helvetica-Bold');
  });

  it('leaves the document font as it found it', async () => {
    const brand = loadBrand('aeres-mbo', { root: PROJECT_ROOT });
    if (!brand.logo) throw new Error('aeres-mbo has no logo');
    const { fontBefore, fontAfter } = await drawInPdf(
      brand.logo,
      0,
      0,
      { width: 100, fonts: brand.fonts },
      brand.fonts.italic,
    );
    expect(fontBefore).toBeTruthy();
    expect(fontAfter).toBe(fontBefore);
  });
});

describe('fitLogo', () => {
  const logo: BrandLogo = { kind: 'svg', data: Buffer.from('<svg viewBox="0 0 200 50"/>'), path: 'x.svg' };

  it('keeps the proportions for a width, a height, or a box', () => {
    expect(fitLogo(logo, { width: 100 })).toEqual({ width: 100, height: 25 });
    expect(fitLogo(logo, { height: 10 })).toEqual({ width: 40, height: 10 });
    expect(fitLogo(logo, { width: 100, height: 100 })).toEqual({ width: 100, height: 25 });
    expect(fitLogo(logo, { width: 1000, height: 20 })).toEqual({ width: 80, height: 20 });
  });

  it('uses the natural size without a box (SVG pixels are 0.75 pt)', () => {
    expect(fitLogo(logo, {})).toEqual({ width: 150, height: 37.5 });
  });
});

describe('drawLogo with other logos', () => {
  it('draws a PNG as an image at the requested size', async ({ skip }) => {
    const logo: BrandLogo = { kind: 'png', data: solidPng(40, 20, [200, 30, 60]), path: 'mark.png' };
    const { pdf, drawn } = await drawInPdf(logo, 100, 100, { width: 120 });
    expect(drawn).toEqual({ width: 120, height: 60, warnings: [] });
    const ops = await operators(pdf);
    expect(ops).toContain(OPS.paintImageXObject);
    needTool(skip, 'pdftoppm');
    const { inside, strayInk } = colourCount(pdf, { x: 100, y: 100, width: 120, height: 60 }, [200, 30, 60]);
    expect(inside).toBeGreaterThan(110 * 50);
    expect(strayInk).toBe(0);
  });

  it('does not read images the SVG points at on disk', async () => {
    const secret = solidPng(10, 10, [0, 0, 0]);
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-logo-'));
    try {
      const file = join(dir, 'secret.png');
      writeFileSync(file, secret);
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><image xlink:href="${file}" width="10" height="10"/></svg>`;
      const { pdf, drawn } = await drawInPdf({ kind: 'svg', data: Buffer.from(svg), path: 'x.svg' }, 0, 0, {
        width: 50,
      });
      expect(drawn.warnings.some((warning) => warning.includes(`external image ${file}`))).toBe(true);
      expect(await operators(pdf)).not.toContain(OPS.paintImageXObject);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

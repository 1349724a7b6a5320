// Drawing a brand's logo into a pdfkit document. pdfkit draws PNG itself; SVG goes through svg-to-pdfkit, which
// turns the SVG's shapes and text into PDF drawing operators (vector, so the logo stays sharp at any zoom).
import type PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { logoSize } from '../../brand/assets.js';
import type { BrandFonts, BrandLogo } from '../../brand/types.js';
import { parsedFont } from './document.js';

export interface LogoBox {
  /** Width to draw at, in points; with only one of width/height the other follows the logo's proportions. */
  width?: number;
  height?: number;
  /**
   * Fonts for text in an SVG logo (a wordmark). Without them svg-to-pdfkit uses the PDF standard Helvetica, which
   * is fine for ASCII names but cannot show "ĳ".
   */
  fonts?: Pick<BrandFonts, 'regular' | 'bold'>;
}

export interface DrawnLogo {
  width: number;
  height: number;
  /** What svg-to-pdfkit could not draw (unsupported SVG features, refused external images); empty when all went well. */
  warnings: string[];
}

/** Fields pdfkit has but @types/pdfkit does not declare; saved and restored around the SVG, which changes the font. */
interface FontState {
  _font?: unknown;
  _fontSize?: number;
}

// pdfkit caches fonts by registered name, so each distinct font gets a name of its own. It is registered as the
// font the document's text already uses (parsedFont): pdfkit then finds that font by its PostScript name and draws
// the logo's text with it, as it did when handed the bytes, but without parsing the font file again for every PDF
// (two fonts a cover, ~2.5 ms each).
const fontNames = new WeakMap<Uint8Array, string>();
let fontCount = 0;

function logoFontName(doc: PDFKit.PDFDocument, bytes: Uint8Array): string {
  let name = fontNames.get(bytes);
  if (!name) {
    name = `clausemark-logo-${++fontCount}`;
    fontNames.set(bytes, name);
  }
  // pdfkit accepts an already parsed fontkit font wherever it accepts font bytes.
  doc.registerFont(name, parsedFont(bytes) as unknown as Uint8Array);
  return name;
}

/** The size the logo gets inside the requested box, keeping its proportions. */
export function fitLogo(logo: BrandLogo, box: Pick<LogoBox, 'width' | 'height'>): { width: number; height: number } {
  const natural = logoSize(logo);
  const ratio = natural.width / natural.height;
  if (box.width !== undefined && box.height !== undefined) {
    return box.width / box.height > ratio
      ? { width: box.height * ratio, height: box.height }
      : { width: box.width, height: box.width / ratio };
  }
  if (box.width !== undefined) return { width: box.width, height: box.width / ratio };
  if (box.height !== undefined) return { width: box.height * ratio, height: box.height };
  // SVG user units are CSS pixels (96 per inch), PDF points are 72 per inch.
  return logo.kind === 'svg' ? { width: natural.width * 0.75, height: natural.height * 0.75 } : natural;
}

/** Draw `logo` with its top-left corner at (x, y), scaled into the box; returns the size it took. */
export function drawLogo(doc: PDFKit.PDFDocument, logo: BrandLogo, x: number, y: number, box: LogoBox = {}): DrawnLogo {
  const size = fitLogo(logo, box);
  const warnings: string[] = [];
  if (logo.kind === 'png') {
    doc.image(Buffer.from(logo.data.buffer, logo.data.byteOffset, logo.data.byteLength), x, y, {
      width: size.width,
      height: size.height,
    });
    return { ...size, warnings };
  }
  const regular = box.fonts ? logoFontName(doc, box.fonts.regular) : undefined;
  const bold = box.fonts ? logoFontName(doc, box.fonts.bold) : undefined;
  const state = doc as unknown as FontState;
  const saved = { font: state._font, size: state._fontSize };
  SVGtoPDF(doc as unknown as typeof PDFDocument, new TextDecoder().decode(logo.data), x, y, {
    width: size.width,
    height: size.height,
    assumePt: true,
    preserveAspectRatio: 'xMinYMin meet',
    warningCallback: (warning) => warnings.push(warning),
    // Only inline (data:) images: a logo must not make the renderer read other files from disk.
    imageCallback: (link) => {
      if (link.startsWith('data:')) return link;
      warnings.push(`external image ${link} in the logo was not drawn`);
      return '';
    },
    ...(regular && bold ? { fontCallback: (_family: string, isBold: boolean) => (isBold ? bold : regular) } : {}),
  });
  state._font = saved.font;
  if (saved.size !== undefined) state._fontSize = saved.size;
  return { ...size, warnings };
}

/** Resolution for print: a raster logo with more pixels than this for its printed size only makes PDFs bigger. */
export const PRINT_DPI = 300;
/** Below this a PNG logo is not worth a word, however many pixels it has. */
const NOTICEABLE_BYTES = 512 * 1024;

export interface OversizedLogo {
  bytes: number;
  pixels: { width: number; height: number };
  /** Printed size in points, and the pixels that give it PRINT_DPI. */
  printed: { width: number; height: number };
  suffices: { width: number; height: number };
}

/**
 * A PNG logo that is both big in bytes and has well over the pixels its printed size needs at PRINT_DPI (it is
 * embedded whole in every PDF); undefined for any other logo. SVG logos are vector: their size does not grow so.
 */
export function oversizedLogo(logo: BrandLogo, box: Pick<LogoBox, 'width' | 'height'>): OversizedLogo | undefined {
  if (logo.kind !== 'png' || logo.data.byteLength < NOTICEABLE_BYTES) return undefined;
  const pixels = logoSize(logo);
  const printed = fitLogo(logo, box);
  const suffices = {
    width: Math.ceil((printed.width / 72) * PRINT_DPI),
    height: Math.ceil((printed.height / 72) * PRINT_DPI),
  };
  if (pixels.width <= suffices.width * 1.5 && pixels.height <= suffices.height * 1.5) return undefined;
  return { bytes: logo.data.byteLength, pixels, printed, suffices };
}

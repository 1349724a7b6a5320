// PDF helpers for tests: a Brand built from the bundled fonts, the wording the CLI would pass (Dutch and English),
// and read-back of rendered PDFs with pdfjs-dist (legacy build: pdfjs 5 runs on Node 20 only in that build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Brand } from '../../src/brand/types.js';
import type { Policy } from '../../src/model/policy.js';
import { parsePolicy, loadPolicy } from '../../src/parse/index.js';
import type { PdfInput, PdfOptions } from '../../src/render/engine/input.js';
import type { PdfTexts } from '../../src/render/shared/document-texts.js';
import { PROJECT_ROOT } from './paths.js';
import { loadPdfjs } from './pdfjs.js';

const FONT_DIR = join(PROJECT_ROOT, 'templates', 'fonts', 'source-sans-3');

const fontPaths = {
  regular: join(FONT_DIR, 'SourceSans3_400Regular.ttf'),
  bold: join(FONT_DIR, 'SourceSans3_700Bold.ttf'),
  italic: join(FONT_DIR, 'SourceSans3_400Regular_Italic.ttf'),
  boldItalic: join(FONT_DIR, 'SourceSans3_700Bold_Italic.ttf'),
};

// Read once: the renderer caches parsed fonts by their bytes, as it would for a brand loaded once per build.
const fontBytes = {
  regular: new Uint8Array(readFileSync(fontPaths.regular)),
  bold: new Uint8Array(readFileSync(fontPaths.bold)),
  italic: new Uint8Array(readFileSync(fontPaths.italic)),
  boldItalic: new Uint8Array(readFileSync(fontPaths.boldItalic)),
};

/** A simple vector logo (shapes only), as a brand's logo.svg would be. */
export const TEST_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">
<rect x="0" y="8" width="64" height="64" rx="12" fill="#1d4f91"/>
<circle cx="32" cy="40" r="16" fill="#e07a1f"/>
<rect x="80" y="22" width="150" height="12" rx="3" fill="#1d4f91"/>
<rect x="80" y="44" width="110" height="10" rx="3" fill="#8aa0bd"/>
</svg>`;

export function testBrand(overrides: Partial<Brand> = {}): Brand {
  return {
    name: 'test',
    file: '',
    colours: { primary: '#1d4f91', accent: '#c8611a', text: '#1f2328', muted: '#6b7280' },
    fonts: fontBytes,
    fontPaths,
    logo: { kind: 'svg', data: new TextEncoder().encode(TEST_LOGO_SVG), path: 'test-logo.svg' },
    numbering: ['decimal', 'lower-alpha', 'lower-roman'],
    footer: 'Stichting Voorbeeld · www.example.nl',
    ...overrides,
  };
}

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

function dutchDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS_NL[(month ?? 1) - 1]} ${year}`;
}

export function dutchTexts(policy: Policy): PdfTexts {
  const { meta } = policy;
  const last = meta.approvals[meta.approvals.length - 1];
  const status = { draft: 'Concept', proposed: 'Voorstel', approved: 'Vastgesteld', retired: 'Ingetrokken' }[
    meta.status
  ];
  const texts: PdfTexts = {
    lang: meta.lang || 'nl',
    coverLines: [
      meta.organisation,
      `Versie ${meta.version} · ${status}`,
      ...(meta.effective ? [`Geldig vanaf ${dutchDate(meta.effective)}`] : []),
    ],
    colophon: 'Gemaakt met clausemark 0.1.0 · bron-SHA-256 0123456789abcdef',
    contents: 'Inhoud',
    approvals: 'Vaststelling',
    columns: { date: 'Datum', name: 'Naam', role: 'Functie', step: 'Stap', signature: 'Handtekening' },
    pendingApproval: 'nog vast te stellen',
    page: (page, pages) => `Pagina ${page} van ${pages}`,
    header: `${meta.title} · versie ${meta.version}`,
    footnotes: 'Voetnoten',
  };
  if (last && meta.status === 'approved') texts.adoption = `Vastgesteld door ${last.role} op ${dutchDate(last.date)}`;
  if (meta.status !== 'approved') texts.watermark = 'CONCEPT';
  return texts;
}

export function englishTexts(policy: Policy): PdfTexts {
  const { meta } = policy;
  const texts: PdfTexts = {
    lang: 'en',
    coverLines: [meta.organisation, `Version ${meta.version}`],
    colophon: 'Made with clausemark 0.1.0',
    contents: 'Contents',
    approvals: 'Approval',
    columns: { date: 'Date', name: 'Name', role: 'Role', step: 'Step', signature: 'Signature' },
    pendingApproval: 'to be approved',
    page: (page, pages) => `Page ${page} of ${pages}`,
    header: `${meta.title} · version ${meta.version}`,
    footnotes: 'Footnotes',
  };
  if (meta.status !== 'approved') texts.watermark = 'DRAFT';
  return texts;
}

export function testOptions(policy: Policy, overrides: Partial<PdfOptions> = {}): PdfOptions {
  return {
    showIds: false,
    pdfa: false,
    creationDate: new Date(Date.UTC(2024, 5, 12)),
    sourceHash: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    source: policy.source,
    sourceName: 'social-media.md',
    producer: 'clausemark 0.1.0',
    ...overrides,
  };
}

export function inputFor(
  policy: Policy,
  overrides: { texts?: PdfTexts; brand?: Brand; options?: Partial<PdfOptions> } = {},
): PdfInput {
  return {
    policy,
    brand: overrides.brand ?? testBrand(),
    texts: overrides.texts ?? dutchTexts(policy),
    options: testOptions(policy, overrides.options),
  };
}

export function seedPolicy(org: string): Policy {
  return loadPolicy(join(PROJECT_ROOT, 'policies', org, 'social-media.md')).policy;
}

export function policyFrom(markdown: string, path = 'policies/test/test.md'): Policy {
  return parsePolicy(markdown, { path }).policy;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading back

export interface OutlineItem {
  title: string;
  dest: string | null;
  items: OutlineItem[];
}

export interface LinkAnnotation {
  page: number;
  url?: string;
  dest?: string;
}

export interface FontInfo {
  name: string;
  embedded: boolean;
}

export interface PdfReadback {
  pageCount: number;
  /** Text of each page, items joined by spaces/newlines as pdfjs reports them. */
  pages: string[];
  /** Each page's text as lines (items on one baseline, left to right), each line a list of item strings. */
  lines: string[][][];
  outline: OutlineItem[];
  info: Record<string, unknown>;
  /** The XMP packet, when there is one. */
  xmp: string | undefined;
  /** Named destination → 0-based page index. */
  destinations: Map<string, number>;
  links: LinkAnnotation[];
  fonts: FontInfo[];
  /** Catalog /Lang. */
  lang: string | undefined;
  /** MarkInfo /Marked: a tagged PDF. */
  marked: boolean;
  /** Structure roles used on all pages (P, H2, Table …), with how often they occur. */
  roles: Map<string, number>;
  /** Per page: roles of the elements with marked content on that page (pdfjs lists their siblings as well). */
  pageRoles: Map<string, number>[];
  attachments: { name: string; content: Uint8Array }[];
}

interface StructNode {
  role?: string;
  type?: string;
  children?: StructNode[];
}

function countRoles(node: StructNode | null, into: Map<string, number>, withContent: boolean): void {
  if (!node) return;
  const hasContent = (node.children ?? []).some((child) => child.type === 'content');
  if (node.role && (!withContent || hasContent)) into.set(node.role, (into.get(node.role) ?? 0) + 1);
  for (const child of node.children ?? []) countRoles(child, into, withContent);
}

interface PositionedItem {
  str: string;
  x: number;
  y: number;
}

function toLines(items: PositionedItem[]): string[][] {
  const rows = new Map<number, PositionedItem[]>();
  for (const item of items) {
    if (item.str.trim() === '') continue;
    const key = Math.round(item.y);
    const near = [...rows.keys()].find((y) => Math.abs(y - key) <= 2) ?? key;
    const row = rows.get(near) ?? [];
    row.push(item);
    rows.set(near, row);
  }
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, row]) => row.sort((a, b) => a.x - b.x).map((item) => item.str));
}

async function pageIndexOf(pdf: PDFDocumentProxy, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : (dest as unknown[] | null);
  const ref = explicit?.[0];
  if (ref && typeof ref === 'object') return pdf.getPageIndex(ref as { num: number; gen: number });
  return -1;
}

function outlineItems(items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>>): OutlineItem[] {
  return (items ?? []).map((item) => ({
    title: item.title,
    dest: typeof item.dest === 'string' ? item.dest : null,
    items: outlineItems(item.items),
  }));
}

/** Font dictionaries straight from the file: pdfkit writes them uncompressed. */
function fontsInFile(bytes: Uint8Array): FontInfo[] {
  const text = Buffer.from(bytes).toString('latin1');
  const fonts: FontInfo[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(/\/Type \/Font\b[\s\S]*?>>/g)) {
    const dict = match[0];
    const name = /\/BaseFont \/([^\s/>]+)/.exec(dict)?.[1];
    if (!name || seen.has(name)) continue;
    seen.add(name);
    const subtype = /\/Subtype \/(\w+)/.exec(dict)?.[1] ?? '';
    // Type0 fonts carry their glyphs in the descendant CIDFont's descriptor (FontFile2/3).
    const descriptorHasFile = new RegExp(`/FontName /${name.replace(/[+]/g, '\\+')}[\\s\\S]*?/FontFile[23]?`).test(
      text,
    );
    fonts.push({
      name,
      embedded: subtype === 'Type0' ? descriptorHasFile : /\/FontFile/.test(dict) || descriptorHasFile,
    });
  }
  return fonts;
}

/**
 * Everything a test asks of a PDF. `firstPages` reads the text, links and roles of only that many pages (a test that
 * looks at the cover of a long report; 0 for one that asks about the file only); the rest (page count, outline,
 * destinations, metadata, fonts, attachments) is always whole.
 */
export async function readPdf(bytes: Uint8Array, { firstPages = Infinity } = {}): Promise<PdfReadback> {
  // Loaded on first use: the legacy build replaces Array.prototype.push with a slower polyfill for the whole
  // process, which would distort render timings in test files that never read a PDF back.
  const { getDocument } = await loadPdfjs();
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
  }).promise;
  try {
    const pages: string[] = [];
    const lines: string[][][] = [];
    const links: LinkAnnotation[] = [];
    const roles = new Map<string, number>();
    const pageRoles: Map<string, number>[] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, firstPages); n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      const positioned: PositionedItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
        positioned.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number });
      }
      pages.push(text);
      lines.push(toLines(positioned));
      const tree = (await page.getStructTree()) as StructNode | null;
      const own = new Map<string, number>();
      countRoles(tree, own, true);
      pageRoles.push(own);
      countRoles(tree, roles, false);
      for (const annotation of await page.getAnnotations()) {
        if (annotation.subtype !== 'Link') continue;
        const link: LinkAnnotation = { page: n - 1 };
        if (annotation.url) link.url = annotation.url;
        if (typeof annotation.dest === 'string') link.dest = annotation.dest;
        links.push(link);
      }
    }
    const rawDestinations = (await pdf.getDestinations()) as Record<string, unknown[]>;
    const destinations = new Map<string, number>();
    for (const [name, dest] of Object.entries(rawDestinations)) destinations.set(name, await pageIndexOf(pdf, dest));
    const metadata = await pdf.getMetadata();
    const markInfo = await pdf.getMarkInfo();
    const attachments = Object.values(
      ((await pdf.getAttachments()) ?? {}) as Record<string, { filename: string; content: Uint8Array }>,
    ).map((attachment) => ({ name: attachment.filename, content: attachment.content }));
    const xmp = (metadata.metadata as unknown as { getRaw?: () => string } | null)?.getRaw?.();
    return {
      pageCount: pdf.numPages,
      pages,
      lines,
      outline: outlineItems(await pdf.getOutline()),
      info: metadata.info as Record<string, unknown>,
      xmp,
      destinations,
      links,
      fonts: fontsInFile(bytes),
      lang: (metadata.info as { Language?: string }).Language ?? undefined,
      marked: markInfo?.Marked === true,
      roles,
      pageRoles,
      attachments,
    };
  } finally {
    await pdf.destroy();
  }
}

/** Running header, footer and watermark removed, so text that continues across a page break reads on. */
export function bodyText(readback: PdfReadback, texts: PdfTexts, brand: Brand): string {
  return readback.pages
    .map((page, index) => {
      let text = squash(page);
      for (const furniture of [
        texts.header,
        brand.footer,
        texts.page(index + 1, readback.pageCount),
        texts.watermark ?? '',
      ]) {
        const squashed = squash(furniture);
        if (squashed) text = text.split(squashed).join('');
      }
      return text;
    })
    .join('');
}

/** For comparing text: no whitespace, no hyphens (added at line ends or not), no soft hyphens, no diacritics. */
export function squash(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s\u00AD\-–|]+/g, '')
    .toLowerCase();
}

/**
 * The line under an approval table (squashed) that names approvals given for another version or text: they are named
 * there, never listed in the table as given.
 */
export const NOT_IN_TABLE = /nietindezetabel,wantgegevenvoor[^:]*:[^.]*\./u;

/** A squashed page without that line: what it lists as given. */
export const asGiven = (page: string): string => page.replace(NOT_IN_TABLE, '');

/** 1-based page number on which `needle` (squashed) first appears, or -1. */
export function pageContaining(readback: PdfReadback, needle: string, from = 0): number {
  const wanted = squash(needle);
  for (let index = from; index < readback.pages.length; index++)
    if (squash(readback.pages[index]!).includes(wanted)) return index + 1;
  return -1;
}

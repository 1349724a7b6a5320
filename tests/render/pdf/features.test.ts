// Features the seeds do not exercise, on a purpose-made policy: long tables, links, footnotes, nested numbering,
// pending approvals, review ids, PDF/A with the embedded source, English wording.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/model/policy.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import {
  englishTexts,
  inputFor,
  policyFrom,
  readPdf,
  seedPolicy,
  squash,
  testBrand,
  type PdfReadback,
} from '../../support/pdf.js';
import { needTool } from '../../support/tools.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'kitchen-sink.md');

let policy: Policy;
let bytes: Uint8Array;
let pdf: PdfReadback;
let scratch = '';

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'clausemark-pdf-'));
  policy = policyFrom(readFileSync(FIXTURE, 'utf8'));
  bytes = await renderPdf(inputFor(policy));
  pdf = await readPdf(bytes);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function joinedLines(readback: PdfReadback, page: number): string[] {
  return readback.lines[page]!.map((line) => line.join(' '));
}

/** Decompressed content streams of the file (pdfkit writes each page's content as one Flate stream). */
function streams(data: Uint8Array): string[] {
  const text = Buffer.from(data).toString('latin1');
  const out: string[] = [];
  for (const match of text.matchAll(/\d+ 0 obj\n<<([\s\S]*?)>>\nstream\n/g)) {
    const dictionary = match[1] ?? '';
    if (!dictionary.includes('/FlateDecode')) continue;
    const start = match.index + match[0].length;
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? 0);
    out.push(inflateSync(Buffer.from(data.subarray(start, start + length))).toString('latin1'));
  }
  return out;
}

describe('tables', () => {
  it('repeat the header row on every page a long table continues on', () => {
    const header = 'Nr Naam Groep Toestemming';
    const pagesWithRows = pdf.lines
      .map((_, index) => index)
      .filter((index) => joinedLines(pdf, index).some((line) => /^\d+ Leerling\d+ /.test(line)));
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(2);
    for (const index of pagesWithRows) {
      const lines = joinedLines(pdf, index);
      const headerAt = lines.indexOf(header);
      const firstRow = lines.findIndex((line) => /^\d+ Leerling\d+ /.test(line));
      expect(headerAt, `header on page ${index + 1}`).toBeGreaterThanOrEqual(0);
      expect(headerAt).toBeLessThan(firstRow);
    }
    // All sixty rows, each once.
    const rows = pdf.lines
      .flat()
      .map((line) => line.join(' '))
      .filter((line) => /^\d+ Leerling\d+ /.test(line));
    expect(rows.map((row) => Number(row.split(' ')[0]))).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
  });

  it('are tagged as tables with header cells, the repeated headers as artifacts', () => {
    for (const role of ['Table', 'TR', 'TH', 'TD']) expect(pdf.roles.has(role), role).toBe(true);
    const tablePages = pdf.lines
      .map((_, index) => index)
      .filter((index) => joinedLines(pdf, index).some((line) => /^\d+ Leerling\d+ /.test(line)));
    expect(pdf.pageRoles[tablePages[0]!]!.get('TH')).toBe(4);
    // A continuation page without the approval table has table cells but no header cells: its header is an artifact.
    const continuation = tablePages.slice(1).filter((index) => !pdf.pages[index]!.includes('Vaststelling'));
    expect(continuation.length).toBeGreaterThan(0);
    for (const index of continuation) {
      expect(pdf.pageRoles[index]!.get('TD')).toBeGreaterThan(0);
      expect(pdf.pageRoles[index]!.has('TH')).toBe(false);
    }
    expect(streams(bytes).join('\n')).toMatch(/\/Artifact <<\n\/Type \/Pagination/);
  });
});

describe('inline content', () => {
  it('makes links clickable, to the web and to clauses', () => {
    const urls = pdf.links.map((link) => link.url).filter(Boolean);
    expect(urls).toContain('https://www.example.nl/beleid/sociale-media');
    expect(urls).toContain(
      'https://www.example.nl/een/heel/lang/pad/naar/een/document/over/sociale-media-beleid-2025.pdf',
    );
    const dests = pdf.links.map((link) => link.dest).filter(Boolean);
    expect(dests).toContain('up.belang');
    expect(pdf.destinations.get('up.belang')).toBeGreaterThan(1);
  });

  it('sets footnote references as linked numbers and lists the footnotes at the end', () => {
    expect(pdf.links.map((link) => link.dest)).toEqual(expect.arrayContaining(['fn:1', 'fn:2']));
    const notesPage = pdf.destinations.get('clausemark:footnotes')!;
    const text = squash(pdf.pages.slice(notesPage).join(' '));
    expect(text).toContain(squash('Voetnoten'));
    expect(text).toContain(squash('1 Bron: Kennisnet, Sociale media in het onderwijs (2023).'));
    expect(text).toContain(squash('2 Zie de gedragscode, artikel 4.'));
    expect(pdf.destinations.get('fn:1')).toBe(notesPage);
  });

  it('wraps words wider than the line without losing a character', () => {
    const text = squash(pdf.pages.join(' '));
    expect(text).toContain(
      squash('Rijksoverheidsinformatievoorzieningsbeleidsdocumentatiebeheerssysteemontwikkelingsprogramma'),
    );
    expect(text).toContain(
      squash('https://www.example.nl/een/heel/lang/pad/naar/een/document/over/sociale-media-beleid-2025.pdf'),
    );
  });

  it('renders ĳ and ë as those characters', () => {
    const raw = pdf.pages.join(' ').normalize('NFC').replace(/\s+/g, '');
    expect(raw).toContain('Reglementĳverigemedewerkers');
    expect(raw).toContain('ideeën');
    expect(raw).toContain('ĳsenweder');
  });
});

describe('numbering', () => {
  it('follows the brand house style at every depth, with bullets for bullet lists', async () => {
    const labels = (readback: PdfReadback): string[] => readback.lines.flat().map((line) => line[0] ?? '');
    expect(labels(pdf)).toEqual(expect.arrayContaining(['1.', '2.', 'a.', 'b.', 'i.', 'ii.', '•', '–']));
    const roman = await readPdf(
      await renderPdf(inputFor(policy, { brand: testBrand({ numbering: ['upper-roman', 'upper-alpha', 'decimal'] }) })),
    );
    expect(labels(roman)).toEqual(expect.arrayContaining(['I.', 'II.', 'III.', 'A.', 'B.', '1.', '2.']));
    expect(labels(roman)).not.toContain('a.');
  });

  it('numbers sections 1, 1.1 and leaves unnumbered sections without a number', () => {
    expect(pdf.outline.map((item) => item.title)).toEqual([
      'Voorwoord',
      '1 Uitgangspunten',
      '2 Gebruik',
      '3 Slotbepalingen',
      'Voetnoten',
      'Vaststelling',
    ]);
    expect(pdf.outline[2]!.items.map((item) => item.title)).toEqual(['2.1 Toestemmingen']);
  });
});

describe('approvals of a proposed policy', () => {
  it('add a row to sign for each step still to come', () => {
    const start = pdf.destinations.get('clausemark:approvals')!;
    const lines = pdf.lines
      .slice(start)
      .flat()
      .map((line) => line.join(' '));
    expect(lines).toContain('12 mei 2025 MR Medezeggenschapsraad Advies');
    expect(lines).toContain('nog vast te stellen Instemming');
    expect(lines).toContain('nog vast te stellen Vaststelling');
  });

  it('add two empty rows when the procedure names no steps', async () => {
    const markdown = readFileSync(FIXTURE, 'utf8').replace('    step: advies\n', '');
    const readback = await readPdf(await renderPdf(inputFor(policyFrom(markdown))));
    const lines = readback.lines.flat().map((line) => line.join(' '));
    expect(lines.filter((line) => line === 'nog vast te stellen')).toHaveLength(2);
  });
});

describe('options', () => {
  it('prints clause ids in the margin only when asked', async () => {
    const withIds = await readPdf(await renderPdf(inputFor(policy, { options: { showIds: true } })));
    const idsText = withIds.pages.join('\n');
    for (const id of ['up.belang', 'up.ijs.ouders.termijn', 'gebruik.prive.account', 'toestemmingen.tabel'])
      expect(idsText).toContain(id);
    expect(pdf.pages.join('\n')).not.toContain('up.ijs.ouders.termijn');
    // The layout does not move: the same clause starts on the same page.
    expect(withIds.destinations.get('slot.inwerking')).toBe(pdf.destinations.get('slot.inwerking'));
  });

  it('writes PDF/A-3 with the Markdown source attached, reproducibly', async ({ skip }) => {
    const input = inputFor(policy, { options: { pdfa: true, sourceName: 'keukentafel.md' } });
    const first = await renderPdf(input);
    const second = await renderPdf(input);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    // The packet and the attachment only: no page's text.
    const readback = await readPdf(first, { firstPages: 0 });
    expect(readback.xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(readback.xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(readback.attachments).toHaveLength(1);
    expect(readback.attachments[0]!.name).toBe('keukentafel.md');
    expect(new TextDecoder().decode(readback.attachments[0]!.content)).toBe(policy.source);
    const raw = Buffer.from(first).toString('latin1');
    expect(raw).toContain('/AFRelationship /Source');
    expect(raw).toContain('/OutputIntents');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    needTool(skip, 'qpdf');
    const file = join(scratch, 'pdfa.pdf');
    writeFileSync(file, first);
    expect(spawnSync('qpdf', ['--check', file]).status).toBe(0);
  });

  it('derives the document ID from the source hash, never from the clock', async () => {
    const idOf = (data: Uint8Array): string =>
      /\/ID \[<([0-9a-f]+)>/.exec(Buffer.from(data).toString('latin1'))?.[1] ?? '';
    const first = idOf(bytes);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(idOf(await renderPdf(inputFor(policy)))).toBe(first);
    const other = await renderPdf(inputFor(policy, { options: { sourceHash: 'f'.repeat(64) } }));
    expect(idOf(other)).not.toBe(first);
  });

  it('escapes XML in the metadata packet', async () => {
    const tricky = policyFrom(
      readFileSync(FIXTURE, 'utf8').replace('title: Reglement ĳverige', 'title: Do’s & <Don’ts> van ĳverige'),
    );
    const readback = await readPdf(await renderPdf(inputFor(tricky)), { firstPages: 0 });
    expect(readback.info.Title).toBe('Do’s & <Don’ts> van ĳverige medewerkers en gebruik van sociale media');
    expect(readback.xmp).toContain('Do’s &#38; &#60;Don’ts&#62;');
  });
});

describe('brands', () => {
  it('lays a policy out again for another brand, even when the same Policy object is rendered twice', async () => {
    const plexDir = join(
      dirname(fileURLToPath(import.meta.url)),
      '..',
      '..',
      '..',
      'templates',
      'fonts',
      'ibm-plex-sans',
    );
    const plexFont = (file: string): Uint8Array => new Uint8Array(readFileSync(join(plexDir, file)));
    const plex = testBrand({
      name: 'plex',
      fonts: {
        regular: plexFont('IBMPlexSans_400Regular.ttf'),
        bold: plexFont('IBMPlexSans_700Bold.ttf'),
        italic: plexFont('IBMPlexSans_400Regular_Italic.ttf'),
        boldItalic: plexFont('IBMPlexSans_700Bold_Italic.ttf'),
      },
      colours: { primary: '#7a1f3d', accent: '#1f6f7a', text: '#222222', muted: '#666666' },
    });
    const again = await renderPdf(inputFor(policy, { brand: plex }));
    const fresh = await renderPdf(inputFor(policyFrom(readFileSync(FIXTURE, 'utf8')), { brand: plex }));
    expect(Buffer.compare(Buffer.from(again), Buffer.from(fresh))).toBe(0);
    const readback = await readPdf(again, { firstPages: 0 });
    expect(readback.fonts.map((font) => font.name).every((name) => name.includes('IBMPlexSans'))).toBe(true);
  });
});

describe('other languages', () => {
  it('uses the wording it is given: "Page X of Y" and the English labels', async () => {
    const seed = seedPolicy('casparus-college');
    const texts = englishTexts(seed);
    const readback = await readPdf(await renderPdf(inputFor(seed, { texts })));
    expect(readback.lang).toBe('en');
    for (let page = 2; page <= readback.pageCount; page++) {
      expect(readback.lines[page - 1]!.at(-1)!.at(-1)).toBe(`Page ${page} of ${readback.pageCount}`);
    }
    expect(readback.pages[1]).toContain('Contents');
    expect(readback.pages[0]).toContain('DRAFT');
  });
});

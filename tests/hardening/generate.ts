// Inputs too big (or too derived) to keep as fixture files: made at test time, deterministically.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, deflateSync } from 'node:zlib';
import { PROJECT_ROOT } from '../support/paths.js';
import { deflateRepeated, type RepeatedByte } from './deflate-repeated.js';
import { SIGNAL_INPUTS } from './signal-inputs.js';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'bad');
const FONTS = join(PROJECT_ROOT, 'templates', 'fonts', 'source-sans-3');

/** The well-formed policy every generated one starts from (14 lines; generated text starts on line 16). */
function goodPolicy(): string {
  return readFileSync(join(FIXTURES, 'policies', 'good.md'), 'utf8');
}

/** `good.md`, a blank line, then `extra`. */
function policyWith(extra: string): Uint8Array {
  return Buffer.from(`${goodPolicy()}\n${extra}`, 'utf8');
}

/** A policy of just over `megabytes` MB: numbered clauses of ordinary Dutch text. */
function largePolicy(megabytes: number): Uint8Array {
  const target = megabytes * 1024 * 1024;
  const parts: string[] = [goodPolicy(), '\n## Bijlage {#bijlage}\n'];
  let size = Buffer.byteLength(parts.join(''));
  for (let n = 1; size <= target; n++) {
    const clause = `\n{#bijlage.${n}} Medewerkers delen geen foto's van leerlingen zonder toestemming van hun ouders (regel ${n}).\n`;
    parts.push(clause);
    size += Buffer.byteLength(clause);
  }
  return Buffer.from(parts.join(''), 'utf8');
}

/** good.md with an `effective:` date of 10 MB of prose: a message quoting it must not print it whole. */
function longFrontmatterValue(): Uint8Array {
  const value = 'Medewerkers delen geen foto van leerlingen. '.repeat(240_000);
  return Buffer.from(goodPolicy().replace('---\n', `---\neffective: "${value}"\n`), 'utf8');
}

/** One clause on one line of about `bytes` bytes. */
function longLine(unit: string, bytes: number): Uint8Array {
  return policyWith(`{#doel.2} ${unit.repeat(Math.ceil(bytes / unit.length))}\n`);
}

// ---- WOFF2 ------------------------------------------------------------------------------------------------------

/** Table tags WOFF2 encodes by index (W3C WOFF2, section 5.1); any other tag is written out after index 63. */
const WOFF2_KNOWN_TAGS = [
  'cmap',
  'head',
  'hhea',
  'hmtx',
  'maxp',
  'name',
  'OS/2',
  'post',
  'cvt ',
  'fpgm',
  'glyf',
  'loca',
  'prep',
  'CFF ',
  'VORG',
  'EBDT',
  'EBLC',
  'gasp',
  'hdmx',
  'kern',
  'LTSH',
  'PCLT',
  'VDMX',
  'vhea',
  'vmtx',
  'BASE',
  'GDEF',
  'GPOS',
  'GSUB',
  'EBSC',
  'JSTF',
  'MATH',
  'CBDT',
  'CBLC',
  'COLR',
  'CPAL',
  'SVG ',
  'sbix',
  'acnt',
  'avar',
  'bdat',
  'bloc',
  'bsln',
  'cvar',
  'fdsc',
  'feat',
  'fmtx',
  'fvar',
  'gvar',
  'hsty',
  'just',
  'lcar',
  'mort',
  'morx',
  'opbd',
  'prop',
  'trak',
  'Zapf',
  'Silf',
  'Glat',
  'Gloc',
  'Feat',
  'Sill',
];

function base128(value: number): number[] {
  const bytes = [value & 0x7f];
  for (let rest = value >>> 7; rest > 0; rest >>>= 7) bytes.unshift((rest & 0x7f) | 0x80);
  return bytes;
}

/**
 * A real WOFF2 font made from a TrueType file: every table kept as it is ("null transform", which WOFF2 allows for
 * glyf and loca as transform version 3), all tables Brotli-compressed as one stream. fontkit reads it as WOFF2.
 * Brotli at quality 9, not its default 11: any quality decodes to the same tables, and 11 took a CPU second per font.
 */
export function woff2From(ttf: Uint8Array): Uint8Array {
  const view = Buffer.from(ttf);
  const count = view.readUInt16BE(4);
  const tables = Array.from({ length: count }, (_, index) => {
    const record = 12 + index * 16;
    const tag = view.toString('latin1', record, record + 4);
    const offset = view.readUInt32BE(record + 8);
    const length = view.readUInt32BE(record + 12);
    return { tag, data: view.subarray(offset, offset + length) };
  });
  const directory: number[] = [];
  for (const { tag, data } of tables) {
    const known = WOFF2_KNOWN_TAGS.indexOf(tag);
    const transform = tag === 'glyf' || tag === 'loca' ? 3 << 6 : 0;
    directory.push((known === -1 ? 63 : known) | transform);
    if (known === -1) directory.push(...Buffer.from(tag, 'latin1'));
    directory.push(...base128(data.length));
  }
  const compressed = brotliCompressSync(Buffer.concat(tables.map((table) => table.data)), {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 },
  });
  const sfntSize = 12 + 16 * count + tables.reduce((sum, table) => sum + Math.ceil(table.data.length / 4) * 4, 0);
  const unpadded = 48 + directory.length + compressed.length;
  const total = Math.ceil(unpadded / 4) * 4;
  const header = Buffer.alloc(48);
  header.write('wOF2', 0, 'latin1');
  header.writeUInt32BE(view.readUInt32BE(0), 4); // flavour of the original (TrueType)
  header.writeUInt32BE(total, 8);
  header.writeUInt16BE(count, 12);
  header.writeUInt32BE(sfntSize, 16);
  header.writeUInt32BE(compressed.length, 20);
  header.writeUInt16BE(1, 24); // font version 1.0
  return Buffer.concat([header, Buffer.from(directory), compressed, Buffer.alloc(total - unpadded)]);
}

/**
 * A plain-text document of one hard-wrapped paragraph of about `kilobytes`, lines of about 70 characters, every
 * seventh broken inside a word with a hyphen: what a PDF's text or a mail gives `import`.
 */
function wrappedParagraph(kilobytes: number): Uint8Array {
  const vocabulary = ['leerling', 'ouder', 'mentor', 'school', 'melding', 'incident', 'directeur', 'afspraak', 'dag'];
  const verbs = ['meldt', 'bespreekt', 'noteert', 'bewaart', 'controleert'];
  const lines: string[] = ['Meldingsprotocol', ''];
  let line = '';
  let size = 0;
  // A fixed pseudo-random sequence: lines that differ, as in prose (identical lines would be a running header).
  let seed = 7;
  const next = (count: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % count;
  };
  for (let sentence = 0; size < kilobytes * 1024; sentence++) {
    const words = [`De ${vocabulary[next(9)]}`, verbs[next(5)], `op ${sentence + 1} de`, vocabulary[next(9)]];
    words.push(next(3) === 0 ? 'verantwoordelijk.' : `van ${vocabulary[next(9)]} ${next(1000)}.`);
    for (const word of words.join(' ').split(' ')) {
      if (line.length + word.length < 70) {
        line = line === '' ? word : `${line} ${word}`;
        continue;
      }
      // A long word at the end of a line is broken where a typesetter would.
      const broken = word.startsWith('verantwoordelijk');
      lines.push(broken ? `${line} verant-` : line);
      size += line.length + 1;
      line = broken ? word.slice('verant'.length) : word;
    }
  }
  lines.push(line);
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/**
 * A policy of `organisation` with `count` clauses that all read "Vervallen." (repealed articles, no ids): what two
 * versions of a long regulation share by the thousand, each identical to every one of the other's.
 */
export function repealedPolicy(organisation: string, count: number): Uint8Array {
  return samePolicy(organisation, 'Vervallen artikelen', 'Vervallen.', count);
}

/**
 * A policy of `organisation` with `count` clauses that all state one short rule (no ids): what two organisations'
 * long regulations share by the thousand. Not "Vervallen.": compare aligns no lapsed article (closing-lines.ts).
 */
export function repeatedRulePolicy(organisation: string, count: number): Uint8Array {
  return samePolicy(organisation, 'Overgangsbepalingen', 'Deze bepaling geldt tot 1 januari.', count);
}

function samePolicy(organisation: string, heading: string, clause: string, count: number): Uint8Array {
  const front = `---\nid: reglement\ntitle: Reglement\norganisation: School ${organisation}\norg: ${organisation}\nversion: "1.0"\nlang: nl\n---\n`;
  return Buffer.from(`${front}\n# Reglement\n\n## ${heading}\n\n${`${clause}\n\n`.repeat(count)}`, 'utf8');
}

/**
 * Flate with zlib's run-length strategy: 256 MB of one byte packs to as many bytes (255 KB) as with the default
 * strategy, unpacks to the same bytes, and takes about 0.1 s of CPU instead of 0.5. A bomb's bytes, one byte repeated,
 * are described and never held (deflate-repeated.ts: 260 KB, each MiB deflated once).
 */
const deflateRuns = (data: Uint8Array | RepeatedByte): Buffer =>
  'byte' in data ? deflateRepeated(data) : deflateSync(data, { strategy: zlibConstants.Z_RLE });

/**
 * A one-page PDF whose page content is `content` (bytes, or a byte repeated: a bomb's content, Flate first), encoded by
 * `filters` (Flate by default; a chain is decoded in its order, so encoded in the reverse), with Helvetica as font F1;
 * and, when `image` is given, a Flate-compressed greyscale image of that many zero bytes on the page's resources
 * (drawn nowhere).
 */
export function flatePdf(
  content: Uint8Array | RepeatedByte,
  image?: number,
  filters: readonly ('FlateDecode' | 'ASCIIHexDecode')[] = ['FlateDecode'],
): Uint8Array {
  const objects: Buffer[] = [];
  const stream = (dictionary: string, data: Uint8Array, chain: readonly string[] = ['FlateDecode']): Buffer =>
    Buffer.concat([
      Buffer.from(
        `<< ${dictionary} /Filter [${chain.map((name) => `/${name}`).join(' ')}] /Length ${data.length} >>\nstream\n`,
        'latin1',
      ),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  const encoded = filters.reduceRight<Uint8Array | RepeatedByte>((data, filter) => {
    if (filter === 'FlateDecode') return deflateRuns(data);
    if ('byte' in data) throw new Error('a repeated byte is deflated first');
    return Buffer.from(`${Buffer.from(data).toString('hex')}>`);
  }, content) as Uint8Array;
  const xobject = image === undefined ? '' : ' /XObject << /Im1 6 0 R >>';
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'));
  objects.push(Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>', 'latin1'));
  objects.push(
    Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>${xobject} >> >>`,
      'latin1',
    ),
  );
  objects.push(stream('', encoded, filters));
  objects.push(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', 'latin1'));
  if (image !== undefined) {
    const data = deflateRuns({ byte: 0, count: image });
    objects.push(
      stream(
        `/Type /XObject /Subtype /Image /Width ${image} /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8`,
        data,
      ),
    );
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0]?.length ?? 0;
  objects.forEach((body, index) => {
    const object = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    offsets.push(size);
    parts.push(object);
    size += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(parts);
}

/** Page content that shows `lines` lines of Dutch text (PDF text operators). */
export function pdfTextContent(lines: readonly string[]): Uint8Array {
  const shown = lines.map((line, index) => `BT /F1 11 Tf 72 ${780 - index * 14} Td (${line}) Tj ET`);
  return Buffer.from(`${shown.join('\n')}\n`, 'latin1');
}

/** 256 MB of blanks: a bomb's page content. */
const BLANKS_256MB: RepeatedByte = { byte: 0x20, count: 256 * 1024 * 1024 };

/** Generators by name, as cases.yaml refers to them (`generate: <name>` or `generate:<name>`). */
export const GENERATORS: Record<string, () => Uint8Array> = {
  'policy-20mb': () => largePolicy(20),
  'wrapped-paragraph-400kb': () => wrappedParagraph(400),
  'repeated-rule-8000-noord': () => repeatedRulePolicy('noord', 8000),
  'repeated-rule-8000-zuid': () => repeatedRulePolicy('zuid', 8000),
  // A 256 MB page content of blanks, 260 KB compressed: a decompression bomb past the 64 MB default.
  'pdf-content-256mb': () => flatePdf(BLANKS_256MB),
  // The same 256 MB behind a chain of filters (each stage small but the last) and as an image pdfjs would decode.
  'pdf-content-flate-twice': () => flatePdf(BLANKS_256MB, undefined, ['FlateDecode', 'FlateDecode']),
  'pdf-content-hex-flate': () => flatePdf(BLANKS_256MB, undefined, ['ASCIIHexDecode', 'FlateDecode']),
  'pdf-image-256mb': () => flatePdf(pdfTextContent(['Protocol sociale media']), 256 * 1024 * 1024),
  'nested-lists-10000': () => policyWith(`${'- '.repeat(10_000)}diep\n`),
  // A one-column table whose header row has no | (issue 69 item 7): 330 KB took remark 6.3 s and about 1 GB.
  'pipeless-table-330kb': () => policyWith(`Kop\n-|\n${'rij|\n'.repeat(66_000)}\nNa de tabel.\n`),
  'nested-quotes-10000': () => policyWith(`${'>'.repeat(10_000)} diep\n`),
  'nested-indented-1000': () =>
    policyWith(Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- niveau ${depth}\n`).join('')),
  'long-line-1mb': () => longLine("Medewerkers delen geen foto's van leerlingen. ", 1024 * 1024),
  'long-line-marks-1mb': () => longLine('*a', 1024 * 1024),
  'long-word-30000': () => policyWith(`{#doel.2} Vooraf ${'q'.repeat(30_000)} achteraf.\n`),
  'long-word-100000': () => policyWith(`{#doel.2} Vooraf ${'q'.repeat(100_000)} achteraf.\n`),
  // The same with a typo in the last word: a diff must judge the clause, long word and all (cases-reasons.yaml).
  'long-word-100000-typo': () => policyWith(`{#doel.2} Vooraf ${'q'.repeat(100_000)} achtraf.\n`),
  woff2: () => woff2From(readFileSync(join(FONTS, 'SourceSans3_400Regular.ttf'))),
  'truncated-font': () => readFileSync(join(FONTS, 'SourceSans3_700Bold.ttf')).subarray(0, 4096),
  'effective-date-10mb': longFrontmatterValue,
  // A clause of 10 MB without an id: check's missing-id warning quoted it whole (issue 23 item 19).
  'clause-10mb-without-id': () => policyWith(`${"Medewerkers delen geen foto's van leerlingen. ".repeat(230_000)}\n`),
  ...SIGNAL_INPUTS,
};

// The PDF/UA self-check (src/render/engine/ua-check.ts): it passes on built PDFs, and each property fails on a copy of
// a built PDF broken in exactly that property (the bytes edited where pdfkit wrote them in the clear). That it passes
// on every seed policy is in ua-check-seeds.integration.test.ts (ten builds: the integration lane).
import { readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { checkPdfUa, type UaProperty } from '../../../src/render/engine/ua-check.js';
import { inputFor, policyFrom } from '../../support/pdf.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', 'pdf', 'fixtures', 'kitchen-sink.md');

let built: string;

beforeAll(async () => {
  built = Buffer.from(await renderPdf(inputFor(policyFrom(readFileSync(FIXTURE, 'utf8'))))).toString('latin1');
});

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

/** The built file with `pattern` replaced; fails the test when the pattern is not there to break. */
function broken(pattern: RegExp, replacement: string): Uint8Array {
  expect(built).toMatch(pattern);
  return bytes(built.replace(pattern, replacement));
}

const properties = (file: Uint8Array): UaProperty[] => [...new Set(checkPdfUa(file).map((f) => f.property))];

describe('the PDF/UA self-check', () => {
  it('passes on a built PDF with every kind of content (headings, lists, tables, links, logo, footnotes)', () => {
    expect(checkPdfUa(bytes(built))).toEqual([]);
  });

  it('fails content-tagged when a page draws something neither tagged nor an artifact', () => {
    const contents = /\/Type \/Page\b[^>]*\/Contents (\d+) 0 R/.exec(built)?.[1];
    expect(contents).toBeDefined();
    // The page's content stream replaced by a tagged paragraph followed by a line drawn outside any marked content.
    const stream = '/P <</MCID 0>> BDC BT ET EMC 0 0 m 10 10 l S';
    const page = new RegExp(`\\n${contents} 0 obj\\n<<[^]*?endstream`);
    const untagged = broken(page, `\n${contents} 0 obj\n<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    expect(properties(untagged)).toEqual(['content-tagged']);
    // The same line as an artifact passes.
    const artifact = `/Artifact BMC 0 0 m 10 10 l S EMC`;
    const marked = broken(
      page,
      `\n${contents} 0 obj\n<< /Length ${artifact.length} >>\nstream\n${artifact}\nendstream`,
    );
    expect(properties(marked)).toEqual([]);
  });

  it('fails real-spaces when justified words are parted by a gap instead of a space glyph', () => {
    // A page of justified text: each space glyph followed by its widening (`<0001> -118.95`) is replaced by one
    // gap as wide as both, so the page looks the same but its text runs the words together.
    let edited = 0;
    const file = built.replace(
      /(\n\d+ 0 obj\n?<<)([\s\S]*?)(>>\s*stream\r?\n)([\s\S]*?)(\r?\nendstream)/g,
      (whole, open: string, dictionary: string, start: string, data: string, end: string) => {
        if (edited > 0 || !/\/FlateDecode/.test(dictionary)) return whole;
        let content: string;
        try {
          content = inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
        } catch {
          return whole;
        }
        if (!/\/P <</.test(content) || !/<[0-9a-f]{4}> -\d/.test(content)) return whole;
        const gapped = content.replace(/<[0-9a-f]{4}> (-\d+(?:\.\d+)?)/g, (_, gap: string) => `${Number(gap) - 250}`);
        const packed = deflateSync(Buffer.from(gapped, 'latin1')).toString('latin1');
        edited++;
        return `${open}${dictionary.replace(/\/Length \d+/, `/Length ${packed.length}`)}${start}${packed}${end}`;
      },
    );
    expect(edited).toBe(1);
    expect(properties(bytes(file))).toEqual(['real-spaces']);
  });

  const cases: [UaProperty, RegExp, string][] = [
    ['catalog-language', /\/Lang \([^)]*\)/, ''],
    ['title-shown', /\/DisplayDocTitle true/, '/DisplayDocTitle false'],
    ['title-shown', /<dc:title>[\s\S]*?<\/dc:title>/, ''],
    ['tagged', /\/Marked true/, '/Marked false'],
    ['tagged', /\/StructTreeRoot \d+ 0 R/, ''],
    ['heading-levels', /\/S \/H3\b/, '/S /H5'],
    ['table-header-scope', /\/Scope \/Column/, ''],
    ['list-structure', /\/S \/LBody\b/, '/S /Span'],
    ['links-tagged', /\/StructParent \d+/, ''],
    ['alternate-text', /\/Alt \([^)]*\)/, ''],
    ['fonts-embedded', /\/FontFile2 \d+ 0 R/, ''],
    ['fonts-embedded', /\/ToUnicode \d+ 0 R/, ''],
    ['tab-order', /\/Tabs \/S/, ''],
  ];
  for (const [property, pattern, replacement] of cases) {
    it(`fails ${property} when ${pattern.source} is ${replacement ? `made ${replacement}` : 'removed'}`, () => {
      expect(properties(broken(pattern, replacement))).toEqual([property]);
    });
  }
});

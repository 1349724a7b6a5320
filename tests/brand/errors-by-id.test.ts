// A brand's errors are worded from templates/messages/en.yaml by id (src/brand/): the words are those of
// tests/brand/validation.test.ts, and the finding keeps the ids, so `check --format json` and a program reading the
// error see what went wrong without parsing English. An error about a font or logo says the inner fault again
// (`fonts.bold (x.woff): {{problem}}`), whose ids stay readable inside the params.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brand/load.js';
import { expectWorded } from '../support/worded.js';
import { caught, SOURCE_SANS_REGULAR, tempProject } from './temp-project.js';

function refuse(yaml: string, files: Record<string, string | Uint8Array> = {}) {
  const project = tempProject();
  for (const [path, content] of Object.entries(files)) project.write(path, content);
  project.brand('school', yaml);
  return caught(() => loadBrand('school', { root: project.root }));
}

describe('a brand file', () => {
  it('words a value that is no colour, and an unquoted colour YAML read as a comment', () => {
    expectWorded(refuse('colours:\n  accent: "#12345"\n'), {
      ruleId: 'brand-bad-colour',
      messageId: 'brand.not-a-colour',
      message: 'colours.accent: `#12345` is not a colour',
      fixId: 'brand.write-colour',
      fix: 'write a colour as "#rrggbb" in quotes, e.g. "#1f4e79"',
    });
    expectWorded(refuse('colours:\n  text: #1f2328\n'), {
      ruleId: 'brand-field-type',
      messageId: 'brand.no-value',
      message: 'colours.text has no value',
      fixId: 'brand.quote-hash',
      fix: 'YAML reads # as the start of a comment: put the value in quotes (text: "#1f2328")',
    });
  });

  it('words an unknown field, a style that does not exist, and a file that is not YAML', () => {
    expectWorded(refuse('colors:\n  text: "#000000"\n'), {
      ruleId: 'brand-unknown-field',
      messageId: 'brand.unknown-field',
      message: 'unknown field `colors`',
      fixId: 'brand.fields',
      fix: 'a brand file has the fields colours, logo, fonts, numbering, footer, labels (see templates/brands/default.yaml)',
    });
    const style = refuse('numbering: [decimal, lower-greek]\n');
    expectWorded(style, {
      ruleId: 'brand-bad-numbering',
      messageId: 'brand.unknown-style',
      message: 'numbering: unknown style `lower-greek`',
      fixId: 'brand.use-style',
      fix: 'use one of decimal, lower-alpha, upper-alpha, lower-roman, upper-roman',
    });
    expect(style.finding.params?.style).toBe('lower-greek');
    const yaml = refuse('footer: "open\n');
    expect([yaml.finding.messageId, yaml.finding.fixId, yaml.finding.params?.what]).toEqual([
      'settings-file.invalid-yaml',
      'yaml-syntax.fix-syntax',
      { messageId: 'settings-file.brand' },
    ]);
    expect(yaml.message).toMatch(/^invalid YAML in the brand file: /);
  });

  it('words an unknown brand with the brands there are', () => {
    const project = tempProject();
    project.brand('school', 'footer: x\n');
    const error = caught(() => loadBrand('schol', { root: project.root }));
    expect(error.finding).toMatchObject({
      ruleId: 'unknown-brand',
      messageId: 'unknown-brand.message',
      message: 'unknown brand `schol`',
      fixId: 'unknown-brand.available',
    });
    expect(error.hint).toMatch(/^available brands: school \(files in .*templates\/brands\)$/);
  });
});

describe("a brand's font and logo", () => {
  it('says the font fault after the field, keeping the fault readable by its id', () => {
    const fake = Buffer.concat([Buffer.from('wOF2', 'latin1'), Buffer.alloc(60, 1)]);
    const error = refuse('fonts:\n  regular: ../fonts/Web.woff2\n', { 'templates/fonts/Web.woff2': fake });
    expectWorded(error, {
      ruleId: 'brand-bad-font',
      messageId: 'brand.about',
      message: 'fonts.regular (../fonts/Web.woff2): this is a WOFF2 web font; PDFs need the TTF or OTF version',
      fixId: 'brand-font.use-ttf-not-web',
      fix: 'use a TTF or OTF file, e.g. one from templates/fonts/ (Source Sans 3 or IBM Plex Sans); web fonts crash the PDF writer on accented text',
    });
    expect(error.finding.params).toMatchObject({
      subject: { messageId: 'brand.file-subject', params: { field: 'fonts.regular', path: '../fonts/Web.woff2' } },
      problem: { messageId: 'brand-font.web-font', params: { format: 'WOFF2' } },
    });
    const cut = refuse('fonts:\n  regular: ../fonts/Cut.ttf\n', {
      'templates/fonts/Cut.ttf': readFileSync(SOURCE_SANS_REGULAR).subarray(0, 40_000),
    });
    expect(cut.message).toBe('fonts.regular (../fonts/Cut.ttf): the font file is damaged (the file is cut short)');
    expect(cut.finding.params?.problem).toEqual({
      messageId: 'brand-font.damaged',
      params: { detail: { messageId: 'brand-font.cut-short' } },
    });
    expect(cut.finding.fixId).toBe('brand-font.download-again');
  });

  it('says a missing file and a broken SVG logo by id, the SVG fault at its place in the SVG', () => {
    const missing = refuse('fonts:\n  bold: ../fonts/Missing.ttf\n');
    expect(missing.finding).toMatchObject({
      ruleId: 'brand-missing-file',
      messageId: 'brand.about',
      fixId: 'brand.check-path',
    });
    expect(missing.finding.params?.problem).toMatchObject({ messageId: 'brand.no-such-file' });
    expect(missing.hint).toBe(
      "check the path; it is relative to the brand file's folder (" + missing.finding.params?.folder + ')',
    );
    const svg = refuse('logo: logos/mark.svg\n', {
      'templates/brands/logos/mark.svg': '<svg viewBox="0 0 1 1"><g></svg>',
    });
    expect(svg.finding).toMatchObject({
      ruleId: 'brand-bad-logo',
      messageId: 'brand.in-logo',
      fixId: 'brand-logo.repair',
      fix: 'repair the SVG or export it again',
      place: { start: { line: 1, column: 27 } },
    });
    expect(svg.message).toMatch(
      /^the SVG logo is not well-formed XML: <\/svg> closes <g> \(the logo of .*school\.yaml\)$/,
    );
    expect(svg.finding.params?.problem).toEqual({
      messageId: 'brand-logo.not-xml',
      params: { problem: { messageId: 'svg-xml.wrong-end-tag', params: { name: 'svg', open: 'g' } } },
    });
  });
});

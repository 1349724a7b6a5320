// Every way a brand file can be wrong: a ClausemarkError naming the brand file (or the logo) and the line:col.
import { readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brand/load.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { SOURCE_SANS_REGULAR, caught, solidPng, tempOutside, tempProject, tinyTrueType } from './temp-project.js';

/** Load brand `name` from a temp project holding `yaml` (plus `files`), expecting a refusal. */
function refuse(yaml: string, files: Record<string, string | Uint8Array> = {}) {
  const project = tempProject();
  for (const [path, content] of Object.entries(files)) project.write(path, content);
  const file = project.brand('school', yaml);
  const error = caught(() => loadBrand('school', { root: project.root }));
  return { error, file, root: project.root, at: `${file}:${error.place.point?.line}:${error.place.point?.column}` };
}

describe('brand file syntax', () => {
  it('reports invalid YAML at its position', () => {
    const { error, file, at } = refuse("footer: x\nlogo: 'it's'\n");
    expect(error.ruleId).toBe('yaml-syntax');
    expect(error.place.file).toBe(file);
    expect(error.message).toBe('invalid YAML in the brand file: Unexpected scalar at node end');
    expect(at).toMatch(/school\.yaml:2:11$/);
  });

  it('refuses a file that is not a mapping', () => {
    const { error, at } = refuse('- colours\n');
    expect(error.ruleId).toBe('yaml-not-mapping');
    expect(at).toMatch(/school\.yaml:1:1$/);
  });

  it('refuses an unknown field at its key', () => {
    const { error, at } = refuse('footer: x\ncolors:\n  primary: "#000000"\n');
    expect(error.message).toBe('unknown field `colors`');
    expect(error.hint).toContain('colours, logo, fonts, numbering, footer');
    expect(at).toMatch(/school\.yaml:2:1$/);
  });

  it('refuses an unknown colour name', () => {
    const { error, at } = refuse('colours:\n  primary: "#000000"\n  background: "#ffffff"\n');
    expect(error.message).toBe('unknown field `colours.background`');
    expect(at).toMatch(/school\.yaml:3:3$/);
  });

  it('refuses a repeated field', () => {
    const { error } = refuse('footer: a\nfooter: b\n');
    expect(error.ruleId).toBe('yaml-syntax');
    expect(error.hint).toBe('remove the repeated field');
  });
});

describe('colours', () => {
  it.each([
    ['"#12345"', '#12345'],
    ['"#12345g"', '#12345g'],
    ['"red"', 'red'],
    ['"#fff"', '#fff'],
  ])('refuses %s at the value', (written, value) => {
    const { error, at } = refuse(`colours:\n  primary: "#000000"\n  accent: ${written}\n`);
    expect(error.ruleId).toBe('brand-bad-colour');
    expect(error.message).toBe(`colours.accent: \`${value}\` is not a colour`);
    expect(at).toMatch(/school\.yaml:3:11$/);
  });

  it('explains an unquoted colour, which YAML reads as a comment', () => {
    const { error, at } = refuse('colours:\n  text: #1f2328\n');
    expect(error.message).toBe('colours.text has no value');
    expect(error.hint).toBe('YAML reads # as the start of a comment: put the value in quotes (text: "#1f2328")');
    expect(at).toMatch(/school\.yaml:2:3$/);
  });

  it('refuses colours that are not a mapping', () => {
    const { error, at } = refuse('colours: "#000000"\n');
    expect(error.message).toBe('colours must be a mapping of primary, accent, text, muted');
    expect(at).toMatch(/school\.yaml:1:10$/);
  });
});

describe('numbering', () => {
  it('refuses an unknown style at the item', () => {
    const { error, at } = refuse('numbering: [decimal, lower-greek]\n');
    expect(error.ruleId).toBe('brand-bad-numbering');
    expect(error.message).toBe('numbering: unknown style `lower-greek`');
    expect(error.hint).toBe('use one of decimal, lower-alpha, upper-alpha, lower-roman, upper-roman');
    expect(at).toMatch(/school\.yaml:1:22$/);
  });

  it('refuses an unknown style in a block list', () => {
    const { at } = refuse('numbering:\n  - decimal\n  - alpha\n');
    expect(at).toMatch(/school\.yaml:3:5$/);
  });

  it('refuses an empty list', () => {
    expect(refuse('numbering: []\n').error.message).toBe('numbering is empty');
  });
});

describe('fonts', () => {
  it('refuses a missing font file', () => {
    const { error, at } = refuse('fonts:\n  regular: ../fonts/Missing.ttf\n');
    expect(error.ruleId).toBe('brand-missing-file');
    expect(error.message).toMatch(
      /^fonts\.regular \(\.\.\/fonts\/Missing\.ttf\): no such file \(looked for .*templates\/fonts\/Missing\.ttf\)$/,
    );
    expect(at).toMatch(/school\.yaml:2:12$/);
  });

  it('refuses a folder where a font file belongs, saying so', () => {
    const { error, at } = refuse('fonts:\n  regular: ../fonts\n', { 'templates/fonts/.keep': '' });
    expect(error.ruleId).toBe('brand-missing-file');
    expect(error.message).toMatch(/^fonts\.regular \(\.\.\/fonts\): .*templates\/fonts is a folder, not a file$/);
    expect(error.hint).toMatch(/^name the file itself/);
    expect(at).toMatch(/school\.yaml:2:12$/);
  });

  it('refuses a WOFF2 font with a hint to use the TTF or OTF', () => {
    const fake = Buffer.concat([Buffer.from('wOF2', 'latin1'), Buffer.alloc(60, 1)]);
    const { error, at } = refuse('fonts:\n  regular: ../fonts/Web.woff2\n', { 'templates/fonts/Web.woff2': fake });
    expect(error.ruleId).toBe('brand-bad-font');
    expect(error.message).toBe(
      'fonts.regular (../fonts/Web.woff2): this is a WOFF2 web font; PDFs need the TTF or OTF version',
    );
    expect(error.hint).toMatch(/^use a TTF or OTF file/);
    expect(at).toMatch(/school\.yaml:2:12$/);
  });

  it('refuses a WOFF font', () => {
    const fake = Buffer.concat([Buffer.from('wOFF', 'latin1'), Buffer.alloc(60, 1)]);
    const { error } = refuse('fonts:\n  bold: ../fonts/Web.woff\n', { 'templates/fonts/Web.woff': fake });
    expect(error.message).toContain('this is a WOFF web font');
  });

  it('refuses a file that is not a font', () => {
    const { error, at } = refuse('fonts:\n  italic: ../fonts/notes.ttf\n', {
      'templates/fonts/notes.ttf': 'just some text, renamed',
    });
    expect(error.message).toBe(
      'fonts.italic (../fonts/notes.ttf): not a font file (it does not start like a TTF or OTF font)',
    );
    expect(at).toMatch(/school\.yaml:2:11$/);
  });

  it('refuses a font cut short', () => {
    const bytes = readFileSync(SOURCE_SANS_REGULAR).subarray(0, 40_000);
    const { error } = refuse('fonts:\n  regular: ../fonts/Cut.ttf\n', { 'templates/fonts/Cut.ttf': bytes });
    expect(error.ruleId).toBe('brand-bad-font');
    expect(error.message).toBe('fonts.regular (../fonts/Cut.ttf): the font file is damaged (the file is cut short)');
  });

  it('names the Dutch characters a font lacks', () => {
    const { error, at } = refuse('fonts:\n  boldItalic: ../fonts/Tiny.ttf\n', {
      'templates/fonts/Tiny.ttf': tinyTrueType('Aaeëé'),
    });
    expect(error.ruleId).toBe('brand-font-glyphs');
    expect(error.message).toBe(
      'fonts.boldItalic (../fonts/Tiny.ttf): the font has no glyphs for ĳ (U+0133), Ĳ (U+0132), ï (U+00EF), ü (U+00FC), € (U+20AC), which Dutch policies need',
    );
    expect(at).toMatch(/school\.yaml:2:15$/);
  });

  it('accepts a font that has every Dutch character', () => {
    const project = tempProject();
    project.write('templates/fonts/Tiny.ttf', tinyTrueType('ĳĲëéïü€'));
    project.brand('school', 'fonts:\n  regular: ../fonts/Tiny.ttf\n');
    expect(loadBrand('school', { root: project.root }).fontPaths.regular).toBe(
      join(realpathSync(project.root), 'templates', 'fonts', 'Tiny.ttf'),
    );
  });

  it('refuses a font path that leaves the project with ..', () => {
    const { error, at } = refuse('fonts:\n  regular: ../../../Font.ttf\n');
    expect(error.ruleId).toBe('path-outside-project');
    expect(error.message).toBe('fonts.regular: `../../../Font.ttf` points outside the project folder');
    expect(at).toMatch(/school\.yaml:2:12$/);
  });

  it('refuses an absolute font path outside the project, even to a good font', () => {
    const { error } = refuse(`fonts:\n  regular: ${SOURCE_SANS_REGULAR}\n`);
    expect(error.ruleId).toBe('path-outside-project');
    expect(error.message).toBe(
      `fonts.regular: the absolute path \`${SOURCE_SANS_REGULAR}\` is outside the project folder`,
    );
  });

  it('refuses a font that is a symbolic link out of the project', () => {
    const project = tempProject();
    const outside = join(tempOutside(), 'Font.ttf');
    writeFileSync(outside, readFileSync(SOURCE_SANS_REGULAR));
    project.write('templates/fonts/.keep', '');
    symlinkSync(outside, join(project.root, 'templates', 'fonts', 'Font.ttf'));
    project.brand('school', 'fonts:\n  regular: ../fonts/Font.ttf\n');
    const error = caught(() => loadBrand('school', { root: project.root }));
    expect(error.message).toContain('leads through a symbolic link');
    expect(error.place.point).toEqual({ line: 2, column: 12 });
  });

  it('refuses an unknown font style', () => {
    const { error, at } = refuse('fonts:\n  semibold: ../fonts/x.ttf\n');
    expect(error.message).toBe('unknown field `fonts.semibold`');
    expect(at).toMatch(/school\.yaml:2:3$/);
  });
});

describe('logo', () => {
  it('refuses a missing logo', () => {
    const { error, at } = refuse('footer: x\nlogo: logos/missing.svg\n');
    expect(error.ruleId).toBe('brand-missing-file');
    expect(error.message).toMatch(/^logo \(logos\/missing\.svg\): no such file/);
    expect(at).toMatch(/school\.yaml:2:7$/);
  });

  it('refuses a logo that is neither SVG nor PNG', () => {
    const { error, at } = refuse('logo: logos/mark.jpg\n', { 'templates/brands/logos/mark.jpg': 'x' });
    expect(error.message).toBe('logo: `logos/mark.jpg` is not an SVG or PNG file');
    expect(at).toMatch(/school\.yaml:1:7$/);
  });

  it('refuses a corrupt PNG at the brand file', () => {
    const { error, at } = refuse('logo: logos/mark.png\n', {
      'templates/brands/logos/mark.png': 'GIF89a, not a png at all',
    });
    expect(error.ruleId).toBe('brand-bad-logo');
    expect(error.message).toBe('logo (logos/mark.png): the logo is not a valid PNG image');
    expect(at).toMatch(/school\.yaml:1:7$/);
  });

  it('accepts a real PNG', () => {
    const project = tempProject();
    project.write('templates/brands/logos/mark.png', solidPng(4, 2, [200, 0, 0]));
    project.brand('school', 'logo: logos/mark.png\n');
    expect(loadBrand('school', { root: project.root }).logo?.kind).toBe('png');
  });

  it('points into the SVG at the line and column of broken XML', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n  <rect width="10" height="10">\n</svg>\n';
    const { error, root } = refuse('logo: logos/mark.svg\n', { 'templates/brands/logos/mark.svg': svg });
    expect(error.ruleId).toBe('brand-bad-logo');
    expect(error.place.file).toBe(join(realpathSync(root), 'templates', 'brands', 'logos', 'mark.svg'));
    expect(error.place.point).toEqual({ line: 3, column: 1 });
    expect(error.message).toMatch(
      /^the SVG logo is not well-formed XML: <\/svg> closes <rect> \(the logo of .*school\.yaml\)$/,
    );
  });

  it('refuses an SVG cut short, pointing at the unclosed element', () => {
    const { error } = refuse('logo: logos/mark.svg\n', {
      'templates/brands/logos/mark.svg': '<?xml version="1.0"?>\n<svg viewBox="0 0 10 10">\n  <g>',
    });
    expect(error.message).toMatch(/<g> is never closed/);
    expect(error.place.point).toEqual({ line: 3, column: 3 });
  });

  it('refuses XML whose root is not <svg>', () => {
    const { error } = refuse('logo: logos/mark.svg\n', { 'templates/brands/logos/mark.svg': '<html><body/></html>' });
    expect(error.message).toMatch(/^the logo's root element is <html>, not <svg>/);
  });

  it('refuses an SVG without proportions', () => {
    const { error } = refuse('logo: logos/mark.svg\n', { 'templates/brands/logos/mark.svg': '<svg><rect/></svg>' });
    expect(error.message).toMatch(/no viewBox/);
    expect(error.hint).toContain('viewBox=');
  });

  it('refuses a PNG renamed to .svg', () => {
    const { error } = refuse('logo: logos/mark.svg\n', {
      'templates/brands/logos/mark.svg': solidPng(2, 2, [0, 0, 0]),
    });
    expect(error.message).toMatch(/^logo \(logos\/mark\.svg\): the SVG logo is not UTF-8 text|not well-formed XML/);
  });

  it('refuses a logo path that escapes the project', () => {
    const { error, at } = refuse('logo: /etc/hostname.svg\n');
    expect(error.ruleId).toBe('path-outside-project');
    expect(at).toMatch(/school\.yaml:1:7$/);
  });
});

describe('other fields', () => {
  it('refuses a footer that is a list', () => {
    const { error, at } = refuse('footer:\n  - a\n  - b\n');
    expect(error.message).toBe('footer must be a single value, not a list or mapping');
    expect(at).toMatch(/school\.yaml:2:3$/);
  });

  it('the shipped default brand is not affected by a broken brand elsewhere', () => {
    refuse('colours: 3\n');
    expect(loadBrand('default', { root: PROJECT_ROOT }).name).toBe('default');
  });
});

// Issue 69 items 4 and 5, on the built CLI. A text that types "a." to "g." in one article and "1.", "2." in the next,
// and one whose articles hold clauses "1.1", "1.2" with items "a)", "b)", are imported and built: each clause has the
// label its source typed beside its text in the PDF (pdftotext), the Word document (as LibreOffice numbers it) and the web
// page, and the board pack of a change names the clause by that label. Deleting one bullet of five says a list item
// went and the list went from 5 to 4, not "artikel verwijderd".
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../support/cli.js';
import { convertToPdf, pageTexts } from '../support/libreoffice.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'import');
const SOURCES = {
  lettered: join(FIXTURES, 'numbering', 'typed-lettered.txt'),
  articles: join(FIXTURES, 'layouts', 'typed-clauses.txt'),
};

/** Each source's numbered clauses: the label it typed and the words after it. */
const LABELLED: Record<keyof typeof SOURCES, [string, string][]> = {
  lettered: [
    ['a.', 'De leerkracht signaleert het pesten.'],
    ['b.', 'De mentor praat met de leerling.'],
    ['c.', 'De ouders worden ingelicht.'],
    ['d.', 'De directie beslist over maatregelen.'],
    ['e.', 'De vertrouwenspersoon wordt betrokken.'],
    ['f.', 'Het incident wordt geregistreerd.'],
    ['g.', 'De aanpak wordt na zes weken geëvalueerd.'],
    ['1.', 'Een leerling meldt pesten bij de mentor.'],
    ['2.', 'De mentor legt de melding vast.'],
  ],
  articles: [
    ['1.1', 'In deze regeling wordt verstaan onder:'],
    ['a)', 'klager: degene die een klacht indient;'],
    ['b)', 'klacht: een schriftelijke uiting van onvrede.'],
    ['1.2', 'De regeling geldt voor alle scholen van de stichting.'],
    ['2.1', 'Een klacht wordt schriftelijk ingediend bij de commissie.'],
  ],
};

let root = '';
const run = (args: string[]) => runBuiltCli(args, { cwd: root, env: { SOURCE_DATE_EPOCH: '1767225600' } });
const squashed = (text: string) => text.replace(/\s+/g, ' ');

/** The page's text as a reader sees it: tags out, the clause's label and words apart. */
const pageText = (html: string) =>
  squashed(
    html
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;|&#39;/g, "'"),
  );

const outputs: Record<string, { pdf: string; word: string; html: string }> = {};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'clausemark-one-label-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  for (const [name, source] of Object.entries(SOURCES)) {
    cpSync(source, join(root, `${name}.txt`));
    const imported = await run(['import', `${name}.txt`, '--org', name, '--out', `${name}.md`]);
    expect(imported.code, imported.stderr).toBe(0);
    const built = await run(['build', `${name}.md`, '--format', 'pdf,docx', '--out', `out-${name}`, '--jobs', '1']);
    expect(built.code, built.stderr).toBe(0);
  }
}, 240_000);

/** A built file of an imported source. */
function built(name: keyof typeof SOURCES, ext: string): string {
  const id = readFileSync(join(root, `${name}.md`), 'utf8').match(/^id: (.+)$/m)?.[1];
  return join(root, `out-${name}`, name, `${id}-1.0.${ext}`);
}

/** The Word documents as Word would number them: LibreOffice counts each list's labels, in one run for both. */
function wordTexts(): Record<string, string> {
  const names = Object.keys(SOURCES) as (keyof typeof SOURCES)[];
  const dir = join(root, 'word');
  mkdirSync(dir, { recursive: true });
  const pdfs = convertToPdf(
    names.map((name) => built(name, 'docx')),
    dir,
  );
  return Object.fromEntries(names.map((name, index) => [name, squashed(pageTexts(pdfs[index] ?? '').join(' '))]));
}

let words: Record<string, string> | undefined;

/** The PDF's, the Word document's and the web page's text of an imported source, read back once. */
function read(name: keyof typeof SOURCES) {
  if (outputs[name]) return outputs[name];
  words ??= wordTexts();
  const pdf = squashed(execFileSync('pdftotext', [built(name, 'pdf'), '-'], { encoding: 'utf8' }));
  const html = pageText(readFileSync(built(name, 'html'), 'utf8'));
  outputs[name] = { pdf, word: words[name] ?? '', html };
  return outputs[name];
}

describe('one label per clause in the PDF, the Word document and the web page (issue 69 item 4)', () => {
  for (const name of Object.keys(SOURCES) as (keyof typeof SOURCES)[])
    it(`${name}: every clause as its source typed it`, ({ skip }) => {
      needTool(skip, 'pdftotext');
      needTool(skip, 'soffice');
      const texts = read(name);
      for (const [label, words] of LABELLED[name]) {
        const wanted = `${label} ${words}`;
        expect(texts.pdf, `PDF: ${wanted}`).toContain(wanted);
        expect(texts.word, `Word: ${wanted}`).toContain(wanted);
        expect(texts.html, `web page: ${wanted}`).toContain(wanted);
      }
    });

  it('prints no house-style number in place of the typed letters ("2.1", "1. De leerkracht")', ({ skip }) => {
    needTool(skip, 'pdftotext');
    needTool(skip, 'soffice');
    const texts = read('lettered');
    for (const text of [texts.pdf, texts.word, texts.html]) {
      expect(text).not.toContain('1. De leerkracht');
      expect(text).not.toMatch(/2\.1 De leerkracht/);
    }
    expect(texts.html).toContain('Artikel 2 Aanpak');
  });

  it("import says nothing of the lists kept as typed, and writes each list's pattern", async () => {
    const source = readFileSync(join(root, 'lettered.md'), 'utf8');
    expect(source).toMatch(/lists:\n\s+aanpak: "%a\."\n\s+melden: "%2\."/);
    const again = await run(['import', 'lettered.txt', '--org', 'lettered', '--out', 'again.md']);
    expect(again.stderr).not.toContain('import-numbering');
  });
});

describe('the board pack names a changed clause by the label the policy prints (issue 69 items 4 and 5)', () => {
  it('one item of "a." to "g." deleted: "Artikel 2 f.", a list item removed and the list at 6 of 7', async ({
    skip,
  }) => {
    needTool(skip, 'pdftotext');
    const source = readFileSync(join(root, 'lettered.md'), 'utf8');
    writeFileSync(join(root, 'lettered-new.md'), source.replace(/^f?.*incident-geregistreerd.*\n/m, ''));
    const pack = await run(['diff', 'lettered.md', 'lettered-new.md', '--format', 'pdf', '--out', 'pack.pdf']);
    expect(pack.code, pack.stderr).toBe(0);
    const text = squashed(execFileSync('pdftotext', [join(root, 'pack.pdf'), '-'], { encoding: 'utf8' }));
    expect(text).toContain('Artikel 2 f.');
    expect(text).toContain('Het incident wordt geregistreerd.');
    expect(text).toContain('lijstpunt verwijderd');
    expect(text).toContain('lijst van 7 punten nu 6');
    expect(text).not.toContain('artikel verwijderd');
  });
});

describe('one bullet of five deleted (issue 69 item 5)', () => {
  const ARTICLE = [
    '---',
    'id: pestprotocol',
    'title: Pestprotocol',
    'organisation: Voorbeeldschool',
    'version: "1.0"',
    'lang: nl',
    '---',
    '',
    '# Pestprotocol',
    '',
    '## Aanpak {#aanpak}',
    '',
    '{#aanpak.sporen} De school werkt in vijf sporen:',
    '',
    '- {#aanpak.leerling} Steun aan de gepeste leerling.',
    '- {#aanpak.pester} Hulp aan de pester.',
    '- {#aanpak.zwijgers} Aandacht voor de zwijgende middengroep.',
    '- {#aanpak.ouders} Steun aan de ouders.',
    '- {#aanpak.school} Een schoolbreed plan.',
    '',
  ].join('\n');

  it('says a list item was removed and the list went from 5 to 4, in the text and the board pack', async ({ skip }) => {
    writeFileSync(join(root, 'five.md'), ARTICLE);
    writeFileSync(join(root, 'four.md'), ARTICLE.replace(/^- \{#aanpak\.ouders\}.*\n/m, ''));
    const printed = await run(['diff', 'five.md', 'four.md']);
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toContain('lijstpunt verwijderd');
    expect(printed.stdout).toContain('lijst van 5 punten nu 4');
    expect(printed.stdout).not.toContain('artikel verwijderd');
    needTool(skip, 'pdftotext');
    const pack = await run(['diff', 'five.md', 'four.md', '--format', 'pdf', '--out', 'five-pack.pdf']);
    expect(pack.code, pack.stderr).toBe(0);
    const text = squashed(execFileSync('pdftotext', [join(root, 'five-pack.pdf'), '-'], { encoding: 'utf8' }));
    expect(text).toContain('Steun aan de ouders.');
    expect(text).toContain('lijstpunt verwijderd');
    expect(text).toContain('lijst van 5 punten nu 4');
    expect(text).not.toContain('artikel verwijderd');
  });
});

// Issue 69 items 4 and 5, through the CLI's commands. A text that types "a." to "g." in one article and "1.", "2." in
// the next, one whose articles hold clauses "1.1", "1.2" with items "a)", "b)", and a Word document of chapters with
// articles (python-docx: "HOOFDSTUK 1" over "Artikel 1.", the clauses' "a." and "1." typed) are imported and built:
// each clause has the label its source typed beside its text in the PDF (pdftotext), the Word document (as LibreOffice
// numbers it) and the web page; the board pack of a change and the comparison (PDF, web page, Markdown) cite each
// clause in the same words, its article and that label ("Artikel 2, onder f"), the comparison with the clause's text
// beside it, never the two numbers side by side ("Artikel 2 f."). Deleting one bullet of five says a list item went
// and the list went from 5 to 4, not "artikel verwijderd". A policy in the house style (no numbering of its own) prints
// "1." under heading 2: the board pack and the comparison cite that clause "Artikel 2, lid 1", never "2.1", which no
// output prints.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { convertToPdf, pageTexts } from '../support/libreoffice.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';
import { havePythonDocx } from '../support/python-docx.js';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'import');
const SOURCES = {
  lettered: join(FIXTURES, 'numbering', 'typed-lettered.txt'),
  articles: join(FIXTURES, 'layouts', 'typed-clauses.txt'),
  chapters: join(FIXTURES, 'numbering', 'chapters-articles.docx'),
};

/** A policy written in the house style, with no `numbering` of its own: "1.", "2." and "a." under heading 2. */
const HOUSE = [
  '---',
  'id: meldprotocol',
  'title: Meldprotocol',
  'organisation: Huisschool',
  'org: house',
  'version: "1.0"',
  'lang: nl',
  '---',
  '',
  '# Meldprotocol',
  '',
  '## Doel {#doel}',
  '',
  '{#doel.wat-regelt} Dit protocol regelt hoe pesten wordt gemeld.',
  '',
  '## Melden {#melden}',
  '',
  '1. {#melden.bij-mentor} Een leerling meldt pesten bij de mentor.',
  '2. {#melden.leg-vast} De mentor legt de melding binnen een week vast.',
  '   1. {#melden.datum-noteren} De mentor noteert de datum van de melding.',
  '',
].join('\n');

/** Every policy of the file: the imported sources and the one written in the house style. */
const NAMES = [...(Object.keys(SOURCES) as (keyof typeof SOURCES)[]), 'house'] as const;
type Name = (typeof NAMES)[number];

/**
 * Each source's numbered clauses: the label it typed, the words after it, the clause's number as its PDF prints it,
 * its article's with the label, and how a reader cites it in words (what the board pack and the comparison name it
 * by). Written by hand from the sources.
 */
const LABELLED: Record<Name, [string, string, string, string][]> = {
  lettered: [
    ['a.', 'De leerkracht signaleert het pesten.', 'Artikel 2 a.', 'Artikel 2, onder a'],
    ['b.', 'De mentor praat met de leerling.', 'Artikel 2 b.', 'Artikel 2, onder b'],
    ['c.', 'De ouders worden ingelicht.', 'Artikel 2 c.', 'Artikel 2, onder c'],
    ['d.', 'De directie beslist over maatregelen.', 'Artikel 2 d.', 'Artikel 2, onder d'],
    ['e.', 'De vertrouwenspersoon wordt betrokken.', 'Artikel 2 e.', 'Artikel 2, onder e'],
    ['f.', 'Het incident wordt geregistreerd.', 'Artikel 2 f.', 'Artikel 2, onder f'],
    ['g.', 'De aanpak wordt na zes weken geëvalueerd.', 'Artikel 2 g.', 'Artikel 2, onder g'],
    ['1.', 'Een leerling meldt pesten bij de mentor.', 'Artikel 3 1.', 'Artikel 3, lid 1'],
    ['2.', 'De mentor legt de melding vast.', 'Artikel 3 2.', 'Artikel 3, lid 2'],
  ],
  articles: [
    ['1.1', 'In deze regeling wordt verstaan onder:', '1.1', 'Artikel 1.1'],
    ['a)', 'klager: degene die een klacht indient;', '1.1 a)', 'Artikel 1.1, onder a'],
    ['b)', 'klacht: een schriftelijke uiting van onvrede.', '1.1 b)', 'Artikel 1.1, onder b'],
    ['1.2', 'De regeling geldt voor alle scholen van de stichting.', '1.2', 'Artikel 1.2'],
    ['2.1', 'Een klacht wordt schriftelijk ingediend bij de commissie.', '2.1', 'Artikel 2.1'],
  ],
  chapters: [
    ['a.', 'klager: een ouder, leerling of medewerker die een klacht indient;', 'Artikel 1. a.', 'Artikel 1, onder a'],
    ['b.', 'commissie: de landelijke klachtencommissie.', 'Artikel 1. b.', 'Artikel 1, onder b'],
    ['1.', 'Een klacht wordt schriftelijk ingediend bij de klachtencommissie.', 'Artikel 3. 1.', 'Artikel 3, lid 1'],
    ['2.', 'De commissie bevestigt de ontvangst binnen vijf werkdagen.', 'Artikel 3. 2.', 'Artikel 3, lid 2'],
    ['1.', 'De commissie hoort de klager binnen vier weken.', 'Artikel 4. 1.', 'Artikel 4, lid 1'],
    ['2.', 'De commissie beslist binnen zes weken.', 'Artikel 4. 2.', 'Artikel 4, lid 2'],
  ],
  house: [
    ['1.', 'Een leerling meldt pesten bij de mentor.', '2 1.', 'Artikel 2, lid 1'],
    ['2.', 'De mentor legt de melding binnen een week vast.', '2 2.', 'Artikel 2, lid 2'],
    ['a.', 'De mentor noteert de datum van de melding.', '2 2. a.', 'Artikel 2, lid 2, onder a'],
  ],
};

/** The same kind of policy from another organisation, sharing none of the clauses: each clause is its own provision. */
const other = (id: string) =>
  [
    '---',
    `id: ${id}`,
    'title: Ander beleid',
    'organisation: Andere school',
    'org: andere-school',
    'version: "1.0"',
    'lang: nl',
    '---',
    '',
    '## Openingstijden {#open}',
    '',
    '{#open.plein} Het schoolplein is open van acht uur tot vijf uur.',
    '',
  ].join('\n');

let root = '';
// In the test's process (runCli): no case is about a process, and tests/cli/in-process.test.ts holds the two ways
// byte-identical; a built binary per import, build, diff and compare was most of the file's CPU.
const run = (args: string[]) => runCli(args, { cwd: root, env: { SOURCE_DATE_EPOCH: '1767225600' } });
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
    const file = `${name}${extname(source)}`;
    cpSync(source, join(root, file));
    const imported = await run(['import', file, '--org', name, '--out', `${name}.md`]);
    expect(imported.code, imported.stderr).toBe(0);
  }
  writeFileSync(join(root, 'house.md'), HOUSE);
  for (const name of NAMES) {
    const built = await run(['build', `${name}.md`, '--format', 'pdf,docx', '--out', `out-${name}`, '--jobs', '1']);
    expect(built.code, built.stderr).toBe(0);
  }
}, 240_000);

/** A built file of an imported source. */
function built(name: Name, ext: string): string {
  const id = readFileSync(join(root, `${name}.md`), 'utf8').match(/^id: (.+)$/m)?.[1];
  return join(root, `out-${name}`, name, `${id}-1.0.${ext}`);
}

/** The Word documents as Word would number them: LibreOffice counts each list's labels, in one run for both. */
function wordTexts(): Record<string, string> {
  const names = NAMES;
  const dir = join(root, 'word');
  mkdirSync(dir, { recursive: true });
  // Two sources are klachtenregelingen: each document under its source's name, so their PDFs do not share one.
  const copies = names.map((name) => {
    const copy = join(dir, `${name}.docx`);
    cpSync(built(name, 'docx'), copy);
    return copy;
  });
  const pdfs = convertToPdf(copies, dir);
  return Object.fromEntries(names.map((name, index) => [name, squashed(pageTexts(pdfs[index] ?? '').join(' '))]));
}

let words: Record<string, string> | undefined;

/** The PDF's, the Word document's and the web page's text of an imported source, read back once. */
function read(name: Name) {
  if (outputs[name]) return outputs[name];
  words ??= wordTexts();
  const pdf = squashed(execFileSync('pdftotext', [built(name, 'pdf'), '-'], { encoding: 'utf8' }));
  const html = pageText(readFileSync(built(name, 'html'), 'utf8'));
  outputs[name] = { pdf, word: words[name] ?? '', html };
  return outputs[name];
}

describe('one label per clause in the PDF, the Word document and the web page (issue 69 item 4)', () => {
  for (const name of NAMES)
    it(`${name}: every clause as its source typed it`, { timeout: 300_000 }, ({ skip }) => {
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

  it('house style: the web page\'s link buttons name the item as printed ("2 1."), not "2.1"', () => {
    const html = readFileSync(built('house', 'html'), 'utf8');
    const cites = [...html.matchAll(/class="cite" href="#melden\.[^"]+"[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(cites.map((cite) => cite?.replace(/^.* (?=2 )/, ''))).toEqual(['2 1.', '2 2.', '2 2. a.']);
  });

  it("import says nothing of the lists kept as typed, and writes each list's pattern", async () => {
    const source = readFileSync(join(root, 'lettered.md'), 'utf8');
    expect(source).toMatch(/lists:\n\s+aanpak: "%a\."\n\s+melden: "%2\."/);
    const again = await run(['import', 'lettered.txt', '--org', 'lettered', '--out', 'again.md']);
    expect(again.stderr).not.toContain('import-numbering');
  });
});

/** The policy's id, as import wrote it. */
const policyId = (name: string) => readFileSync(join(root, `${name}.md`), 'utf8').match(/^id: (.+)$/m)?.[1] ?? '';

describe('the board pack and the comparison cite each clause in the same words (issue 69 item 4)', () => {
  for (const name of NAMES)
    it(`${name}: the board pack of a change to every clause, and the comparison, cite it by its article and label`, {
      timeout: 240_000,
    }, async ({ skip }) => {
      needTool(skip, 'pdftotext');
      const source = readFileSync(join(root, `${name}.md`), 'utf8');
      // Every numbered clause changed by two words: each gets a card.
      let changed = source;
      for (const [, words] of LABELLED[name])
        changed = changed.replace(words, words.replace(/([.;:])$/, ' voortaan$1'));
      expect(changed).not.toBe(source);
      writeFileSync(join(root, `${name}-changed.md`), changed);
      const pack = await run([
        'diff',
        `${name}.md`,
        `${name}-changed.md`,
        '--format',
        'pdf',
        '--out',
        `${name}-pack.pdf`,
      ]);
      expect(pack.code, pack.stderr).toBe(0);
      const packText = squashed(execFileSync('pdftotext', [join(root, `${name}-pack.pdf`), '-'], { encoding: 'utf8' }));

      mkdirSync(join(root, `other-${name}`), { recursive: true });
      writeFileSync(join(root, `other-${name}`, 'beleid.md'), other(policyId(name)));
      const compared: Record<string, string> = {};
      for (const format of ['pdf', 'html', 'md']) {
        const out = `${name}-compare.${format}`;
        const compare = await run([
          'compare',
          `${name}.md`,
          `other-${name}/beleid.md`,
          '--format',
          format,
          '--out',
          out,
        ]);
        expect(compare.code, compare.stderr).toBe(0);
        const written = format === 'pdf' ? '' : readFileSync(join(root, out), 'utf8');
        compared[format] =
          format === 'pdf'
            ? squashed(execFileSync('pdftotext', ['-layout', join(root, out), '-'], { encoding: 'utf8' }))
            : format === 'html'
              ? pageText(written)
              : squashed(written);
      }
      for (const [label, words, number, cited] of LABELLED[name]) {
        expect(number.endsWith(label), `${number} ends with ${label}`).toBe(true);
        expect(packText, `board pack: ${cited}`).toContain(cited);
        // Never the article's number and the label side by side ("Artikel 2 f.", "2 1."), which reads as two numbers.
        for (const [output, text] of Object.entries({ packText, ...compared }))
          if (number.includes(' ')) expect(text, `${output}: ${number}`).not.toContain(number);
        // The comparison cites the clause as the board pack does; the page and the Markdown give its text after it.
        expect(compared.pdf, `comparison PDF: ${cited}`).toContain(cited);
        expect(compared.html, `comparison page: ${cited} ${words}`).toContain(`${cited} ${words}`);
        expect(compared.md, `comparison Markdown: ${cited}`).toContain(`${cited} \``);
      }
      // An article a pattern numbers ("Artikel %1") is cited by those words once, never "Artikel Artikel 2".
      for (const text of [packText, ...Object.values(compared)]) expect(text).not.toContain('Artikel Artikel');
      // No clause named by its ID where it prints a number, and no similarity figure for the board.
      // (The web page keeps the IDs in its `confirm` commands, which a person runs.)
      expect(compared.pdf).not.toMatch(/\b[a-z]+\.[a-z]+-[a-z-]+\b/);
      for (const text of [compared.pdf, compared.html]) expect(text).not.toContain('Overeenkomst tussen de documenten');
      // A house-style item is "1." under heading 2: nothing names it "2.1", which no output prints.
      if (name === 'house')
        for (const text of [packText, compared.pdf, compared.html]) expect(text).not.toMatch(/(^|\s)2\.[12](\s|$)/);
    });
});

describe('the board pack names a changed clause by the label the policy prints (issue 69 items 4 and 5)', () => {
  it('one item of "a." to "g." deleted: "Artikel 2, onder f", a list item removed and the list at 6 of 7', async ({
    skip,
  }) => {
    needTool(skip, 'pdftotext');
    const source = readFileSync(join(root, 'lettered.md'), 'utf8');
    writeFileSync(join(root, 'lettered-new.md'), source.replace(/^f?.*incident-geregistreerd.*\n/m, ''));
    const pack = await run(['diff', 'lettered.md', 'lettered-new.md', '--format', 'pdf', '--out', 'pack.pdf']);
    expect(pack.code, pack.stderr).toBe(0);
    const text = squashed(execFileSync('pdftotext', [join(root, 'pack.pdf'), '-'], { encoding: 'utf8' }));
    expect(text).toContain('Artikel 2, onder f');
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

describe("the comparison's board pages carry no similarity figure (issue 69 item 5)", () => {
  // Two policies whose one provision has only a weak lead at the other: its empty cell names the closest clause.
  const UNITS = join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'policies', 'units');

  it('PDF and web page name the closest clause without a score; text and Markdown keep it for confirm', async ({
    skip,
  }) => {
    needTool(skip, 'pdftotext');
    for (const file of ['many-sentences.md', 'ragged-table.md']) cpSync(join(UNITS, file), join(root, file));
    const texts: Record<string, string> = {};
    for (const format of ['pdf', 'html', 'md']) {
      const compare = await run([
        'compare',
        'many-sentences.md',
        'ragged-table.md',
        '--format',
        format,
        '--out',
        `lead.${format}`,
      ]);
      expect(compare.code, compare.stderr).toBe(0);
      const out = join(root, `lead.${format}`);
      texts[format] =
        format === 'pdf'
          ? squashed(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }))
          : format === 'html'
            ? pageText(readFileSync(out, 'utf8'))
            : readFileSync(out, 'utf8');
    }
    for (const format of ['pdf', 'html']) {
      const text = texts[format] ?? '';
      // The case holds a lead: the check below reads the sentence that carried its score.
      expect(text, format).toContain('niet gekoppeld: het dichtst erbij: Artikel 1');
      expect(text, format).not.toMatch(/\b(score|scoort|gelijkenis|overeenkomst)\s*:?\s*\(?\d/i);
      expect(text, format).not.toMatch(/\b[01],\d\d\b/);
    }
    // The Markdown cites it with the ID `confirm` takes beside it.
    expect(texts.md).toMatch(/het dichtst erbij: Artikel 1 \([a-z.-]+\) \(score 0,\d\d\)/);
  });
});

describe.skipIf(!havePythonDocx())(
  "a returned Word document's proposals by the printed number (issue 69 item 4)",
  () => {
    /** The house-style policy's Word document, edited as a person does in Word (tests/fixtures/word/edit-docx.py). */
    function edited(input: string, output: string, ...action: string[]): void {
      const script = join(PROJECT_ROOT, 'tests', 'fixtures', 'word', 'edit-docx.py');
      const edit = spawnSync('/usr/bin/python3', [script, input, join(root, output), ...action], { encoding: 'utf8' });
      expect(edit.status, edit.stderr).toBe(0);
    }

    it('the board pack lists each proposal and comment as "Artikel 2, lid 1", never "2.1 (id)"', {
      timeout: 180_000,
    }, async ({ skip }) => {
      needTool(skip, 'pdftotext');
      edited(
        built('house', 'docx'),
        'house-tracked.docx',
        'track',
        'bij de mentor',
        'bij de mentor of de directie',
        'M. Jansen',
      );
      edited(
        join(root, 'house-tracked.docx'),
        'house-returned.docx',
        'comment',
        'noteert de datum',
        'Ook het tijdstip?',
        'P. de Wit',
      );
      const pack = await run(['diff', 'house.md', 'house-returned.docx', '--format', 'pdf', '--out', 'house-word.pdf']);
      // Exit 0 or 1 by what the proposals change; the pack is written either way.
      expect([0, 1], pack.stderr).toContain(pack.code);
      const text = squashed(execFileSync('pdftotext', [join(root, 'house-word.pdf'), '-'], { encoding: 'utf8' }));
      const notes = text.slice(text.lastIndexOf('Uit Word: voorstellen en opmerkingen'));
      // The item printed "1." under heading 2 cited as a reader names it, as the table of changes does.
      expect(notes).toMatch(/ Artikel 2, lid 1 Voorgesteld door M\. Jansen/);
      expect(notes).toMatch(/ Artikel 2, lid 2, onder a Opmerking van P\. de Wit/);
      // No computed "2.1", and no ID where the number alone names the clause.
      expect(notes).not.toMatch(/(^|\s)2\.[12](\s|$)/);
      expect(notes).not.toContain('(melden.');
    });
  },
);

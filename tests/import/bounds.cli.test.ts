// Issue 68 item 6, every input bounded and every word counted, through the CLI's commands on documents made here. Text
// in a table nested in a table cell is kept; 50,000 nested content controls, a package whose parts unpack to gigabytes
// and a 50 MB text on one line are refused by name (exit 2, the file named, how to fix it), as is a version past the
// policy limit handed to git-diff; a footnote in a table cell of clausemark's own Word document comes back as a
// footnote; a Word comment's control and direction characters are named, never raw. What import keeps and counts runs
// in the test's process (runCli: tests/cli/in-process.test.ts holds the two ways byte-identical); the refusals run in
// the binary's own process, whose stack and heap are what the bounds guard.
import { copyFileSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, constants as zlibConstants } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runBuiltCli, runCli } from '../support/cli.js';
import { withComment } from '../support/word.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A paragraph of `text`, in `style` when given. */
const paragraph = (text: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>`;

/** The parts of a Word document whose body is `body`, as Word's XML. */
function docxParts(body: string): Record<string, Uint8Array> {
  return {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
    'word/styles.xml': strToU8(STYLES),
  };
}

const folder = (): string => mkdtempSync(join(tmpdir(), 'clausemark-import-bounds-'));

/** The body of a short reglement: its title, an article and a sentence, then `rest`. */
const reglement = (rest: string): string =>
  paragraph('Reglement contact', 'Heading1') +
  paragraph('Artikel 1 Contact', 'Heading2') +
  paragraph('Neem contact op met de school.') +
  rest;

/**
 * A ZIP package of `entries`, each stored as given: `deflated` entries hold a raw Flate stream whose unpacked size
 * the archive states as `size`. Identical streams are written once each, never deflated again.
 */
function zipOf(entries: { name: string; data: Uint8Array; size: number; deflated: boolean }[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(entry.deflated ? 8 : 0, 8);
    header.writeUInt32LE(entry.data.length, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, Buffer.from(entry.data));
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(entry.deflated ? 8 : 0, 10);
    record.writeUInt32LE(entry.data.length, 20);
    record.writeUInt32LE(entry.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

/** A refusal as the user sees it: exit 2, the file named, a fix, no stack trace or internal error. */
function expectRefused(run: { code: number; stdout: string; stderr: string }, file: string): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toContain(file);
  expect(run.stderr).toMatch(/\n {2}fix: \S/u);
  expect(run.stderr).not.toMatch(/internal error|Maximum call stack|\n\s+at /u);
}

describe('what import keeps and counts', () => {
  it('keeps the text of a table nested in a table cell, every word counted', async () => {
    const dir = folder();
    const file = join(dir, 'contact.docx');
    const inner = `<w:tbl><w:tr><w:tc>${paragraph('Vertrouwenspersoon mevrouw Jansen')}</w:tc><w:tc>${paragraph('Bereikbaar op dinsdag')}</w:tc></w:tr></w:tbl>`;
    const outer = `<w:tbl><w:tr><w:tc>${paragraph('Contactpersonen')}${inner}<w:p/></w:tc><w:tc>${paragraph('Directie')}</w:tc></w:tr></w:tbl>`;
    writeFileSync(file, zipSync(docxParts(reglement(outer))));
    const run = await runCli(['import', file, '--org', 'school', '--out', join(dir, 'contact.md')], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const written = readFileSync(join(dir, 'contact.md'), 'utf8');
    for (const words of ['Vertrouwenspersoon mevrouw Jansen', 'Bereikbaar op dinsdag', 'Contactpersonen', 'Directie'])
      expect(written).toContain(words);
    expect(run.stdout).toMatch(/, 0 lost\)\n$/u);
  });

  it('brings a footnote in a table cell of its own Word document back as a footnote, 0 lost', async () => {
    const dir = folder();
    const source = join(dir, 'kanalen.md');
    writeFileSync(
      source,
      [
        '---',
        'id: kanalen',
        'title: Protocol kanalen',
        'organisation: Basisschool De Linde',
        'org: linde',
        'version: "1.0"',
        'status: draft',
        'lang: nl',
        '---',
        '',
        '# Protocol kanalen',
        '',
        '## Kanalen {#kanalen}',
        '',
        '{#kanalen.lijst} De school gebruikt deze kanalen.[^1]',
        '',
        '| Kanaal          | Wie      |',
        '| --------------- | -------- |',
        '| Nieuwsbrief[^2] | Directie |',
        '',
        '[^1]: Zie ook het privacyreglement van de stichting.',
        '',
        '[^2]: De nieuwsbrief verschijnt elke maand op de website.',
        '',
      ].join('\n'),
    );
    const built = await runCli(['build', source, '--out', join(dir, 'out'), '--format', 'docx', '--no-site'], {
      cwd: dir,
    });
    expect(built.code, built.stderr).toBe(0);
    const docx = join(dir, 'out', 'linde', 'kanalen-1.0.docx');
    const run = await runCli(['import', docx, '--out', join(dir, 'terug.md')], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/, 0 lost\)\n$/u);
    const written = readFileSync(join(dir, 'terug.md'), 'utf8');
    expect(written).toMatch(
      /\| Nieuwsbrief\[\^(\d+)\] +\| Directie +\|[\s\S]*\n\[\^\1\]: De nieuwsbrief verschijnt elke maand/u,
    );
    expect(written).not.toContain('#fn:');
  });

  it('counts the words of a footnote the policy places after the list citing it as kept (social-media.md)', async () => {
    const dir = folder();
    const source = join(dir, 'social-media.md');
    copyFileSync(join(import.meta.dirname, '../../policies/flex-college/social-media.md'), source);
    const docx = join(dir, 'social-media.docx');
    const built = await runCli(['build', source, '--out', docx, '--format', 'docx'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const run = await runCli(['import', docx, '--out', join(dir, 'terug.md')], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    // The Word document lists the footnote at the end, the policy writes it after its list: the same 16 words.
    expect(run.stdout).toMatch(/, 0 lost\)\n$/u);
    const written = readFileSync(join(dir, 'terug.md'), 'utf8');
    expect(written).toMatch(
      /teamleider\/directie\[\^1\]\.\n[\s\S]*\n\[\^1\]: Hierbij dienden de _aandachtspunten omgaan met de media_ uit het schoolveiligheidsbeleid OPDC FLEX-College te worden gevolgd\.\n\n## Maatregelen en gevolgen voor medewerkers/u,
    );
  });

  it("names a Word comment's control and direction characters in the source and the report", async () => {
    const dir = folder();
    const source = join(dir, 'gedrag.md');
    writeFileSync(
      source,
      '---\nid: gedrag\ntitle: Gedragscode\norganisation: Basisschool De Linde\norg: linde\nversion: "1.0"\nstatus: draft\nlang: nl\n---\n\n# Gedragscode\n\n## Online {#online}\n\n{#online.gedrag} Iedereen gedraagt zich online zoals op school.\n',
    );
    const built = await runCli(['build', source, '--out', join(dir, 'out'), '--format', 'docx', '--no-site'], {
      cwd: dir,
    });
    expect(built.code, built.stderr).toBe(0);
    const docx = join(dir, 'out', 'linde', 'gedrag-1.0.docx');
    // XML 1.0 forbids ESC even as a reference, but a C1 control (CSI, U+009B) and the direction overrides are allowed.
    const commented = withComment(
      readFileSync(docx),
      'Iedereen gedraagt',
      'Eve\u202eeve',
      'Zie \u009b31mrood\u009b0m en \u202eterug\u202c en \u2066los\u2069 einde',
    );
    writeFileSync(docx, commented);
    const run = await runCli(['import', docx, '--into', source], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const raw = /[\u0080-\u009f\u202a-\u202e\u2066-\u2069\u001b]/u;
    const written = readFileSync(source, 'utf8');
    expect(written).toContain('<!-- Word: Eve⟨U+202E⟩eve, 2026-01-12: Zie ⟨U+009B⟩31mrood⟨U+009B⟩0m en ⟨U+202E⟩terug');
    expect(written).not.toMatch(raw);
    expect(run.stdout + run.stderr).not.toMatch(raw);
    expect(run.stdout + run.stderr).toContain('held 7 control or text-direction characters');
  });
});

describe('what import refuses, by name', () => {
  it('refuses 50,000 nested content controls without running out of stack', async () => {
    const dir = folder();
    const file = join(dir, 'genest.docx');
    const depth = 50_000;
    const body = `${paragraph('Reglement', 'Heading1')}${'<w:sdt><w:sdtContent>'.repeat(depth)}${paragraph('Diep')}${'</w:sdtContent></w:sdt>'.repeat(depth)}`;
    writeFileSync(file, zipSync(docxParts(body)));
    const run = await runBuiltCli(['import', file, '--org', 'school', '--dry-run', '--out', join(dir, 'x.md')], {
      cwd: dir,
    });
    expectRefused(run, 'genest.docx');
    expect(run.stderr).toContain('word/document.xml nests its elements more than 256 levels deep');
  });

  it('refuses a 3.7 MB package whose 60 custom XML parts unpack to 3.6 GB, before unpacking them', async () => {
    const dir = folder();
    const file = join(dir, 'bom.docx');
    const size = 60 * 1024 * 1024;
    // 60 MiB of blanks as raw Flate: one MiB deflated once and repeated, each segment ending in a full flush.
    const segment = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), {
      strategy: zlibConstants.Z_RLE,
      finishFlush: zlibConstants.Z_FULL_FLUSH,
    });
    const stream = Buffer.concat([...Array.from({ length: 60 }, () => segment), deflateRawSync(Buffer.alloc(0))]);
    const plain = Object.entries(docxParts(reglement(''))).map(([name, data]) => ({
      name,
      data,
      size: data.length,
      deflated: false,
    }));
    const items = Array.from({ length: 60 }, (_, index) => ({
      name: `customXml/item${index + 1}.xml`,
      data: stream,
      size,
      deflated: true,
    }));
    writeFileSync(file, zipOf([...plain, ...items]));
    const run = await runBuiltCli(['import', file, '--org', 'school', '--dry-run', '--out', join(dir, 'x.md')], {
      cwd: dir,
    });
    expectRefused(run, 'bom.docx');
    expect(run.stderr).toMatch(
      /the 62 parts of the Word document that clausemark reads unpack to 3,?600\.0 MB in all/u,
    );
    expect(run.stderr).toContain('CLAUSEMARK_MAX_IMPORT_MB');
  });

  it('refuses a 50 MB text on one line, larger than a policy may be, before reading it', async () => {
    const dir = folder();
    const file = join(dir, 'regel.txt');
    const sentence = 'Medewerkers delen geen foto van leerlingen zonder toestemming. ';
    writeFileSync(file, sentence.repeat(Math.ceil((50 * 1024 * 1024) / sentence.length)));
    const run = await runBuiltCli(['import', file, '--org', 'school', '--dry-run', '--out', join(dir, 'x.md')], {
      cwd: dir,
    });
    expectRefused(run, 'regel.txt');
    expect(run.stderr).toContain("the document's text is 50.0 MB; a policy holds at most 16 MB");
    expect(run.stderr).toContain('CLAUSEMARK_MAX_SOURCE_MB');
  });
});

describe('git-diff', () => {
  it('reads no version past the policy limit, and says so in its output', async () => {
    const dir = folder();
    const old = join(dir, 'oud.md');
    const large = join(dir, 'nieuw.md');
    writeFileSync(old, '---\nid: p\ntitle: P\norganisation: O\norg: o\nversion: "1"\nlang: nl\n---\n\n# P\n');
    // 17 MiB without writing them: the limit is judged by the file's size before it is read.
    writeFileSync(large, '');
    truncateSync(large, 17 * 1024 * 1024);
    const hex = 'a'.repeat(40);
    const run = await runBuiltCli(['git-diff', 'beleid.md', old, hex, '100644', large, hex, '100644'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('clausemark cannot compare these versions clause by clause');
    expect(run.stdout).toContain('b/beleid.md');
    expect(run.stdout).toMatch(/the file is 17\.0 MB; clausemark reads policies up to 16 MB/u);
  });
});

// Issue 69 item 1: an author's note is never published as policy text. An adopted policy with a note inline, a note on
// lines of its own and a reviewer's Word comment brought in by `import --into` (`<!-- Word: … -->`): its approval stays
// valid, and no published output — the HTML report's pages, the PDF with its PDF/A attachment, the Word document with
// the source it carries — holds a word of any note. The board pack of the returned document, a review output, does show
// the reviewer's comment. Run through the CLI (in the test's process: runCli).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { zipBinaryParts } from '../support/docx.js';
import { readPdf, squash } from '../support/pdf.js';
import { tempProject } from '../support/project.js';
import { withComment } from '../support/word.js';

const FILE = join('policies', 'allure', 'camera.md');

const SOURCE = `---
id: camera
title: Cameratoezicht
organisation: Stichting Allure
org: allure
version: "1.0"
status: draft
lang: nl
---

# Cameratoezicht

## Bewaren {#bewaren}

{#bewaren.termijn} Beelden worden twee jaar bewaard. <!-- en daarna nog twintig jaar in het archief -->

<!--
Geldt dit ook voor het personeel? Jan Jansen
-->

{#bewaren.toegang} Alleen de directeur bekijkt de beelden.

## Rechten {#rechten}

1. {#rechten.inzage} Wie gefilmd is, mag de beelden inzien. <!-- termijn navragen
   bij de jurist -->
2. {#rechten.wissen} Beelden worden op verzoek gewist.
`;

/** A word of each note; none occurs in the policy's text. */
const NOTE_WORDS = ['archief', 'Jansen', 'personeel', 'jurist', 'Piet Reviewer', 'Word:', 'Is dit zo?'];

function notesIn(text: string): string[] {
  return NOTE_WORDS.filter((word) => text.includes(word));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

let root = '';
const run = (args: string[]) => runCli(args, { cwd: root, env: { SOURCE_DATE_EPOCH: '1767225600' } });

beforeAll(async () => {
  root = tempProject([], 'clausemark-notes-').root;
  mkdirSync(join(root, 'policies', 'allure'), { recursive: true });
  writeFileSync(join(root, 'policies', 'allure', 'camera.md'), SOURCE);
}, 60_000);

describe("an adopted policy's author's notes", () => {
  it('are in no published output, and the approval still holds', async () => {
    const approved = await run([
      'approve',
      FILE,
      '--name',
      'A. Bestuurder',
      '--role',
      'Bestuur',
      '--date',
      '2026-01-10',
    ]);
    expect(approved.code, approved.stderr).toBe(0);
    // A reviewer's comment in the Word document, brought back into the source as `import --into` keeps it.
    const word = await run(['build', FILE, '--format', 'docx', '--out', 'sent.docx']);
    expect(word.code, word.stderr).toBe(0);
    const returned = withComment(
      readFileSync(join(root, 'sent.docx')),
      'Alleen de directeur',
      'Piet Reviewer',
      'Is dit zo?',
    );
    writeFileSync(join(root, 'returned.docx'), returned);
    const merged = await run(['import', 'returned.docx', '--into', FILE]);
    expect(merged.code, merged.stderr).toBe(0);
    const source = readFileSync(join(root, FILE), 'utf8');
    expect(source).toMatch(/<!-- Word: Piet Reviewer, [^:]+: Is dit zo\? -->/);
    expect(notesIn(source)).toEqual(NOTE_WORDS);

    const checked = await run(['check', FILE]);
    expect(checked.code, checked.stdout).toBe(0);
    const built = await run(['build', 'policies', '--format', 'pdf,docx', '--pdfa', '--out', 'out']);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).not.toContain('CONCEPT');

    const out = join(root, 'out');
    const files = filesUnder(out);
    expect(files.map((file) => file.slice(out.length + 1))).toEqual(
      expect.arrayContaining([
        'allure/camera-1.0.pdf',
        'allure/camera-1.0.docx',
        'allure/camera-1.0.html',
        'index.html',
      ]),
    );
    for (const file of files.filter((name) => /\.(html|json|css|js)$/.test(name)))
      expect(notesIn(readFileSync(file, 'utf8')), file).toEqual([]);
    const page = readFileSync(join(out, 'allure', 'camera-1.0.html'), 'utf8');
    expect(page).toContain('Beelden worden twee jaar bewaard.');
    expect(page).not.toContain('&#x3C;!--');

    const pdf = readFileSync(join(out, 'allure', 'camera-1.0.pdf'));
    const { pages } = await readPdf(pdf);
    const text = pages.join('\n');
    expect(squash(text)).toContain(squash('Beelden worden twee jaar bewaard.'));
    expect(squash(pages[0] ?? '')).toContain(squash('Status: Vastgesteld'));
    expect(notesIn(text)).toEqual([]);
    // The PDF/A's attached Markdown: the source without its notes (stored uncompressed or deflated; read both).
    const attached = pdfAttachment(pdf);
    expect(attached).toContain('{#bewaren.termijn} Beelden worden twee jaar bewaard.\n');
    expect(notesIn(attached)).toEqual([]);

    const parts = zipBinaryParts(readFileSync(join(out, 'allure', 'camera-1.0.docx')));
    const carried = parts.get('customXml/item1.xml')?.toString('utf8') ?? '';
    const carriedSource = Buffer.from(/encoding="base64">([^<]*)</.exec(carried)?.[1] ?? '', 'base64').toString('utf8');
    expect(carriedSource).toContain('{#bewaren.toegang} Alleen de directeur bekijkt de beelden.\n');
    for (const [name, data] of parts)
      if (/\.(xml|rels)$/.test(name)) expect(notesIn(data.toString('utf8')), name).toEqual([]);
    expect(notesIn(carriedSource)).toEqual([]);
  }, 120_000);

  it("are shown where they are asked for: the returned document's board pack lists the reviewer's comment", async () => {
    const pack = await run(['diff', FILE, 'returned.docx', '--format', 'pdf', '--out', 'pack.pdf']);
    expect(pack.code, pack.stderr).toBe(0);
    const { pages } = await readPdf(readFileSync(join(root, 'pack.pdf')));
    expect(squash(pages.join('\n'))).toContain(squash('Is dit zo?'));
  }, 60_000);
});

/** The text of the file attached to a PDF (its one embedded file stream), inflated when it is compressed. */
function pdfAttachment(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const at = text.indexOf('/Type /EmbeddedFile');
  if (at < 0) throw new Error('the PDF has no attachment');
  const dictionaryStart = text.lastIndexOf('<<', at);
  const streamAt = text.indexOf('stream', at);
  const dictionary = text.slice(dictionaryStart, streamAt);
  const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
  const start = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
  const bytes = pdf.subarray(start, start + length);
  return (dictionary.includes('/FlateDecode') ? inflateSync(bytes) : bytes).toString('utf8');
}

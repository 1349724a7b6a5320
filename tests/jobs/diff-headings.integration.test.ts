// Issue 39 item 3, as the user met it: after adoption "## Beelden" became "## Beelden van derden"; `check` said the
// approval was outdated, while diff and the board pack said "Geen wijzigingen" and exited 0. Every format of the
// diff job now lists the heading and says the versions differ: text, md, html, json, the board pack (its text read
// back from the PDF) and the Word revision (its tracked changes read back by pandoc).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import { adoptionOf } from '../../src/model/adoption.js';
import { todayIso } from '../../src/procedure/evaluate.js';
import { parsePolicy } from '../../src/parse/index.js';
import { diffJob } from '../../src/jobs/diff.js';
import { HAVE_PANDOC, PANDOC_SKIP, readWithPandoc, requirePandocInCi } from '../support/docx.js';
import { readPdf, squash } from '../support/pdf.js';
import { PROJECT_ROOT } from '../support/paths.js';

const DRAFT = `---
id: beeldmateriaal
title: Protocol beeldmateriaal
organisation: Stichting Test
version: "1.0"
status: draft
lang: nl
---

# Protocol beeldmateriaal

## Algemeen {#algemeen}

{#alg.doel} Dit protocol regelt het gebruik van beeldmateriaal op school.

## Beelden {#beelden}

{#bld.toestemming} Voor het plaatsen van beelden vragen wij vooraf toestemming aan de ouders.

{#bld.bewaren} Beelden bewaren wij niet langer dan twee jaar.
`;

/** The adopted file and the same file with its heading reworded, in a folder of their own. */
function adoptedAndRenamed(): { adopted: string; renamed: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-heading-'));
  const adopted = join(dir, 'beeldmateriaal.md');
  const source = approveSource(parsePolicy(DRAFT, { path: adopted }), {
    name: 'J. Jansen',
    role: 'Voorzitter College van Bestuur',
    date: '2024-01-10',
    step: 'vaststelling',
  }).source;
  writeFileSync(adopted, source);
  const renamed = join(dir, 'beeldmateriaal-nieuw.md');
  writeFileSync(renamed, source.replace('## Beelden {#beelden}', '## Beelden van derden {#beelden}'));
  return { adopted, renamed };
}

const { adopted, renamed } = adoptedAndRenamed();
const run = (format: string) => diffJob([adopted, renamed], { root: PROJECT_ROOT, format });

describe('a reworded heading after adoption, in every diff format', () => {
  it('is what makes the approval outdated', () => {
    const policy = parsePolicy(readFileSync(renamed, 'utf8'), { path: renamed }).policy;
    expect(adoptionOf(policy, todayIso()).status).toBe('outdated');
  });

  it('text: one substantive change, the heading with its redline; the versions differ', async () => {
    const outcome = await run('text');
    const text = String(outcome.content);
    expect(outcome.differs).toBe(true);
    expect(text).not.toContain('Geen wijzigingen');
    expect(text).toContain('1 wijziging: 1 inhoudelijk, 0 redactioneel');
    // Cited as its PDF prints the heading ("Artikel 2"), as a clause is, not by the parse's bare number.
    expect(text).toMatch(/\nArtikel 2 \(beelden\) {2}\[kop · gewijzigd · inhoudelijk\]/);
    expect(text).toContain('Beelden{+ van derden+}');
  });

  it('md and html: the heading change, tagged as a heading', async () => {
    const md = String((await run('md')).content);
    expect(md).toContain('kop · gewijzigd · **inhoudelijk**');
    expect(md).toContain('Beelden<ins> van derden</ins>');
    const html = String((await run('html')).content);
    expect(html).toContain('kind-heading');
    expect(html).toMatch(/Beelden<ins[^>]*>.*van derden/s);
    expect(html).not.toContain('Geen wijzigingen');
  });

  it('json: a change with heading: true, counted in the summary', async () => {
    const json = JSON.parse(String((await run('json')).content)) as {
      schemaVersion: number;
      summary: { total: number; substantive: number };
      changes: { heading?: boolean; kinds: string[]; old: { text: string }; new: { text: string } }[];
    };
    expect(json.schemaVersion).toBe(3);
    expect(json.summary).toMatchObject({ total: 1, substantive: 1 });
    expect(json.changes).toMatchObject([
      { heading: true, kinds: ['modified'], old: { text: 'Beelden' }, new: { text: 'Beelden van derden' } },
    ]);
  });

  it('the board pack PDF, read back: the count, the heading on the summary page and its card', async () => {
    const outcome = await run('pdf');
    expect(outcome.differs).toBe(true);
    const readback = await readPdf(outcome.content as Uint8Array);
    // squash: lower case without spaces, as pdfjs reads the words back (tests/support/pdf.ts).
    const all = squash(readback.pages.join('\n'));
    const first = squash(readback.pages[0] ?? '');
    expect(all).not.toContain(squash('Geen wijzigingen'));
    expect(first).toContain(squash('1 wijziging: 1 inhoudelijk, 0 redactioneel'));
    expect(first).toContain(squash('Artikel 2, kop: “Beelden van derden”'));
    // The card: the heading cited in the margin, its words as its title, its id, the badges.
    expect(all).toContain(squash('Artikel 2 Beelden van derden beelden kop gewijzigd inhoudelijk'));
    expect(all).toContain(squash("rol 'derden' toegevoegd"));
  });

  const wordTitle = 'the Word revision: the words inserted in the heading itself';
  it.skipIf(!HAVE_PANDOC)(HAVE_PANDOC ? wordTitle : `${wordTitle}: ${PANDOC_SKIP}`, async () => {
    requirePandocInCi();
    const outcome = await run('docx');
    const file = join(mkdtempSync(join(tmpdir(), 'clausemark-heading-docx-')), 'revisie.docx');
    writeFileSync(file, outcome.content);
    const read = readWithPandoc(file);
    expect(read.changes.map((change) => [change.kind, change.text.trim()])).toEqual([['insertion', 'van derden']]);
    expect(read.headings.map((heading) => heading.text)).toContain('2 Beelden van derden');
    expect(read.text).toContain('Artikel 2, kop: “Beelden van derden”');
  });
});

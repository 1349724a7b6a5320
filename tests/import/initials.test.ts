// A capital initial after a list ("J. de Vries" after "(b)", "A. Jansen" after "1.") is a name, not a list marker:
// the import keeps it in the text, and its account of every word stays true (issue 25).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { accountWords } from '../../src/import/account.js';
import type { Block } from '../../src/import/blocks.js';
import { importDocument } from '../../src/import/index.js';
import { realMarkers } from '../../src/import/real-markers.js';

const folder = mkdtempSync(join(tmpdir(), 'cm-initials-'));
const CLOSING = 'Het bestuur vergadert vier keer per jaar en legt verantwoording af aan de raad van toezicht.';

async function importText(name: string, text: string) {
  const file = join(folder, name);
  writeFileSync(file, text);
  return importDocument(file, { org: 'school', dryRun: true });
}

describe('an initial after a list in a text import', () => {
  it('keeps "J. de Vries" after "(a)" and "(b)" as a paragraph, every word accounted for', async () => {
    const text = `Bestuur\n\nHet bestuur bestaat uit:\n\n(a) een voorzitter;\n\n(b) een secretaris.\n\nJ. de Vries is voorzitter.\n\n${CLOSING}\n`;
    const { output, accounting } = await importText('vries.txt', text);
    expect(output).toMatch(/^\{#[^}]+\} J\. de Vries is voorzitter\.$/m);
    expect(output).not.toMatch(/^\s*\d+\. \{#[^}]+\} de Vries/m);
    // Only the markers "(a)" and "(b)" are kept as the numbering (issue 39: no longer "left out and listed"); the "J"
    // is kept.
    expect(accounting).toMatchObject({ total: 32, kept: 30, numbering: 2, listed: 0, missing: [] });
  });

  it('keeps "A. Jansen" after numbered items as a paragraph', async () => {
    const text = `Bestuur\n\nHet bestuur bestaat uit:\n\n1. een voorzitter;\n\n2. een secretaris.\n\nA. Jansen is secretaris.\n\n${CLOSING}\n`;
    const { output, accounting } = await importText('jansen.txt', text);
    expect(output).toMatch(/^\{#[^}]+\} A\. Jansen is secretaris\.$/m);
    expect(accounting).toMatchObject({ total: 31, kept: 31, listed: 0, missing: [] });
  });

  it('still reads "A." followed by "B." as a lettered list', async () => {
    const text = `Bestuur\n\nHet bestuur bestaat uit:\n\nA. een voorzitter;\n\nB. een secretaris.\n\n${CLOSING}\n`;
    const { output, accounting } = await importText('lijst.txt', text);
    expect(output).toMatch(/^\s*1\. \{#[^}]+\} een voorzitter;$/m);
    expect(output).toMatch(/^\s*2\. \{#[^}]+\} een secretaris\.$/m);
    expect(accounting.missing).toEqual([]);
  });
});

describe('a lettered list with a letter skipped', () => {
  it('keeps "d." after "b." as an item of its own number, its marker listed (issue 39: printed as the source shows)', async () => {
    const text = `Regels\n\nAfspraken:\n\na. Betrokkenen zijn beleefd.\n\nb. Betrokkenen zijn eerlijk.\n\nd. Betrokkenen zijn ambassadeurs.\n\n${CLOSING}\n`;
    const { output, accounting } = await importText('gat.txt', text);
    // Its own number, 4: printed "d." as the source has it, where counting on from "b." printed "c.".
    expect(output).toMatch(/^\s*4[.)] \{#[^}]+\} Betrokkenen zijn ambassadeurs\.$/m);
    expect(accounting.missing).toEqual([]);
    expect(accounting.numbering).toBe(3);
  });
});

describe('an initial after a list in a PDF import', () => {
  it('keeps "J. de Vries" after "(b)" in the text the PDF holds', async () => {
    const file = join(folder, 'vries.pdf');
    const lines = ['Bestuur', 'Het bestuur bestaat uit:', '(a) een voorzitter;', '(b) een secretaris.'];
    await new Promise<void>((resolve) => {
      const doc = new PDFDocument({ size: 'A4', margin: 72 });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => {
        writeFileSync(file, Buffer.concat(chunks));
        resolve();
      });
      doc.font('Helvetica').fontSize(11);
      for (const line of [...lines, 'J. de Vries is voorzitter.', CLOSING]) doc.text(line).moveDown();
      doc.end();
    });
    const { output, accounting } = await importDocument(file, { org: 'school', dryRun: true });
    expect(output).toMatch(/^\{#[^}]+\} J\. de Vries is voorzitter\.$/m);
    expect(accounting.missing).toEqual([]);
    expect(accounting.kept + accounting.numbering + accounting.listed).toBe(accounting.total);
    expect(accounting.kept).toBe(accounting.total - 2);
  });
});

describe('the word account of item markers', () => {
  const item = (marker: string, text: string, line: number): Block => ({
    kind: 'item',
    level: 0,
    ordered: true,
    marker,
    inlines: [{ text }],
    source: { line },
  });

  it('lists "i." after "h." as a letter and "k." after it as the list going on', () => {
    const markers = ['a.', 'b.', 'c.', 'd.', 'e.', 'f.', 'g.', 'h.', 'i.', 'k.'];
    const blocks = markers.map((marker, index) => item(marker, 'regel', index + 1));
    expect([...realMarkers(blocks).values()]).toEqual(markers);
  });

  it('counts a marker that cannot be a list number ("J." after "(b)") as lost, not listed', () => {
    const blocks = [item('(a)', 'een voorzitter;', 1), item('(b)', 'een secretaris.', 2), item('J.', 'de Vries.', 3)];
    const real = realMarkers(blocks);
    expect([...real.values()]).toEqual(['(a)', '(b)']);
    const accounting = accountWords(
      '(a) een voorzitter;\n(b) een secretaris.\nJ. de Vries.',
      '1. een voorzitter;\n2. een secretaris.\n3. de Vries.\n',
      [...real.values()],
    );
    expect(accounting.missing).toEqual(['j']);
    expect(accounting.missingLines).toEqual([2]);
  });
});

// A text's or PDF's lettered chapter headings ("A. Algemene bepalingen", "B. Klachtencommissie") were counted "kept as
// its numbering" in the summary while the policy got no numbering for them, so the built PDF printed "1", "2". Now
// the policy prints what the source showed: by `numbering.sections` ("%A.", "%I.") where the chapters count the
// letters from "A." or "I." with none skipped and have no heading under them, else with the letter kept in the
// heading's text, printed as typed. The texts are written here, the PDFs made of them by LibreOffice (soffice), and
// the policy built read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument, importSummary } from '../../src/import/index.js';
import { wordMessage } from '../../src/io/messages.js';
import { allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { convertFiles } from '../support/libreoffice.js';
import { inputFor, policyFrom } from '../support/pdf.js';
import { haveTool, needTool } from '../support/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'clausemark-section-labels-'));

const chapters = (labels: readonly string[], titles: readonly string[]): string[] =>
  labels.flatMap((label, index) => [
    `${label} ${titles[index] ?? ''}`,
    '',
    `1. De school regelt ${titles[index]?.toLowerCase() ?? ''} voor alle leerlingen en ouders.`,
    '2. De directeur ziet erop toe dat dit gebeurt.',
    '',
  ]);

const TITLES = ['Algemene bepalingen', 'Klachtencommissie', 'Slotbepalingen'];
const TEXTS: Record<string, string[]> = {
  letters: ['Klachtenregeling', '', ...chapters(['A.', 'B.', 'C.'], TITLES)],
  roman: ['Klachtenregeling', '', ...chapters(['I.', 'II.', 'III.'], TITLES)],
  skipped: ['Klachtenregeling', '', ...chapters(['A.', 'C.'], TITLES)],
  under: [
    'Pestprotocol',
    '',
    'Inleiding',
    '',
    'Dit protocol beschrijft hoe de school pesten voorkomt en aanpakt.',
    '',
    ...chapters(['A.', 'B.'], ['Preventie', 'Aanpak']),
  ],
};

beforeAll(async () => {
  for (const [name, lines] of Object.entries(TEXTS)) writeFileSync(join(dir, `${name}.txt`), `${lines.join('\n')}\n`);
  if (haveTool('soffice')) await convertFiles([join(dir, 'letters.txt'), join(dir, 'under.txt')], 'pdf', dir);
}, 300_000);

async function imported(file: string) {
  const result = await importDocument(join(dir, file), { org: 'school', dryRun: true });
  const { policy } = parsePolicy(result.output);
  const summary = wordMessage(importSummary({ ...result, target: 'beleid.md' }));
  const renumbered = result.findings.filter((finding) => finding.ruleId === 'import-numbering');
  return { result, policy, summary, renumbered };
}

/** The built policy's text after its contents page (pdftotext -layout), one trimmed line each. */
async function built(output: string): Promise<string[]> {
  const file = join(mkdtempSync(join(dir, 'built-')), 'policy.pdf');
  writeFileSync(file, await renderPdf(inputFor(policyFrom(output))));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\n').map((line) => line.trim());
}

describe.each(['letters.txt', 'letters.pdf'])('lettered chapters in %s', (file) => {
  it('are the policy\'s numbering "%A.", printed "A.", "B.", "C." as the source shows, and counted so', async ({
    skip,
  }) => {
    if (file.endsWith('.pdf')) needTool(skip, 'soffice');
    needTool(skip, 'pdftotext');
    const { result, policy, summary, renumbered } = await imported(file);
    expect(policy.meta.numbering).toEqual({ sections: '%A.' });
    expect(
      allSections(policy)
        .filter((section) => section.depth > 0)
        .map((section) => `${section.number} ${section.title}`),
    ).toEqual(['A. Algemene bepalingen', 'B. Klachtencommissie', 'C. Slotbepalingen']);
    expect(renumbered).toEqual([]);
    expect(summary).toContain(', 3 kept as its numbering,');
    expect(result.accounting.missing).toEqual([]);
    const lines = await built(result.output);
    for (const heading of ['A. Algemene bepalingen', 'B. Klachtencommissie', 'C. Slotbepalingen'])
      expect(lines).toContain(heading);
    expect(lines.join('\n')).not.toMatch(/^[123]\.? (?:Algemene bepalingen|Klachtencommissie|Slotbepalingen)/mu);
  });
});

describe('roman chapters in a text', () => {
  it('are numbered "%I.": "I.", "II.", "III."', async () => {
    const { policy, renumbered } = await imported('roman.txt');
    expect(policy.meta.numbering).toEqual({ sections: '%I.' });
    expect(
      allSections(policy)
        .filter((section) => section.depth > 0)
        .map((section) => section.number),
    ).toEqual(['I.', 'II.', 'III.']);
    expect(renumbered).toEqual([]);
  });
});

describe('lettered chapters that skip a letter', () => {
  it('keep their letters in their headings, printed as typed: "C." is never counted "B."', async () => {
    const { result, policy, renumbered } = await imported('skipped.txt');
    expect(policy.meta.numbering).toBeUndefined();
    expect(result.output).toMatch(/^#+ A\. Algemene bepalingen \{#algemene-bepalingen\}$/mu);
    expect(result.output).toMatch(/^#+ C\. Klachtencommissie \{#klachtencommissie\}$/mu);
    expect(renumbered).toEqual([]);
    expect(result.dropped).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
    const lines = await built(result.output);
    expect(lines).toEqual(expect.arrayContaining(['A. Algemene bepalingen', 'C. Klachtencommissie']));
  });
});

describe.each(['under.txt', 'under.pdf'])('lettered headings under a chapter in %s', (file) => {
  it('keep their letter in the heading, printed as typed, not "1.1", "1.2"', async ({ skip }) => {
    if (file.endsWith('.pdf')) needTool(skip, 'soffice');
    needTool(skip, 'pdftotext');
    const { result, policy, summary } = await imported(file);
    expect(policy.meta.numbering).toBeUndefined();
    expect(result.output).toMatch(/^#+ A\. Preventie \{#preventie\}$/mu);
    expect(result.output).toMatch(/^#+ B\. Aanpak \{#aanpak\}$/mu);
    // The letters are the policy's text now, not numbering it does not print.
    expect(summary).toContain(', 0 kept as its numbering,');
    expect(result.accounting.missing).toEqual([]);
    const lines = await built(result.output);
    expect(lines).toEqual(expect.arrayContaining(['A. Preventie', 'B. Aanpak']));
    expect(lines.join('\n')).not.toMatch(/^1\.[12] (?:Preventie|Aanpak)/mu);
  });
});

// A template's fill-ins on a line import leaves out of the policy (tests/fixtures/import/fill-ins:
// make-cover-and-running.py, python-docx, and the PDF LibreOffice exports of it). A version left to fill in on the
// cover ("Versie: [x.x]", "Versie: …") is the frontmatter's version as it stands, reported at its cover line and named
// in the summary: its line was left out and listed, the version a stand-in "niet vermeld in de bron", and no fill-in
// was named. A PDF's running header and footer ("[naam school]" at the top of each page) are left out and listed, and
// each fill-in in them is reported once, naming where it stands (the header at the top of the page, the footer at the
// bottom), as a Word header's is, and the list of what was left out and the summary name each line so (a running
// header, a running footer); the summary names no fill-in as kept. The PDF's text (pdftotext), which shows no place
// on a page, names the line a header or footer. An organisation never filled in ("Basisschool XXX" on the cover,
// "Stichting XXX" in the header, "namens stichting XXX" in the text) is no organisation the frontmatter states, and
// the cover line's fill-in is reported as a fill-in, with its fix, once, as a back cover line's is.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, importSummary } from '../../src/import/index.js';
import { wordMessage } from '../../src/io/messages.js';
import { wordFindings } from '../../src/wording/messages.js';

const folder = join(import.meta.dirname, '../fixtures/import/fill-ins');

async function imported(name: string, path = join(folder, name)) {
  const result = await importDocument(path, { org: 'de-linde', dryRun: true });
  const summary = wordMessage(importSummary({ ...result, target: 'beleid.md' }));
  const findings = wordFindings(result.findings).filter((finding) => finding.ruleId === 'import-fill-in');
  return { result, summary, findings };
}

describe.each([
  ['cover-version.docx', '[x.x]', '"[x.x]"'],
  ['cover-version.pdf', '[x.x]', '"[x.x]"'],
  ['cover-ellipsis.docx', '…', '…'],
  ['cover-ellipsis.pdf', '…', '…'],
])('a version left to fill in on the cover of %s', (name, fillIn, written) => {
  it("is the frontmatter's version, reported at its cover line and named in the summary", async () => {
    const { result, summary, findings } = await imported(name);
    const lines = result.output.split('\n');
    expect(lines).toContain(`version: ${written}`);
    expect(result.output).not.toMatch(/^version: .*niet vermeld/mu);
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^source (?:page 1, )?line 2: "${fillIn.replace(/[.[\]]/gu, '\\$&')}" is a fill-in .*: kept in the frontmatter's version`,
          'u',
        ),
      ),
    ]);
    expect(findings[0]?.fix).toBe('fill in the real version in the frontmatter (version:)');
    expect(lines[(findings[0]?.place?.start.line ?? 0) - 1]).toBe(`version: ${written}`);
    expect(summary).toContain(`, 0 lost; 1 fill-in of the template not filled in, kept as they stand (${fillIn}))`);
    expect(result.accounting.missing).toEqual([]);
  });
});

describe("fill-ins in a PDF's running header and footer", () => {
  it('are each reported once, naming where they stand, their lines left out and listed, none named as kept', async () => {
    const { result, summary, findings } = await imported('running.pdf');
    // Both were "the header or footer repeated on every page", though the PDF shows which one each line is.
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringMatching(
        /^the header repeated at the top of every page: "\[naam school\]" is a fill-in .* in "\[naam school\] – Klachtenregeling": that line is left out of the policy/u,
      ),
      expect.stringMatching(
        /^the footer repeated at the bottom of every page: "«Naam_bestuur»" is a fill-in .* in "Vastgesteld door «Naam_bestuur»": that line is left out/u,
      ),
    ]);
    expect(findings.map((finding) => finding.fix)).toEqual([
      expect.stringMatching(/^fill it in in the document this was made from/u),
      expect.stringMatching(/^fill it in in the document this was made from/u),
    ]);
    expect(result.dropped.map((dropped) => dropped.text)).toEqual(
      expect.arrayContaining(['[naam school] – Klachtenregeling', 'Vastgesteld door «Naam_bestuur»']),
    );
    expect(summary).toMatch(/, 0 lost\)$/mu);
    expect(summary).not.toMatch(/not filled in/u);
    expect(result.accounting.missing).toEqual([]);
  });

  it('are listed and summed up as a running header and a running footer, not "header or footer"', async () => {
    const { result, summary } = await imported('running.pdf');
    const listed = new Set(result.dropped.map((dropped) => `${dropped.reason}: ${dropped.text}`));
    expect([...listed]).toEqual([
      'running header: [naam school] – Klachtenregeling',
      'running footer: Vastgesteld door «Naam_bestuur»',
    ]);
    expect(summary).toContain('left out and listed in the report (running header: 3 lines; running footer: 3 lines)');
    const report = wordFindings(result.findings).filter((finding) => finding.ruleId === 'import-dropped');
    expect(report.map((finding) => finding.message)).toEqual(
      expect.arrayContaining([
        'source page 1, line 1: left out of the text (running header, 1 line): "[naam school] – Klachtenregeling"',
        expect.stringMatching(
          /^source page 1, line \d+: left out of the text \(running footer, 1 line\): "Vastgesteld/u,
        ),
      ]),
    );
    expect(report.map((finding) => finding.message).join('\n')).not.toContain('header or footer');
  });
});

describe("fill-ins in the running header and footer of a PDF's text", () => {
  it('are named a header or footer, the text showing no place on a page', async () => {
    const text = join(mkdtempSync(join(tmpdir(), 'clausemark-running-')), 'running.txt');
    expect(spawnSync('pdftotext', [join(folder, 'running.pdf'), text]).status).toBe(0);
    const { result, summary, findings } = await imported('running.txt', text);
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^the header or footer repeated on every page: "\[naam school\]" is a fill-in /u),
      expect.stringMatching(/^the header or footer repeated on every page: "«Naam_bestuur»" is a fill-in /u),
    ]);
    expect(new Set(result.dropped.map((dropped) => dropped.reason))).toEqual(new Set(['running header or footer']));
    expect(summary).toMatch(/\(running header or footer: \d+ lines\)/u);
  });
});

describe.each(['cover-organisation.docx', 'cover-organisation.pdf'])(
  'an organisation never filled in, in %s',
  (name) => {
    it("is not the frontmatter's organisation: the stand-in says the document states none", async () => {
      const { result, findings } = await imported(name);
      // "Basisschool XXX" on the cover was "organisation: Basisschool XXX", moved into the frontmatter without a word.
      expect(result.output).toMatch(/^organisation: de-linde # niet vermeld in de bron$/mu);
      expect(result.output).not.toMatch(/^organisation: .*XXX/mu);
      expect(result.dropped.map((dropped) => dropped.text)).toContain('Basisschool XXX');
      expect(findings.map((finding) => finding.message)).toEqual(
        expect.arrayContaining([expect.stringMatching(/"XXX" is a fill-in .* in "Stichting XXX – Klachtenregeling"/u)]),
      );
      // The cover line's fill-in was only "stands on the cover": reported now as a fill-in, with its fix, once.
      const cover = findings.filter((finding) => finding.message.includes('"Basisschool XXX"'));
      expect(cover.map((finding) => finding.message)).toEqual([
        expect.stringMatching(
          /^source (?:page 1, )?line \d+: "XXX" is a fill-in of the template that was never filled in, in "Basisschool XXX": that line stands on the cover, before the text of the policy, and was left out/u,
        ),
      ]);
      expect(cover[0]?.fix).toMatch(/^fill it in in the document this was made from, or leave it: the policy's cover/u);
      const all = wordFindings(result.findings).map((finding) => finding.message);
      expect(all.filter((message) => message.includes('Basisschool XXX'))).toHaveLength(1);
      expect(result.accounting.missing).toEqual([]);
    });
  },
);

describe('a fill-in on a back cover line left out', () => {
  it('is reported as a fill-in, once, with its fix; the line beside it as left out', async () => {
    const text = join(mkdtempSync(join(tmpdir(), 'clausemark-back-cover-')), 'pestprotocol.txt');
    const lines = [
      'Pestprotocol',
      '',
      '1. Doel',
      '',
      'Dit protocol beschrijft hoe de school pesten voorkomt en aanpakt bij alle leerlingen.',
      '',
      '2. Aanpak',
      '',
      'De mentor bespreekt elke melding binnen een week met de betrokken leerlingen en hun ouders.',
      '',
      'Vastgesteld door het bestuur op 12 maart 2024.',
      '',
      '[naam directeur]',
      'Directeur',
    ];
    writeFileSync(text, `${lines.join('\n')}\n`);
    const { result, findings } = await imported('pestprotocol.txt', text);
    expect(findings.map((finding) => [finding.message, finding.fix])).toEqual([
      [
        'source line 13: "[naam directeur]" is a fill-in of the template that was never filled in, in "[naam directeur]": that line stands after the text of the policy, on the back cover, and was left out of the policy, the fill-in with it, but the document still holds it',
        'fill it in in the document this was made from, or leave it; if the line belongs in the policy, copy it in by hand, filled in',
      ],
    ]);
    const all = wordFindings(result.findings).map((finding) => finding.message);
    expect(all.filter((message) => message.includes('[naam directeur]'))).toHaveLength(1);
    expect(all).toContain(
      'source line 14: "Directeur" stands after the text of the policy, on the back cover, and was left out',
    );
    expect(result.dropped.map((dropped) => dropped.text)).toEqual(
      expect.arrayContaining(['[naam directeur]', 'Directeur']),
    );
    expect(result.accounting.missing).toEqual([]);
  });
});

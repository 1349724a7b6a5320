// Lines that state a policy's adoption (src/import/closing-line.ts, cover-adoption.ts, adoption-words.ts), in Word
// documents made with python-docx and their PDF as LibreOffice exports it (tests/fixtures/import/layouts: make-docx.py,
// make-pdf.sh), imported with the CLI: an English closing line is left out, listed and kept as history as a Dutch one
// is, and the policy stays a draft; a cover line saying the GMR adopted the policy is not read as its adoption (a GMR
// does not adopt), as the same line in the body is not; an adoption dated after today is said so and in force nowhere.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { layoutImporter, sectionHeadings } from '../support/layout-import.js';

const imported = layoutImporter('clausemark-adoption-lines-');
/** The policy's body, under its front matter. */
const body = (markdown: string): string => markdown.split(/^---$/mu)[2] ?? '';

describe('an English closing line', () => {
  it.each(['closing-english.docx', 'closing-english.pdf'])(
    '%s: is left out, listed and kept as history; the policy is a draft',
    async (file) => {
      const { markdown, said } = await imported(file);
      expect(sectionHeadings(markdown)).toEqual(['Purpose', 'Making a complaint']);
      expect(body(markdown)).not.toContain('Adopted by the board');
      expect(body(markdown)).toContain('The policy will be adopted by the board each year.');
      expect(markdown).toMatch(/^# {3}Adopted by the board on 12 March 2025\.$/mu);
      expect(markdown).toMatch(/^status: draft$/mu);
      expect(markdown).not.toMatch(/^approvals:/mu);
      expect(said).toMatch(
        /left out of the text \(closing line stating the adoption, kept as history in the frontmatter, 1 line\): "Adopted by the board on 12 March 2025\."/u,
      );
      expect(said).toContain('the document states its adoption: "Adopted by the board on 12 March 2025."');
    },
    120_000,
  );
});

/** The import of a text written here, as Markdown or plain text: what it wrote and what it said. */
async function importedText(name: string, text: string): Promise<{ markdown: string; said: string }> {
  const work = mkdtempSync(join(tmpdir(), 'clausemark-adoption-text-'));
  writeFileSync(join(work, name), text);
  const out = join(work, 'policy.md');
  const run = await runCli(['import', join(work, name), '--org', 'obs-de-regenboog', '--out', out, '--force']);
  expect(run.code, run.stderr).toBe(0);
  return { markdown: readFileSync(out, 'utf8'), said: `${run.stdout}${run.stderr}` };
}

/** An English policy closing with `line`, as Markdown or as plain text. */
const englishPolicy = (line: string, markdown: boolean): string =>
  [
    markdown ? '# Complaints Policy' : 'Complaints Policy',
    markdown ? '## 1 Purpose' : '1 Purpose',
    'This policy sets out how the school handles complaints. The policy will be adopted by the board each year.',
    line,
    '',
  ].join('\n\n');

describe('an English closing line dated month first or with an ordinal day', () => {
  it.each([
    ['closing-english-month-first.docx', 'Adopted by the board on March 12, 2025.'],
    ['closing-english-ordinal.docx', 'Adopted by the Board of Governors, 12th March 2025'],
  ])(
    '%s: is left out and kept as history, as "12 March 2025" is',
    async (file, line) => {
      const { markdown, said } = await imported(file);
      expect(body(markdown)).not.toContain('Adopted by');
      expect(body(markdown)).toContain('The policy will be adopted by the board each year.');
      expect(markdown).toContain(`#   ${line}`);
      expect(markdown).toMatch(/^status: draft$/mu);
      expect(said).toContain(`the document states its adoption: "${line}"`);
    },
    120_000,
  );

  it.each([
    ['policy.md', 'Adopted by the board on March 12, 2025.'],
    ['policy.md', 'Adopted by the board on 12th March 2025.'],
    ['policy.txt', 'Approved by the governing board on March 3rd, 2025.'],
    ['policy.txt', 'Adopted by the board on 12 March 2025.'],
  ])(
    '%s closing with "%s": read as history',
    async (name, line) => {
      const { markdown, said } = await importedText(name, englishPolicy(line, name.endsWith('.md')));
      expect(body(markdown)).not.toContain(line);
      expect(markdown).toContain(`#   ${line}`);
      expect(said).toContain(`the document states its adoption: "${line}"`);
    },
    120_000,
  );
});

describe('a closing line of plain text without a full stop', () => {
  it.each(['Vastgesteld door het bestuur op 12 maart 2024', 'Approved by the governing board on March 3rd, 2025'])(
    '"%s": is no heading, but left out and kept as history',
    async (line) => {
      const { markdown, said } = await importedText('policy.txt', englishPolicy(line, false));
      expect(body(markdown)).not.toContain(line);
      expect(markdown).toContain(`#   ${line}`);
      expect(said).not.toContain('was read as a heading');
      expect(said).toContain(`the document states its adoption: "${line}"`);
    },
    120_000,
  );
});

describe('an English approval table in plain text', () => {
  /** An English policy whose approval table, tab-separated, is headed `header` and holds `rows`. */
  const tabled = (header: string, rows: readonly string[]): string =>
    [
      'Complaints Policy',
      '1 Purpose',
      'This policy sets out how the school handles complaints.',
      [header, ...rows].join('\n'),
      '',
    ].join('\n\n');

  it.each([
    [
      'Date\tName\tRole',
      [
        '1 March 2099\tJ. Smith\tConsent of the participation council',
        '2 March 2099\tP. Brown\tAdvice of the staff council',
        '12 March 2099\tA. Jones\tAdopted by the board',
      ],
      [
        'J. Smith (Consent of the participation council)',
        'P. Brown (Advice of the staff council)',
        'A. Jones (Adopted by the board)',
      ],
    ],
    [
      'Date\tName\tRole\tStep',
      [
        '1 March 2099\tJ. Smith\tChair\tConsent',
        '2 March 2099\tP. Brown\tChair\tAdvice',
        '12 March 2099\tA. Jones\tChair\tAdoption',
      ],
      ['J. Smith (Chair)', 'P. Brown (Chair)', 'A. Jones (Chair)'],
    ],
  ])(
    'headed %j: each row keeps the step its English words name; a council’s step after today is said as that step',
    async (header, rows, signed) => {
      const { markdown, said } = await importedText('policy.txt', tabled(header, rows));
      expect(body(markdown)).not.toContain('2099');
      expect(markdown).toContain(
        [
          `#   2099-03-01 instemming: ${signed[0]}`,
          `#   2099-03-02 advies: ${signed[1]}`,
          `#   2099-03-12 vaststelling: ${signed[2]}`,
        ].join('\n'),
      );
      expect(said).toContain('the document states a step, instemming, dated 2099-03-01');
      expect(said).toContain('the document states a step, advies, dated 2099-03-02');
      expect(said).toContain('the document states an adoption dated 2099-03-12');
      expect(said).not.toContain('the document states an adoption dated 2099-03-01');
    },
    120_000,
  );
});

describe('a line saying a council adopted the policy', () => {
  it('closing a Word document: is left out, and the report names the council, in English and in Dutch', async () => {
    const { markdown, said } = await imported('closing-council.docx');
    expect(body(markdown)).not.toContain('participation council');
    expect(markdown).not.toMatch(/^# history:/mu);
    expect(said).toContain(
      'the document closes with a line saying the participation council adopted it: "Adopted by the participation council on 12 March 2025."; a participation council does not adopt a policy',
    );
    const dutch = await imported('closing-council.docx', ['--lang', 'nl']);
    expect(dutch.said).toContain(
      'het document sluit met een regel die zegt dat de participation council het vaststelde: "Adopted by the participation council on 12 March 2025."',
    );
  }, 120_000);

  it.each([
    ['policy.md', 'Vastgesteld door de MR.', 'MR'],
    ['policy.txt', 'Adopted by the participation council.', 'participation council'],
  ])(
    'in the text of %s ("%s"): stays text, and the report names the council',
    async (name, line, council) => {
      const { markdown, said } = await importedText(name, englishPolicy(line, name.endsWith('.md')));
      expect(body(markdown)).toContain(line);
      expect(said).toContain(`the document has a line saying the ${council} adopted it: "${line}"`);
      expect(said).not.toContain('that was not read');
    },
    120_000,
  );
});

describe('a cover line saying the GMR adopted the policy', () => {
  it.each(['cover-council.docx', 'cover-council.pdf'])(
    '%s: is left out as the cover’s and said to name a council, no history',
    async (file) => {
      const { markdown, said } = await imported(file);
      expect(body(markdown)).not.toContain('GMR');
      expect(markdown).not.toMatch(/^# history:/mu);
      expect(said).not.toContain('the document states its adoption');
      expect(said).toContain(
        'the cover has a line saying the GMR adopted the policy: "Vastgesteld door de GMR op 12 maart 2025"; a GMR does not adopt a policy',
      );
      expect(said).toContain("record the board's adoption with `clausemark approve`, and the GMR's consent or advice");
    },
    120_000,
  );
});

describe('an adoption dated after today', () => {
  it.each(['closing-future.docx', 'closing-future.pdf'])(
    '%s: is history, said to be dated after today; the policy is a draft with no date of taking effect',
    async (file) => {
      const { markdown, said } = await imported(file);
      expect(markdown).toMatch(/^# {3}Aldus vastgesteld door het bevoegd gezag op 12 maart 2099\.$/mu);
      expect(markdown).toMatch(/^status: draft$/mu);
      expect(markdown).not.toMatch(/^(?:approvals|effective):/mu);
      expect(said).toMatch(
        /the document states an adoption dated 2099-03-12, after today \(\d{4}-\d{2}-\d{2}\): "Aldus vastgesteld door het bevoegd gezag op 12 maart 2099\."; a step dated in the future is not taken/u,
      );
    },
    120_000,
  );
});

describe('an adoption in the past of a policy taking effect in the future', () => {
  it('future-effective.docx: is history, not said to be dated after today', async () => {
    const { markdown, said } = await imported('future-effective.docx');
    expect(markdown).toMatch(/^# {3}Deze regeling is vastgesteld door het bestuur op 1 maart 2026 en treedt/mu);
    expect(said).toContain(
      'the document states its adoption: "Deze regeling is vastgesteld door het bestuur op 1 maart 2026',
    );
    expect(said).not.toContain('after today');
  }, 120_000);

  it('future-adopted.docx: adopted after today, is said so by its adoption’s own date', async () => {
    const { said } = await imported('future-adopted.docx');
    expect(said).toMatch(/the document states an adoption dated 2098-03-01, after today \(\d{4}-\d{2}-\d{2}\)/u);
    expect(said).not.toContain('dated 2099-08-01');
  }, 120_000);
});

describe("a council's step dated after today", () => {
  // A row of the approval table that states no adoption is worded as the step it names: "Instemming GMR" dated 1
  // maart 2099 was said to be "an adoption dated 2099-03-01".
  it('a Markdown approval table with "Instemming GMR" dated 2099: said to be the instemming, not an adoption', async () => {
    const policy = [
      '# Klachtenregeling',
      '## 1 Doel',
      'Deze regeling beschrijft hoe de school met klachten omgaat.',
      '| Stap | Naam | Datum |\n| --- | --- | --- |\n| Instemming GMR | M. Visser | 1 maart 2099 |',
      '',
    ].join('\n\n');
    const { markdown, said } = await importedText('policy.md', policy);
    expect(markdown).toContain('#   2099-03-01 instemming: M. Visser');
    expect(said).toMatch(
      /the document states a step, instemming, dated 2099-03-01, after today \(\d{4}-\d{2}-\d{2}\)/u,
    );
    expect(said).not.toContain('an adoption dated 2099');
  }, 120_000);

  it('a policy closing with "Na advies van de MR op 1 maart 2099": said to be the advies, not an adoption', async () => {
    const policy = [
      'Klachtenregeling',
      '1 Doel',
      'Deze regeling beschrijft hoe de school met klachten omgaat.',
      'Vastgesteld door het bestuur op 12 maart 2024.',
      'Na advies van de MR op 1 maart 2099',
      '',
    ].join('\n\n');
    const { said } = await importedText('policy.txt', policy);
    expect(said).toMatch(/the document states a step, advies, dated 2099-03-01, after today \(\d{4}-\d{2}-\d{2}\)/u);
    expect(said).not.toContain('an adoption dated 2099');
  }, 120_000);
});

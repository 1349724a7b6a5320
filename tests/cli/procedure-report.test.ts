// Issue 27 item 3: the HTML report shows per policy the status of each step of its procedure, and badges for what
// is overdue (a review whose date has passed, a step whose term ran out) that say so in words, not by colour alone;
// the overview carries the same badges beside the status. Built through the CLI and the pages read back.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

function policy(id: string, front: string[], approvals: string[]): string {
  return [
    '---',
    `id: ${id}`,
    `title: ${id.charAt(0).toUpperCase()}${id.slice(1)}`,
    'organisation: Stichting De Linde',
    'org: linde',
    'version: "1.0"',
    `kind: ${id}`,
    'lang: en',
    ...front,
    'approvals:',
    ...approvals.map((row) => `  - ${row}`),
    '---',
    '',
    '{#doel} The text of the policy.',
    '',
  ].join('\n');
}

/** The text of an HTML fragment: tags dropped, white space folded. */
const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

let out: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-procedure-report-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  mkdirSync(join(dir, 'policies', 'linde'), { recursive: true });
  // Adopted in 2020 with the GMR's consent, reviewed every two years: its review was due on 2022-03-01.
  writeFileSync(
    join(dir, 'policies', 'linde', 'klachtenregeling.md'),
    policy(
      'klachtenregeling',
      ['status: approved', 'level: bestuur'],
      [
        '{ date: 2020-02-01, name: A. Jansen, role: Vz. GMR, step: instemming }',
        '{ date: 2020-03-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
      ],
    ),
  );
  // The parents' part of the MR was asked in 2021 and never answered: its six weeks ran out on 2021-02-15.
  writeFileSync(
    join(dir, 'policies', 'linde', 'schoolgids.md'),
    policy(
      'schoolgids',
      ['status: proposed', 'level: school', 'review: 2099-01-01'],
      ['{ asked: 2021-01-04, name: C. Smit, role: Voorzitter MR, step: instemming, part: ouders/leerlingen }'],
    ),
  );
  out = join(dir, 'out');
  const run = await runCli(['build', '--out', out], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
});

describe('the HTML report shows the procedure', () => {
  it('per step where it stands, and the review overdue as a badge in words', () => {
    const page = readFileSync(join(out, 'linde', 'klachtenregeling-1.0.html'), 'utf8');
    const procedure = /<section aria-labelledby="procedure-title">([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
    expect(textOf(procedure)).toBe(
      'Procedure Step Where it stands Instemming GMR (WMS art. 10 sub g) taken on 1 February 2020 Vaststelling bestuur (WPO art. 14) taken on 1 March 2020',
    );
    expect(textOf(page)).toContain('Next review 1 March 2022 ⚠ Overdue: review due on 1 March 2022');
    expect(page).toContain(
      '<span class="badge alert"><span aria-hidden="true">⚠</span> Overdue: review due on 1 March 2022</span>',
    );
  });

  it('a step asked whose term ran out, and the steps not taken', () => {
    const page = readFileSync(join(out, 'linde', 'schoolgids-1.0.html'), 'utf8');
    const procedure = /<section aria-labelledby="procedure-title">([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
    expect(textOf(procedure)).toBe(
      'Procedure Step Where it stands Instemming MR (ouders/leerlingen) (WMS art. 13 lid 1 sub g) asked on 4 January 2021, answer due by 15 February 2021 ⚠ Overdue: the term ran out on 15 February 2021 Advies MR (WMS art. 11 lid 1 sub r) not taken Vaststelling bestuur (WPO art. 13a lid 2) not taken',
    );
    // A review set for later is no badge.
    expect(textOf(page)).toContain('Next review 1 January 2099');
    expect(page).not.toContain('Overdue: review');
  });

  it('the overview carries the badges beside each policy’s status', () => {
    const index = textOf(readFileSync(join(out, 'index.html'), 'utf8'));
    expect(index).toContain('⚠ Overdue: review due on 1 March 2022');
    expect(index).toContain(
      '⚠ Overdue: the term ran out on 15 February 2021 (Instemming MR (ouders/leerlingen) (WMS art. 13 lid 1 sub g))',
    );
  });
});

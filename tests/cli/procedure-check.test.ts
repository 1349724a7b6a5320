// Each procedure check through the CLI (`clausemark check --format json`): a klachtenregeling or schoolgids whose
// approval rows break its procedure (templates/procedures/po.yaml) is reported at the approval row concerned.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

interface Row {
  [field: string]: string;
}

/** A policy of `kind` with these approval rows, in a temp folder of its own; returns the file. */
function policyWith(kind: string, rows: Row[], extra: string[] = [], foundation?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-procedure-'));
  if (foundation) writeFileSync(join(dir, 'procedure.yaml'), foundation);
  const file = join(dir, `${kind}.md`);
  const lines = [
    '---',
    `id: ${kind}`,
    'title: Regeling',
    'organisation: Stichting Voorbeeld',
    'version: "1.0"',
    'status: approved',
    `kind: ${kind}`,
    'review: 2099-01-01',
    ...extra,
    'approvals:',
    ...rows.flatMap((row) =>
      Object.entries(row).map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value}`),
    ),
    '---',
    '',
    '{#doel} Deze regeling beschrijft hoe een klacht wordt behandeld.',
    '',
  ];
  writeFileSync(file, lines.join('\n'));
  return file;
}

const GMR_CONSENT: Row = {
  date: '2024-05-01',
  name: 'A. Jansen',
  role: 'Voorzitter GMR',
  step: 'instemming',
  body: 'GMR',
};
const ADOPTION: Row = { date: '2024-06-01', name: 'B. de Boer', role: 'College van Bestuur', step: 'vaststelling' };

async function findings(
  file: string,
): Promise<{ code: number; findings: { ruleId: string; message: string; place: { start: { line: number } } }[] }> {
  const run = await runCli(['check', '--format', 'json', file], { cwd: join(file, '..') });
  const report = JSON.parse(run.stdout);
  // Their approval rows are written by hand: that the adoption records no hash is adoption-text-unrecorded's to say
  // (tests/check/rules/adoption-text-unrecorded.test.ts), not the procedure's.
  const findings = report.files[0].findings.filter(
    (finding: { ruleId: string }) => finding.ruleId !== 'adoption-text-unrecorded',
  );
  return { code: run.code, findings };
}

function lineOf(file: string, row: number): number {
  // Line of the nth "  - " row (0-based) in the front matter we wrote.
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  let seen = -1;
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]!.startsWith('  - ') && ++seen === row) return index + 1;
  }
  throw new Error('no such row');
}

describe('clausemark check: the procedure of a policy', () => {
  it('a klachtenregeling with the GMR consent before its adoption is clean', async () => {
    const result = await findings(policyWith('klachtenregeling', [GMR_CONSENT, ADOPTION]));
    expect(result.findings).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('adoption without the required consent: an error at the adoption row, naming body and basis', async () => {
    const file = policyWith('klachtenregeling', [ADOPTION]);
    const result = await findings(file);
    expect(result.code).toBe(1);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['procedure-missing-step']);
    expect(result.findings[0]!.message).toBe(
      'adopted on 1 June 2024 without the instemming of the GMR (WMS art. 10 sub g): the policy is not adopted',
    );
    expect(result.findings[0]!.place.start.line).toBe(lineOf(file, 0));
  });

  it('a school-level policy needs its MR, and the parents part where the law gives it to them', async () => {
    const file = policyWith('schoolgids', [
      { date: '2024-05-01', name: 'C. Smit', role: 'Voorzitter MR', step: 'instemming' },
      ADOPTION,
    ]);
    const result = await findings(file);
    expect(result.findings.map((finding) => finding.message)).toEqual([
      'adopted on 1 June 2024 without the instemming of the MR (ouders/leerlingen) (WMS art. 13 lid 1 sub g): the policy is not adopted',
      'adopted on 1 June 2024 without the advies of the MR (WMS art. 11 lid 1 sub r): the policy is not adopted',
    ]);
  });

  it('steps out of order: a consent dated after the adoption is reported at the consent', async () => {
    const file = policyWith('klachtenregeling', [ADOPTION, { ...GMR_CONSENT, date: '2024-07-01' }]);
    const result = await findings(file);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['procedure-order']);
    expect(result.findings[0]!.place.start.line).toBe(lineOf(file, 1));
  });

  it('a negative advice without the board’s reasons', async () => {
    const advice: Row = {
      date: '2024-05-01',
      name: 'C. Smit',
      role: 'Voorzitter MR',
      step: 'advies',
      outcome: 'negatief',
    };
    // The schoolgids: the parents' consent, and the whole council's advice on the support offer it holds.
    const consent: Row = {
      date: '2024-04-01',
      name: 'C. Smit',
      role: 'Voorzitter MR',
      step: 'instemming',
      part: 'ouders/leerlingen',
    };
    const file = policyWith('schoolgids', [consent, advice, ADOPTION]);
    const result = await findings(file);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['procedure-advice-reasons']);
    expect(result.findings[0]!.place.start.line).toBe(lineOf(file, 1));
    const withReasons = policyWith('schoolgids', [consent, advice, { ...ADOPTION, reasons: 'Zie notulen 2024-06-01' }]);
    expect((await findings(withReasons)).findings).toEqual([]);
  });

  it('a refused consent followed by adoption without a dispute outcome', async () => {
    const refused = { ...GMR_CONSENT, outcome: 'negatief' };
    const file = policyWith('klachtenregeling', [refused, ADOPTION]);
    const result = await findings(file);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['procedure-consent-refused']);
    expect(result.findings[0]!.place.start.line).toBe(lineOf(file, 1));
    const ruled = policyWith('klachtenregeling', [
      { ...refused, dispute: "'LCG WMS 2024-05-20: toestemming verleend'" },
      ADOPTION,
    ]);
    expect((await findings(ruled)).findings).toEqual([]);
  });

  it('silence is never consent: a consent asked and never answered does not count at the adoption', async () => {
    const asked: Row = { asked: '2024-03-01', name: 'A. Jansen', role: 'Voorzitter GMR', step: 'instemming' };
    const file = policyWith('klachtenregeling', [asked, ADOPTION]);
    const result = await findings(file);
    expect(result.findings.map((finding) => finding.ruleId).sort()).toEqual([
      'procedure-silence',
      'procedure-term-expired',
    ]);
    const silence = result.findings.find((finding) => finding.ruleId === 'procedure-silence')!;
    expect(silence.message).toContain('silence is not consent');
    expect(silence.place.start.line).toBe(lineOf(file, 1));
  });

  it('a term run out: a step asked whose term passed without an answer is a warning at that row', async () => {
    const asked: Row = { asked: '2024-03-01', name: 'A. Jansen', role: 'Voorzitter GMR', step: 'instemming' };
    const file = policyWith('klachtenregeling', [asked]);
    const result = await findings(file);
    const expired = result.findings.filter((finding) => finding.ruleId === 'procedure-term-expired');
    expect(expired.map((finding) => finding.message)).toEqual([
      'the instemming of the GMR was asked on 1 March 2024 and its term ran out on 12 April 2024 without an answer recorded; silence is not consent',
    ]);
    expect(expired[0]!.place.start.line).toBe(lineOf(file, 0));
  });

  it('a review overdue: the interval after the adoption has passed, or the review date written', async () => {
    const file = policyWith('klachtenregeling', [GMR_CONSENT, ADOPTION]);
    // policyWith writes review: 2099-01-01; an interval of one year after the adoption of 2024-06-01 has run out.
    writeFileSync(file, readFileSync(file, 'utf8').replace('review: 2099-01-01', 'review: 1y'));
    const result = await findings(file);
    expect(result.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['procedure-review-overdue', 'the review of this klachtenregeling was due on 1 June 2025'],
    ]);
    expect(result.code).toBe(0);
  });

  it('an unknown kind is an error at the kind, listing the kinds there are', async () => {
    const result = await findings(policyWith('klachtregeling', [GMR_CONSENT, ADOPTION]));
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['procedure-unknown-kind']);
    expect(result.findings[0]!.message).toBe('kind "klachtregeling" has no procedure for sector po');
  });

  it("a foundation's procedure.yaml overrides the sector's (here: the advice of the MR instead of consent)", async () => {
    const foundation = [
      'kinds:',
      '  klachtenregeling:',
      '    steps:',
      '      - { body: raad, right: advies, basis: medezeggenschapsreglement art. 5 }',
      '      - { body: bestuur, right: vaststelling, basis: bevoegd gezag }',
    ].join('\n');
    const advice: Row = { date: '2024-05-01', name: 'A. Jansen', role: 'Voorzitter GMR', step: 'advies' };
    expect((await findings(policyWith('klachtenregeling', [advice, ADOPTION], [], foundation))).findings).toEqual([]);
    expect((await findings(policyWith('klachtenregeling', [advice, ADOPTION]))).findings.map((f) => f.ruleId)).toEqual([
      'procedure-missing-step',
    ]);
  });
});

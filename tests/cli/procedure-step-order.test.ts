// Issue 27: the steps of a procedure come in its order. A foundation's reglement (procedure.yaml) that puts the MR's
// advice ahead of the GMR's consent: a consent dated before that advice is a warning at the consent's row, and the
// same steps in order are clean. Through the CLI (`check --format json`).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const FOUNDATION = [
  'kinds:',
  '  klachtenregeling:',
  '    steps:',
  '      - { body: MR, part: whole, right: advies, basis: Reglement art. 4, checked: unverified }',
  '      - { body: raad, part: whole, right: instemming, basis: WMS art. 10 sub g, checked: unverified }',
  '      - { body: bestuur, part: whole, right: vaststelling, basis: WPO art. 14, checked: unverified }',
  '',
].join('\n');

function klachtenregeling(adviceDate: string, consentDate: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-step-order-'));
  writeFileSync(join(dir, 'procedure.yaml'), FOUNDATION);
  const file = join(dir, 'klachtenregeling.md');
  writeFileSync(
    file,
    [
      '---',
      'id: klachtenregeling',
      'title: Klachtenregeling',
      'organisation: Stichting Voorbeeld',
      'version: "1.0"',
      'status: approved',
      'kind: klachtenregeling',
      'level: bestuur',
      'review: 2099-01-01',
      'approvals:',
      `  - { date: ${adviceDate}, name: K. Bos, role: Voorzitter MR, step: advies }`,
      `  - { date: ${consentDate}, name: A. Jansen, role: Vz. GMR, step: instemming }`,
      '  - { date: 2024-06-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
      '---',
      '',
      '{#doel} Deze regeling beschrijft hoe een klacht wordt behandeld.',
      '',
    ].join('\n'),
  );
  return file;
}

async function check(file: string) {
  const run = await runCli(['check', file, '--format', 'json']);
  const findings = JSON.parse(run.stdout).files[0].findings as {
    ruleId: string;
    severity: string;
    message: string;
    place: { start: { line: number } };
  }[];
  // Rows written by hand: that the adoption records no hash is adoption-text-unrecorded's to say, not this rule's.
  return findings.filter((finding) => finding.ruleId !== 'adoption-text-unrecorded');
}

describe('procedure-step-order', () => {
  it('a consent dated before the advice the procedure puts first: a warning at the consent', async () => {
    const findings = await check(klachtenregeling('2024-05-01', '2024-04-01'));
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.place.start.line])).toEqual([
      ['procedure-step-order', 'warning', 12],
    ]);
    expect(findings[0]!.message).toBe(
      'the instemming of the GMR is dated 1 April 2024, before the advies of the MR on 1 May 2024, which its procedure puts first (WMS art. 10 sub g)',
    );
  });

  it('the same steps in the order of the procedure are clean', async () => {
    expect(await check(klachtenregeling('2024-04-01', '2024-05-01'))).toEqual([]);
  });
});

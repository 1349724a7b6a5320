// What the procedure makes of a policy's approval rows (src/procedure/evaluate.ts): a step counts for the text its
// recorded hash names, a withdrawn policy is reviewed no more, and a review date the policy does not give names
// where it comes from (the law's cycle, or the procedure's default).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approvalHash } from '../../src/model/fingerprint.js';
import { parsePolicy } from '../../src/parse/index.js';
import { judgeProcedure } from '../../src/procedure/evaluate.js';
import { proceduresFor } from '../../src/procedure/load.js';
import { PROJECT_ROOT } from '../support/paths.js';

const PATH = '/tmp/nowhere/kompas/schoolplan.md';
const TEXT = '## Doel {#doel}\n\n1. {#doel.een} De school werkt aan goed onderwijs.\n';
const EDITED = '## Doel {#doel}\n\n1. {#doel.een} De school werkt aan goed en veilig onderwijs.\n';

function source(body: string, rows: string[], status = 'approved', kind = 'schoolplan'): string {
  const approvals = rows.length > 0 ? `approvals:\n${rows.map((row) => `  - ${row}`).join('\n')}\n` : '';
  return `---\nid: ${kind}\ntitle: Schoolplan\norganisation: CBS Het Kompas\nversion: "1.0"\nstatus: ${status}\nkind: ${kind}\nlevel: school\n${approvals}---\n\n${body}`;
}

/** The hash `approve` records for a text (approvals and status are not part of it). */
const hashOf = (body: string) => approvalHash(parsePolicy(source(body, []), { path: PATH }).policy);
const consent = (hash?: string) =>
  `{ date: 2023-04-01, name: S. Bakker, role: Voorzitter MR, step: instemming, body: MR${hash ? `, hash: "${hash}"` : ''} }`;
const adoption = (date: string, hash?: string) =>
  `{ date: ${date}, name: J. de Vries, role: Voorzitter College van Bestuur, body: bestuur${hash ? `, hash: "${hash}"` : ''} }`;

function judge(text: string, today = '2026-11-29') {
  const policy = parsePolicy(text, { path: PATH }).policy;
  return judgeProcedure(policy, proceduresFor(PATH, PROJECT_ROOT), today)!;
}

describe('a step counts for the text its hash names', () => {
  it('a consent recorded on another text does not count for a later adoption of this one', () => {
    const report = judge(
      source(EDITED, [
        consent(hashOf(TEXT)),
        adoption('2023-05-01', hashOf(TEXT)),
        adoption('2026-11-28', hashOf(EDITED)),
      ]),
    );
    expect(report.missing.map((status) => [status.step.right, status.body, status.state])).toEqual([
      ['instemming', 'MR', 'missing'],
    ]);
    expect(report.missing[0]!.otherText?.decided).toBe('2023-04-01');
    expect(report.findings.find((finding) => finding.code === 'missing-step')).toMatchObject({
      message: 'other-text',
      approval: 2,
      params: { given: '2023-04-01', adopted: '2026-11-28' },
    });
  });

  it('counts when its hash is the adopted text’s, and when it was written by hand without one', () => {
    for (const row of [consent(hashOf(EDITED)), consent()]) {
      const report = judge(source(EDITED, [row, adoption('2026-11-28', hashOf(EDITED))]));
      expect(report.missing).toEqual([]);
      expect(report.findings.filter((finding) => finding.code === 'missing-step')).toEqual([]);
    }
  });

  it('a text edited after a complete adoption keeps that adoption’s consent: it was given for the text adopted', () => {
    const report = judge(source(EDITED, [consent(hashOf(TEXT)), adoption('2023-05-01', hashOf(TEXT))]));
    expect(report.missing).toEqual([]);
  });

  it('before any adoption, a consent on other words is no consent to these', () => {
    const report = judge(source(EDITED, [consent(hashOf(TEXT))], 'proposed'));
    expect(report.steps.map((status) => status.state)).toEqual(['missing']);
    expect(report.steps[0]!.otherText?.decided).toBe('2023-04-01');
  });
});

describe('the next review', () => {
  const adopted = [consent(hashOf(TEXT)), adoption('2021-05-01', hashOf(TEXT))];

  it('of a schoolplan without a date of its own is the law’s cycle, said by its article', () => {
    const report = judge(source(TEXT, adopted));
    expect(report.nextReview).toBe('2025-05-01');
    expect(report.reviewFrom).toBe('law');
    expect(report.reviewBasis).toBe('WPO art. 13a lid 1');
  });

  it('of a policy whose procedure names no law for it is the procedure’s default', () => {
    const report = judge(source(TEXT, adopted, 'approved', 'pestprotocol'));
    expect(report.reviewFrom).toBe('procedure');
    expect(report.reviewBasis).toBeUndefined();
  });

  it('of a withdrawn policy (status: retired) is none: nothing is overdue', () => {
    const report = judge(source(TEXT, adopted, 'retired'));
    expect(report.nextReview).toBeUndefined();
    expect(report.findings.filter((finding) => finding.code === 'review-overdue')).toEqual([]);
    expect(judge(source(TEXT, adopted)).findings.map((finding) => finding.code)).toContain('review-overdue');
  });
});

describe('a step dated after the day judged on is not taken yet that day', () => {
  const dated = source(TEXT, [
    '{ date: 2026-12-10, asked: 2026-11-01, name: S. Bakker, role: Voorzitter MR, step: instemming, body: MR }',
    adoption('2026-12-20'),
  ]);

  it('before its date: no adoption, the consent is asked and waiting, nothing reads as set', () => {
    const report = judge(dated, '2026-11-29');
    expect(report.adoption).toBeUndefined();
    expect(report.steps.map((status) => [status.step.right, status.state])).toEqual([['instemming', 'waiting']]);
    expect(report.steps[0]!.record?.decided).toBeUndefined();
  });

  it('from its date: taken', () => {
    const report = judge(dated, '2026-12-20');
    expect(report.adoption?.decided).toBe('2026-12-20');
    expect(report.steps.map((status) => [status.step.right, status.state])).toEqual([['instemming', 'done']]);
  });
});

describe("a vo school's privacyreglement asks two parts of the council, in either order", () => {
  // WMS art. 14 lid 2 onder f (the parents' part, on parents' data) and lid 3 onder d (the pupils' part, on pupils'
  // data): two consents, neither ordered before the other, both before the board adopts it.
  const root = mkdtempSync(join(tmpdir(), 'clausemark-vo-privacy-'));
  mkdirSync(join(root, 'policies', 'lyceum'), { recursive: true });
  writeFileSync(join(root, 'policies', 'lyceum', 'procedure.yaml'), 'sector: vo\n');
  const path = join(root, 'policies', 'lyceum', 'privacyreglement.md');
  const row = (date: string, part: string) =>
    `{ date: ${date}, name: S. Bakker, role: Voorzitter GMR, step: instemming, body: GMR, part: ${part} }`;
  const judgeVo = (rows: string[]) => {
    const text = source(TEXT, rows, 'approved', 'privacyreglement').replace('level: school', 'level: bestuur');
    return judgeProcedure(parsePolicy(text, { path }).policy, proceduresFor(path, root), '2026-11-29')!;
  };

  it('the pupils’ consent dated before the parents’: both count, no step out of order', () => {
    const report = judgeVo([row('2026-03-10', 'ouders'), row('2026-03-01', 'leerlingen'), adoption('2026-03-20')]);
    expect(report.missing).toEqual([]);
    expect(report.steps.map((status) => [status.step.part, status.state])).toEqual([
      ['ouders', 'done'],
      ['leerlingen', 'done'],
    ]);
    expect(report.findings.filter((finding) => finding.code === 'step-order')).toEqual([]);
  });

  it('the parents’ consent alone leaves the pupils’ missing', () => {
    const report = judgeVo([row('2026-03-10', 'ouders'), adoption('2026-03-20')]);
    expect(report.missing.map((status) => [status.step.part, status.state])).toEqual([['leerlingen', 'missing']]);
  });

  it('a consent after the adoption is still out of order', () => {
    const report = judgeVo([row('2026-03-10', 'ouders'), row('2026-03-01', 'leerlingen'), adoption('2026-03-05')]);
    expect(report.findings.map((finding) => finding.code)).toContain('order');
  });
});

// Issue 27 items 2 and 6: what a policy's procedure adds for the outputs. The approval table names each step with its
// right, body and basis; the board pack asks for the steps a revision still needs; a missing consent unadopts.
import { describe, expect, it } from 'vitest';
import { adoptionOf } from '../../src/model/adoption.js';
import { todayIso } from '../../src/procedure/evaluate.js';
import { parsePolicy } from '../../src/parse/index.js';
import { asNewVersion, attachProcedure } from '../../src/procedure/attach.js';
import { signatureSteps } from '../../src/render/boardpack/approval.js';
import { approvalRows } from '../../src/render/shared/approval-rows.js';
import type { PdfTexts } from '../../src/render/shared/document-texts.js';
import { PROJECT_ROOT } from '../support/paths.js';

function klachtenregeling(status: string, rows: string[], version = '2.0') {
  const approvals = rows.length > 0 ? `approvals:\n${rows.map((row) => `  - ${row}`).join('\n')}\n` : '';
  const source = `---\nid: klachtenregeling\ntitle: Klachtenregeling\norganisation: O\nversion: "${version}"\nstatus: ${status}\nkind: klachtenregeling\nlevel: bestuur\n${approvals}---\n\n## A {#a}\n\n1. {#a.1} Tekst.\n`;
  return attachProcedure(parsePolicy(source, { path: '/tmp/nowhere/klachtenregeling.md' }).policy, PROJECT_ROOT);
}

const CONSENT = '{ date: 2024-05-01, name: A. Jansen, role: Vz. GMR, step: instemming }';
const ADOPTION = '{ date: 2024-06-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }';

describe('attachProcedure', () => {
  it('names each approval row with its right, body and legal basis', () => {
    const policy = klachtenregeling('approved', [CONSENT, ADOPTION]);
    expect(policy.procedure?.labels).toEqual([
      'Instemming GMR (WMS art. 10 sub g)',
      'Vaststelling bestuur (WPO art. 14)',
    ]);
    expect(policy.procedure?.remaining).toEqual([]);
    expect(adoptionOf(policy, todayIso()).status).toBe('approved');
  });

  it('an adoption without the consent leaves the policy a draft, naming the missing step', () => {
    const policy = klachtenregeling('approved', [ADOPTION]);
    expect(adoptionOf(policy, todayIso())).toMatchObject({
      status: 'draft',
      missingSteps: ['Instemming GMR (WMS art. 10 sub g)'],
    });
  });

  it('the board pack asks for the steps a revision still needs, the adoption last', () => {
    const old = klachtenregeling('approved', [CONSENT, ADOPTION], '1.0');
    const revision = klachtenregeling('proposed', []);
    expect(signatureSteps(asNewVersion(revision, old, PROJECT_ROOT), 'vaststelling')).toEqual([
      'Instemming GMR (WMS art. 10 sub g)',
      'Vaststelling bestuur (WPO art. 14)',
    ]);
    const consent = '{ date: 2025-05-01, name: A. Jansen, role: Vz. GMR, step: instemming }';
    const consented = klachtenregeling('proposed', [consent]);
    expect(signatureSteps(asNewVersion(consented, old, PROJECT_ROOT), 'vaststelling')).toEqual([
      'Vaststelling bestuur (WPO art. 14)',
    ]);
  });

  it("asks again for every step whose approval the revision's file carries over from the old version", () => {
    const old = klachtenregeling('approved', [CONSENT, ADOPTION], '1.0');
    const carried = klachtenregeling('proposed', [CONSENT, ADOPTION], '1.1');
    const signing = asNewVersion(carried, old, PROJECT_ROOT);
    expect(signing.meta.approvals).toEqual([]);
    expect(signatureSteps(signing, 'vaststelling')).toEqual([
      'Instemming GMR (WMS art. 10 sub g)',
      'Vaststelling bestuur (WPO art. 14)',
    ]);
    // The file as written still lists them, and its own procedure reads them.
    expect(carried.meta.approvals).toHaveLength(2);
    expect(carried.procedure?.remaining).toEqual([]);
  });
});

describe('the approval table', () => {
  it('lists a step asked and not yet answered nowhere: it is no approval', () => {
    const asked = '{ asked: 2024-05-01, name: A. Jansen, role: Vz. GMR, step: instemming }';
    const policy = klachtenregeling('proposed', [asked]);
    const texts = { lang: 'nl', pendingApproval: '' } as unknown as PdfTexts;
    const { rows } = approvalRows(policy, texts);
    expect(rows.map((row) => row[3])).toEqual([
      'Instemming GMR (WMS art. 10 sub g)',
      'Vaststelling bestuur (WPO art. 14)',
    ]);
    expect(rows.every((row) => row[1] !== 'A. Jansen')).toBe(true);
  });

  it('names a decided step with its right, body and basis', () => {
    const { rows } = approvalRows(klachtenregeling('approved', [CONSENT, ADOPTION]), {
      lang: 'nl',
      pendingApproval: '',
    } as unknown as PdfTexts);
    expect(rows.map((row) => [row[1], row[3]])).toEqual([
      ['A. Jansen', 'Instemming GMR (WMS art. 10 sub g)'],
      ['J. de Vries', 'Vaststelling bestuur (WPO art. 14)'],
    ]);
  });
});

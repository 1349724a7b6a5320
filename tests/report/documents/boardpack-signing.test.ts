// The signing page of a board pack: an approval belongs to the version it was given for. An in-place revision whose
// file still lists the old version's consent and adoption gets rows to sign for both steps, named as its procedure
// names them, and a line saying which approvals were left out and why.
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/model/policy.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { attachProcedure } from '../../../src/procedure/attach.js';
import { signingPage } from '../../../src/report/documents/boardpack-signing.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const CONSENT = '{date: 2025-03-12, name: M. Visser, role: Voorzitter GMR, step: instemming, body: GMR}';
const ADOPTION = '{date: 2025-03-26, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling}';

function klachtenregeling(version: string, status: string, rows: string[], text: string, lang = 'nl'): Policy {
  const approvals = `approvals:\n${rows.map((row) => `  - ${row}`).join('\n')}\n`;
  const source = `---\nid: klachtenregeling\ntitle: Klachtenregeling\norganisation: O\nversion: "${version}"\nstatus: ${status}\nlang: ${lang}\nkind: klachtenregeling\nlevel: bestuur\n${approvals}---\n\n## A {#a}\n\n1. {#a.1} ${text}\n`;
  return attachProcedure(parsePolicy(source, { path: '/tmp/nowhere/klachtenregeling.md' }).policy, PROJECT_ROOT);
}

const old = (lang = 'nl') => klachtenregeling('1.0', 'approved', [CONSENT, ADOPTION], 'Binnen vijf werkdagen.', lang);
const revision = (rows: string[], lang = 'nl') =>
  klachtenregeling('1.1', 'proposed', rows, 'Binnen tien werkdagen.', lang);

describe('signingPage', () => {
  it("leaves out the old version's approvals carried over, and asks for every step again", () => {
    const labels = loadLabels('nl', { root: PROJECT_ROOT });
    const { policy, note } = signingPage(old(), revision([CONSENT, ADOPTION]), PROJECT_ROOT, labels);
    expect(policy.meta.approvals).toEqual([]);
    expect(policy.procedure?.remaining).toEqual([
      'Instemming GMR (WMS art. 10 sub g)',
      'Vaststelling bestuur (WPO art. 14)',
    ]);
    expect(note).toBe(
      'Niet in deze tabel, want gegeven voor versie 1.0: instemming GMR (12 maart 2025), vaststelling (26 maart 2025).',
    );
  });

  it('keeps an approval given for this version and says it in English for an English pack', () => {
    const labels = loadLabels('en', { root: PROJECT_ROOT });
    const consent = '{date: 2025-10-01, name: M. Visser, role: Voorzitter GMR, step: instemming, body: GMR}';
    const { policy, note } = signingPage(old('en'), revision([ADOPTION, consent], 'en'), PROJECT_ROOT, labels);
    expect(policy.meta.approvals.map((approval) => approval.date)).toEqual(['2025-10-01']);
    expect(policy.procedure?.remaining).toEqual(['Vaststelling bestuur (WPO art. 14)']);
    expect(note).toBe('Not in this table, as given for version 1.0: vaststelling (26 March 2025).');
  });

  it('names no approval left out when the new version lists only its own', () => {
    const labels = loadLabels('nl', { root: PROJECT_ROOT });
    const { policy, note } = signingPage(old(), revision([]), PROJECT_ROOT, labels);
    expect(note).toBe('');
    expect(policy.procedure?.remaining).toHaveLength(2);
  });
});

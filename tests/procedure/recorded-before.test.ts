// Whether a step is on record already for the text as it stands (src/procedure/recorded-before.ts): only a row with
// this text's hash, given by today, counts; the adoption only when it is the last one and lacks no required step.
import { describe, expect, it } from 'vitest';
import { approvalHash } from '../../src/model/fingerprint.js';
import { parsePolicy } from '../../src/parse/index.js';
import { proceduresFor } from '../../src/procedure/load.js';
import { recordedBefore } from '../../src/procedure/recorded-before.js';
import { PROJECT_ROOT } from '../support/paths.js';

const PATH = '/tmp/nowhere/voorbeeld/klachtenregeling.md';
const TEXT = '## Doel {#doel}\n\n1. {#doel.klacht} Een klacht dient u in bij de klachtencommissie.\n';
const OTHER = TEXT.replace('klachtencommissie', 'directeur');
const TODAY = '2026-11-30';

function policy(rows: string[], text = TEXT, kind = true) {
  const head = `---\nid: k\ntitle: Klachtenregeling\nversion: "1.0"\n${kind ? 'kind: klachtenregeling\nlevel: bestuur\n' : ''}`;
  const approvals = rows.length > 0 ? `approvals:\n${rows.map((row) => `  - ${row}`).join('\n')}\n` : '';
  return parsePolicy(`${head}${approvals}---\n\n${text}`, { path: PATH }).policy;
}

const hash = approvalHash(policy([]));
const otherHash = approvalHash(policy([], OTHER));
const consent = (date: string, extra = '') =>
  `{ date: ${date}, name: A, role: Voorzitter GMR, step: instemming, body: GMR${extra} }`;
const adoption = (date: string, extra = '') =>
  `{ date: ${date}, name: B, role: Voorzitter CvB, step: vaststelling${extra} }`;
const procedures = proceduresFor(PATH, PROJECT_ROOT);
const asConsent = { step: 'instemming', body: 'GMR', part: 'whole' };
const asAdoption = { step: 'vaststelling' };

describe('recordedBefore', () => {
  it('finds the consent and the adoption recorded with this text’s hash', () => {
    const adopted = policy([consent('2026-11-20', `, hash: "${hash}"`), adoption('2026-11-25', `, hash: "${hash}"`)]);
    expect(recordedBefore(adopted, asConsent, procedures, TODAY)?.index).toBe(0);
    expect(recordedBefore(adopted, asAdoption, procedures, TODAY)?.index).toBe(1);
    expect(recordedBefore(adopted, { ...asConsent, part: 'ouders/leerlingen' }, procedures, TODAY)).toBeUndefined();
  });

  it('not a row written by hand, one for another text, or one dated after today', () => {
    expect(recordedBefore(policy([adoption('2026-11-25')]), asAdoption, undefined, TODAY)).toBeUndefined();
    const other = policy([consent('2026-11-20', `, hash: "${otherHash}"`)]);
    expect(recordedBefore(other, asConsent, procedures, TODAY)).toBeUndefined();
    const later = policy([consent('2026-12-20', `, hash: "${hash}"`)]);
    expect(recordedBefore(later, asConsent, procedures, TODAY)).toBeUndefined();
  });

  it('a refused consent is followed by a consent, not by the same refusal', () => {
    const refused = policy([consent('2026-11-10', `, outcome: negatief, hash: "${hash}"`)]);
    expect(recordedBefore(refused, asConsent, procedures, TODAY)).toBeUndefined();
    expect(recordedBefore(refused, { ...asConsent, outcome: 'negatief' }, procedures, TODAY)?.index).toBe(0);
  });

  it('not an adoption that lacks its consent, nor one a later adoption of other words replaced', () => {
    const lacking = policy([adoption('2026-11-20', `, hash: "${hash}"`), consent('2026-11-25', `, hash: "${hash}"`)]);
    expect(recordedBefore(lacking, asAdoption, procedures, TODAY)).toBeUndefined();
    const withoutKind = policy([adoption('2026-11-20', `, hash: "${hash}"`)], TEXT, false);
    expect(recordedBefore(withoutKind, asAdoption, undefined, TODAY)?.index).toBe(0);
    const reverted = policy(
      [adoption('2026-11-01', `, hash: "${hash}"`), adoption('2026-11-20', `, hash: "${otherHash}"`)],
      TEXT,
      false,
    );
    expect(recordedBefore(reverted, asAdoption, undefined, TODAY)).toBeUndefined();
  });
});

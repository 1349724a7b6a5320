// What an approval covers (src/model/fingerprint.ts, reader-view.ts) and which step adopts (src/model/adoption.ts):
// every edit a reader of the adopted document would see makes it `outdated`; formatting does not; a later advice
// on an edited text does not re-adopt it; a hash recorded by the v1 scheme is still verified.
import { describe, expect, it } from 'vitest';
import { approveSource } from '../../src/jobs/approve-record.js';
import {
  adoptionOf,
  nextDecisionDay,
  sameAdoption,
  textApprovals,
  versionApprovals,
} from '../../src/model/adoption.js';
import { todayIso } from '../../src/procedure/evaluate.js';
import { canonicalText, hashMatches, sha256 } from '../../src/model/fingerprint.js';
import { parsePolicy } from '../../src/parse/index.js';
import { templateContext } from '../../src/wording/context.js';
import { loadLabels } from '../../src/wording/labels.js';
import { PROJECT_ROOT } from '../support/paths.js';

const TODAY = todayIso();

const PATH = 'policies/casparus-college/privacy.md';
const SOURCE = `---
id: privacy
title: Privacyreglement
organisation: Casparus College
version: "1.0"
status: draft
effective: 2024-08-01
---

## Gegevens {#gegevens}

1. {#g.derden} Persoonsgegevens worden nooit verstrekt.[^derden] Zie [de AVG](https://autoriteitpersoonsgegevens.nl).
2. {#g.tabel} Bewaartermijnen:

   | Gegeven | Termijn |
   | --- | --- |
   | Cijfers | 2 jaar |

3. {#g.slot} Klachten gaan naar de functionaris.[^fg]

[^derden]: Persoonsgegevens worden nooit aan derden verstrekt.
[^fg]: De functionaris gegevensbescherming.
`;

const parsed = (source: string) => parsePolicy(source, { path: PATH });
const parse = (source: string) => parsed(source).policy;
/** The policy as `approve` leaves it when the step is recorded on `date`, the day it is taken. */
const adopt = (source: string, step = 'vaststelling', date = '2024-07-01', name = 'J. de Vries') =>
  approveSource(parsed(source), { name, role: 'Voorzitter CvB', date, step }, undefined, date).source;
const statusAfter = (edit: (source: string) => string): string => adoptionOf(parse(edit(adopt(SOURCE))), TODAY).status;

describe('the approval hash covers what a reader of the adopted document sees', () => {
  it('the adopted text itself is approved', () => {
    expect(statusAfter((source) => source)).toBe('approved');
  });

  it.each([
    ['a footnote rewritten', (s: string) => s.replace('nooit aan derden verstrekt', 'aan iedere derde verkocht')],
    [
      'a footnote added',
      (s: string) => s.replace('de functionaris.[^fg]', 'de functionaris.[^fg][^x]') + '[^x]: Behalve bij geldnood.\n',
    ],
    [
      'a footnote deleted',
      (s: string) =>
        s
          .replace('de functionaris.[^fg]', 'de functionaris.')
          .replace('[^fg]: De functionaris gegevensbescherming.\n', ''),
    ],
    [
      'a footnote moved to another clause',
      (s: string) =>
        s.replace('verstrekt.[^derden]', 'verstrekt.').replace('Bewaartermijnen:', 'Bewaartermijnen:[^derden]'),
    ],
    [
      'a link pointed elsewhere',
      (s: string) => s.replace('https://autoriteitpersoonsgegevens.nl', 'https://example.com'),
    ],
    ['a table cell changed', (s: string) => s.replace('| Cijfers | 2 jaar |', '| Cijfers | 20 jaar |')],
    ['the title changed', (s: string) => s.replace('title: Privacyreglement', 'title: Verkoopreglement')],
    ['the version changed', (s: string) => s.replace('version: "1.0"', 'version: "3.0"')],
    ['the effective date changed', (s: string) => s.replace('effective: 2024-08-01', 'effective: 2031-01-01')],
  ])('%s after adoption: outdated', (_, edit) => {
    expect(statusAfter(edit)).toBe('outdated');
  });

  it('formatting does not count: wrapping, emphasis markers, spacing and a footnote label renamed throughout', () => {
    expect(statusAfter((s) => s.replace('worden nooit verstrekt', 'worden  nooit\n   verstrekt'))).toBe('approved');
    expect(statusAfter((s) => s.replaceAll('[^fg]', '[^functionaris]'))).toBe('approved');
  });

  it('a hash recorded by the v1 scheme (clause texts only) is still verified by that scheme', () => {
    const policy = parse(SOURCE);
    const v1 = `sha256:${sha256(canonicalText(policy))}`;
    expect(hashMatches(policy, v1)).toBe(true);
    expect(hashMatches(parse(SOURCE.replace('nooit verstrekt', 'altijd verstrekt')), v1)).toBe(false);
    expect(hashMatches(policy, 'md5:0000')).toBe(false);
  });
});

describe('only the adopting step covers text, and only the text it hashed', () => {
  const labels = loadLabels('nl', { root: PROJECT_ROOT });
  it('advice recorded on an edited text after adoption leaves it outdated, and the cover names no adoption', () => {
    const edited = adopt(SOURCE).replace('nooit verstrekt', 'soms verkocht');
    const readvised = approveSource(parsed(edited), {
      name: 'Ouderraad',
      role: 'advies ouders',
      date: '2024-09-01',
      step: 'advies',
    }).source;
    const policy = parse(readvised);
    expect(adoptionOf(policy, TODAY).status).toBe('outdated');
    const context = templateContext(policy, labels);
    expect(context.adoption).toBeNull();
    expect(context.changedAfterAdoption).toMatchObject({ name: 'J. de Vries', step: 'vaststelling' });
  });

  it('advice recorded later on the adopted text itself: still adopted, by the adopting step', () => {
    const advised = approveSource(parsed(adopt(SOURCE)), {
      name: 'Ouderraad',
      role: 'advies ouders',
      date: '2024-09-01',
      step: 'advies',
    }).source;
    const context = templateContext(parse(advised), labels);
    expect(context.policy.status).toBe('approved');
    expect(context.adoption).toMatchObject({ role: 'Voorzitter CvB', step: 'vaststelling' });
  });
});

describe('declared approved with no approval that adopts it', () => {
  const labels = loadLabels('nl', { root: PROJECT_ROOT });
  const declared = (approvals: string) => parse(SOURCE.replace('status: draft\n', `status: approved\n${approvals}`));

  it("the MR's consent alone, written by hand: a draft, the cover says Concept, not Vastgesteld", () => {
    const policy = declared(
      'approvals:\n  - { date: 2024-06-12, name: R. Hendriks, role: Voorzitter MR, step: instemming, body: MR }\n',
    );
    expect(adoptionOf(policy, TODAY)).toMatchObject({ status: 'draft', declared: 'approved', unadopted: true });
    const context = templateContext(policy, labels);
    expect(context.policy.status).toBe('draft');
    expect(context.adoption).toBeNull();
  });

  it('a row without a step adopts (written by hand, approve without --step)', () => {
    const handWritten = declared('approvals:\n  - { date: 2024-06-26, name: J. de Vries, role: Voorzitter CvB }\n');
    expect(adoptionOf(handWritten, TODAY)).toMatchObject({ status: 'approved' });
    expect(adoptionOf(handWritten, TODAY).unadopted).toBeUndefined();
  });
});

describe('the approvals given for this text', () => {
  it('are those whose hash is its own: a consent on the words before is not, even once this text is adopted', () => {
    const consented = adopt(SOURCE, 'instemming', '2024-06-01', 'MR');
    const readopted = adopt(adopt(consented).replace('nooit verstrekt', 'soms verkocht'), 'vaststelling', '2024-09-01');
    const policy = parse(readopted);
    expect(policy.meta.approvals.map((approval) => approval.date)).toEqual(['2024-06-01', '2024-07-01', '2024-09-01']);
    expect(textApprovals(policy)).toEqual({ indexes: [2], changed: false });
  });

  it('include one written by hand, without a hash, as before', () => {
    const byHand = SOURCE.replace(
      'effective: 2024-08-01\n',
      'effective: 2024-08-01\napprovals:\n  - { date: 2024-06-01, name: MR, role: Voorzitter MR, step: instemming }\n',
    );
    expect(textApprovals(parse(adopt(byHand))).indexes).toEqual([0, 1]);
  });
});

describe('the approvals given for a version: an approval belongs to the version it was given for', () => {
  const withVersion = (source: string, version: string) => source.replace('version: "1.0"', `version: "${version}"`);
  const consent = '  - {date: 2024-06-01, name: GMR, role: Voorzitter GMR, step: instemming}\n';
  const byHand = (source: string, rows: string) =>
    source.replace('effective: 2024-08-01\n', `effective: 2024-08-01\napprovals:\n${rows}`);

  it('leaves out the rows an in-place revision carried over from the old version, written by hand', () => {
    const old = parse(byHand(SOURCE, consent));
    const revision = parse(withVersion(byHand(SOURCE, consent).replace('nooit verstrekt', 'soms verstrekt'), '1.1'));
    expect(versionApprovals(revision, old)).toEqual([]);
    const newConsent = '  - {date: 2024-10-01, name: GMR, role: Voorzitter GMR, step: instemming}\n';
    const asked = parse(withVersion(byHand(SOURCE, consent + newConsent), '1.1'));
    expect(versionApprovals(asked, old)).toEqual([1]);
  });

  it("leaves out a recorded adoption carried over once the text changed, keeps one whose hash is this text's", () => {
    const adopted = adopt(SOURCE);
    const edited = withVersion(adopted.replace('nooit verstrekt', 'soms verstrekt'), '1.1');
    expect(versionApprovals(parse(edited), parse(adopted))).toEqual([]);
    // The same adoption row in both files of one version, its hash this text's (only an owner was added): it covers it.
    const owned = adopted.replace('effective: 2024-08-01', 'effective: 2024-08-01\nowner: Functionaris');
    expect(versionApprovals(parse(owned), parse(adopted))).toEqual([0]);
  });
});

describe('an adoption dated after the day asked about is not given that day', () => {
  const adopted = parse(adopt(SOURCE, 'vaststelling', '2026-12-20'));

  it('is a draft before its date, with the adoption it waits for, and adopted from that day', () => {
    expect(adoptionOf(adopted, '2026-11-29')).toMatchObject({ status: 'draft', declared: 'approved' });
    expect(adoptionOf(adopted, '2026-11-29').notYet?.date).toBe('2026-12-20');
    expect(adoptionOf(adopted, '2026-12-20').status).toBe('approved');
    expect(adoptionOf(adopted, '2026-12-20').notYet).toBeUndefined();
  });

  it('an adoption on or before the day still counts when a later one is planned', () => {
    // The later one written by hand: `approve` records no second adoption of the same text.
    const planned = '  - { date: 2026-12-20, name: A. Jansen, role: Voorzitter CvB, step: vaststelling }';
    const twice = parse(adopt(SOURCE).replace('\n---\n\n## Gegevens', `\n${planned}\n---\n\n## Gegevens`));
    expect(twice.meta.approvals.map((approval) => approval.name)).toEqual(['J. de Vries', 'A. Jansen']);
    expect(adoptionOf(twice, '2026-11-29').status).toBe('approved');
  });

  it('the next day an approval dates from', () => {
    expect(nextDecisionDay(adopted, '2026-11-29')).toBe('2026-12-20');
    expect(nextDecisionDay(adopted, '2026-12-20')).toBeUndefined();
  });
});

describe('the same adoption in two versions of a file', () => {
  const row = { date: '2025-03-26', name: 'J. de Vries', role: 'Voorzitter', step: 'vaststelling' };

  it('is an adopting row of the same day, however its name, role or step word reads', () => {
    expect(sameAdoption(row, { ...row, name: 'J. de Vris' })).toBe(true);
    expect(sameAdoption(row, { ...row, name: 'A. Bakker', role: 'Secretaris', step: undefined })).toBe(true);
  });

  it('is not a row of another day, one that does not adopt, or one without a date', () => {
    expect(sameAdoption(row, { ...row, date: '2025-03-27' })).toBe(false);
    expect(sameAdoption(row, { ...row, step: 'instemming' })).toBe(false);
    expect(sameAdoption({ ...row, date: '' }, { ...row, date: '' })).toBe(false);
  });
});

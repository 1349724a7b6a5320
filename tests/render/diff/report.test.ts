import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../../src/diff/diff.js';
import type { ClauseChange, ClauseRef } from '../../../src/diff/types.js';
import {
  hasDifferences,
  hiddenLine,
  listedChanges,
  metaLine,
  placeOf,
  renumberedLine,
  textShape,
} from '../../../src/render/diff/report.js';
import { KNOWN_FIELDS } from '../../../src/parse/meta.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { DEFAULT_META, policyFrom } from '../../diff/fixtures.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { copy, reportOf, SECTIONS, standardReport } from './helpers.js';

const ref = (id: string, number: string, path: string[], extra: Partial<ClauseRef> = {}): ClauseRef => ({
  id,
  synthetic: false,
  number,
  sectionPath: path,
  sectionId: path.join('/'),
  text: `tekst ${id}`,
  line: 1,
  ...extra,
});

describe('hasDifferences (the exit code)', () => {
  it('clause changes and frontmatter changes both count', () => {
    expect(hasDifferences(standardReport())).toBe(true);
    const bumped = reportOf(policyFrom(SECTIONS), policyFrom(SECTIONS, { ...DEFAULT_META, version: '1.1' }));
    expect(bumped.diff.changes).toEqual([]);
    expect(hasDifferences(bumped)).toBe(true);
    expect(hasDifferences(reportOf(policyFrom(SECTIONS), policyFrom(SECTIONS)))).toBe(false);
  });

  it('with ignoreEditorial only substantive clause changes count', () => {
    const editorial = copy();
    if (editorial[0])
      editorial[0].clauses[1] = {
        id: 'up.klimaat',
        text: 'Dit protocol draagt bij aan een veilig school- en onderwijsklimaat.',
      };
    const newer = policyFrom(editorial, { ...DEFAULT_META, version: '1.1' });
    expect(hasDifferences(reportOf(policyFrom(SECTIONS), newer))).toBe(true);
    const ignoring = reportOf(policyFrom(SECTIONS), newer, { ignoreEditorial: true });
    expect(ignoring.hiddenEditorial).toBe(1);
    expect(ignoring.diff.changes).toEqual([]);
    expect(hasDifferences(ignoring)).toBe(false);
    expect(hasDifferences(standardReport(DEFAULT_META, { ignoreEditorial: true }))).toBe(true);
  });
});

describe('placeOf', () => {
  const { phrases } = loadLabels('nl', { root: PROJECT_ROOT });
  it('shows old → new only for what differs', () => {
    const moved: ClauseChange = {
      kinds: ['moved'],
      significance: 'editorial',
      reasons: [],
      similarity: 1,
      old: ref('a', '1.1', ['A']),
      new: ref('a', '2.3', ['B', 'C']),
    };
    expect(placeOf(moved, phrases)).toEqual({ numbers: '1.1 → 2.3', ids: 'a', path: 'A → B › C' });
    const renamed: ClauseChange = {
      kinds: ['id-renamed'],
      significance: 'editorial',
      reasons: [],
      similarity: 1,
      old: ref('a', '1.1', ['A']),
      new: ref('b', '1.1', ['A']),
    };
    expect(placeOf(renamed, phrases)).toEqual({ numbers: '1.1', ids: 'a → b', path: 'A' });
  });

  it('lists the parts of a merge, and never shows synthetic ids (a line number stands in when there is no number)', () => {
    const parts = [ref('x', '1.1', ['A']), ref('y', '1.2', ['A'])];
    const merged: ClauseChange = {
      kinds: ['merged'],
      significance: 'substantive',
      reasons: [],
      similarity: 0.9,
      old: parts[0],
      new: ref('x', '1.1', ['A']),
      parts,
    };
    expect(placeOf(merged, phrases)).toEqual({ numbers: '1.1 + 1.2 → 1.1', ids: 'x + y → x', path: 'A' });
    const plain: ClauseChange = {
      kinds: ['added'],
      significance: 'substantive',
      reasons: [],
      similarity: 0,
      new: ref('s1.p2', '', ['A'], { synthetic: true, line: 12 }),
    };
    expect(placeOf(plain, phrases)).toEqual({ numbers: 'regel 12', ids: '', path: 'A' });
  });
});

describe('textShape', () => {
  it('added, removed, redline, rewritten, unchanged', () => {
    const diff = diffPolicies(
      policyFrom(SECTIONS),
      policyFrom(copy().map((section) => ({ ...section, clauses: section.clauses.slice(1) }))),
    );
    expect(diff.changes.map((change) => textShape(change).shape)).toEqual(
      diff.changes.map((change) => (change.kinds.includes('removed') ? 'removed' : 'unchanged')),
    );
    const change: ClauseChange = {
      kinds: ['modified'],
      significance: 'substantive',
      reasons: [],
      similarity: 0.1,
      rewritten: true,
      old: ref('a', '1', []),
      new: ref('a', '1', [], { text: 'nieuw' }),
      words: [],
    };
    expect(textShape(change)).toEqual({ shape: 'rewritten', old: 'tekst a', new: 'nieuw' });
  });
});

describe('metaLine', () => {
  const labels = loadLabels('nl', { root: PROJECT_ROOT });
  const english = loadLabels('en', { root: PROJECT_ROOT });
  it("field names and statuses in the reader's language; approvals one by one", () => {
    expect(metaLine({ field: 'status', old: 'draft', new: 'approved', description: '' }, labels)).toBe(
      'Status: Concept → Vastgesteld',
    );
    expect(metaLine({ field: 'effective', new: '2025-08-01', description: '' }, labels)).toBe(
      'Ingangsdatum: — → 1 augustus 2025',
    );
    expect(
      metaLine(
        { field: 'sources', old: ['Kennisnet'], new: ['Kennisnet', 'SocialMediaWijs'], description: '' },
        labels,
      ),
    ).toBe('Bronnen: Kennisnet → Kennisnet, SocialMediaWijs');
  });

  it('an approval is named by the step its row records, as the board pack names it, not "Vaststelling"', () => {
    const consent = { date: '2026-02-03', name: 'A. Jansen', role: 'Voorzitter GMR', step: 'instemming' };
    expect(metaLine({ field: 'approvals', new: consent, description: '' }, labels)).toBe(
      'Instemming toegevoegd: 3 februari 2026, A. Jansen, Voorzitter GMR',
    );
    expect(metaLine({ field: 'approvals', old: { ...consent, step: 'advies' }, description: '' }, labels)).toBe(
      'Advies verwijderd: 3 februari 2026, A. Jansen, Voorzitter GMR',
    );
    // A row that names no step is a decision of the procedure, not necessarily the adoption.
    const { step: _step, ...noStep } = consent;
    expect(metaLine({ field: 'approvals', new: noStep, description: '' }, labels)).toBe(
      'Besluitvorming toegevoegd: 3 februari 2026, A. Jansen, Voorzitter GMR',
    );
    expect(metaLine({ field: 'approvals', new: noStep, description: '' }, english)).toBe(
      'Approvals added: 3 February 2026, A. Jansen, Voorzitter GMR',
    );
  });

  it('a changed approval row names what changed in it', () => {
    const row = { date: '2025-03-12', name: 'M. Visser', role: 'Voorzitter GMR', step: 'instemming' };
    const change = { field: 'approvals', old: { ...row, outcome: 'positief' }, new: { ...row, outcome: 'negatief' } };
    expect(metaLine({ ...change, description: '' }, labels)).toBe(
      'Instemming gewijzigd: 12 maart 2025, M. Visser, Voorzitter GMR (uitkomst: positief → negatief)',
    );
  });

  it('every known frontmatter field has a label in Dutch and in English; an unknown one keeps its name', () => {
    for (const field of KNOWN_FIELDS) {
      for (const set of [labels, english]) {
        const line = metaLine({ field, old: 'a', new: 'b', description: '' }, set);
        expect(line.startsWith(`${field}:`), `${set.lang} ${field}`).toBe(false);
      }
    }
    expect(metaLine({ field: 'level', old: 'bestuur', new: 'school', description: '' }, labels)).toBe(
      'Niveau (bestuur of school): bestuur → school',
    );
    expect(metaLine({ field: 'owner', new: 'Bestuurssecretaris', description: '' }, labels)).toBe(
      'Eigenaar: — → Bestuurssecretaris',
    );
    expect(metaLine({ field: 'title', old: 'A', new: 'B', description: '' }, labels)).toBe('Titel: A → B');
    expect(metaLine({ field: 'heroSlogan', new: 'Samen', description: '' }, labels)).toBe('heroSlogan: — → Samen');
  });
});

describe('prepareReport with ignoreEditorial', () => {
  it('leaves out only editorial changes: clauses that were only renumbered stay, on their own line, and are not counted', () => {
    const inserted = copy();
    inserted[0]?.clauses.unshift({ id: 'up.nieuw', text: 'De school heeft een protocol voor sociale media.' });
    const report = reportOf(policyFrom(SECTIONS), policyFrom(inserted), { ignoreEditorial: true });
    const { renumbered } = listedChanges(report);
    expect(renumbered.length).toBeGreaterThan(0);
    expect(report.diff.summary.renumbered).toBe(renumbered.length);
    expect(report.hiddenEditorial).toBe(0);
    expect(hiddenLine(report)).toBeUndefined();
    expect(renumberedLine(report, renumbered)).toMatch(/^\d+ artikel(en)? hernummerd: 1\.1 → 1\.2/);
  });
});

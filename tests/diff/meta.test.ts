// Frontmatter changes (src/diff/meta.ts): every field that is part of the policy, the procedure's included (a new
// `level` asks another council's consent), an approval row whose outcome changed, and no change where a field was
// left empty instead of not written.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { UNMODELLED_FIELDS } from '../../src/parse/meta.js';
import { DEFAULT_META, policyFrom, type SectionSpec } from './fixtures.js';

const SECTIONS: SectionSpec[] = [
  { title: 'Algemeen', id: 'algemeen', clauses: [{ id: 'alg.doel', text: 'Deze regeling geldt voor de school.' }] },
];

const ADOPTED = {
  ...DEFAULT_META,
  status: 'approved',
  kind: 'klachtenregeling',
  level: 'bestuur',
  owner: 'Beleidsmedewerker kwaliteit',
  approvals: [
    {
      date: '2025-03-12',
      name: 'M. Visser',
      role: 'Voorzitter GMR',
      step: 'instemming',
      body: 'GMR',
      outcome: 'positief',
    },
  ],
};

function metaOf(before: Record<string, unknown>, after: Record<string, unknown>) {
  return diffPolicies(policyFrom(SECTIONS, before), policyFrom(SECTIONS, after)).meta;
}

describe('metaChanges', () => {
  it("reports a change of the procedure's fields: level, owner, kind, review", () => {
    const meta = metaOf(ADOPTED, {
      ...ADOPTED,
      level: 'school',
      owner: 'Bestuurssecretaris',
      kind: 'privacyreglement',
      review: '2028-04-01',
    });
    expect(meta.map((change) => [change.field, change.old, change.new])).toEqual([
      ['kind', 'klachtenregeling', 'privacyreglement'],
      ['level', 'bestuur', 'school'],
      ['owner', 'Beleidsmedewerker kwaliteit', 'Bestuurssecretaris'],
      ['review', undefined, '2028-04-01'],
    ]);
    expect(meta.find((change) => change.field === 'level')?.description).toBe('level bestuur → school');
  });

  it('compares every known field PolicyMeta does not carry', () => {
    for (const field of UNMODELLED_FIELDS) {
      const meta = metaOf(DEFAULT_META, { ...DEFAULT_META, [field]: 'x' });
      expect(meta.map((change) => change.field)).toEqual([field]);
    }
  });

  it('a field left empty is no change from one not written; one given a value is', () => {
    expect(metaOf(DEFAULT_META, { ...DEFAULT_META, heroSlogan: '', owner: '', sources: [] })).toEqual([]);
    expect(metaOf({ ...DEFAULT_META, heroSlogan: '' }, DEFAULT_META)).toEqual([]);
    expect(metaOf({ ...DEFAULT_META, heroSlogan: '' }, { ...DEFAULT_META, heroSlogan: 'Samen' })).toEqual([
      { field: 'heroSlogan', new: 'Samen', description: 'heroSlogan set to Samen' },
    ]);
  });

  it('an approval row of the same decision whose outcome changed is one change, with both rows', () => {
    const [row] = ADOPTED.approvals;
    const refused = { ...row, outcome: 'negatief' };
    const meta = metaOf(ADOPTED, { ...ADOPTED, approvals: [refused] });
    expect(meta).toEqual([
      {
        field: 'approvals',
        old: row,
        new: refused,
        description: 'approval changed: 2025-03-12 M. Visser (instemming) (outcome)',
      },
    ]);
  });
});

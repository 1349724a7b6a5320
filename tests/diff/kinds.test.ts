// Known edit scripts on small policies: each change kind alone and combined, with the exact kinds expected.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import { newTextOf, oldTextOf } from '../../src/match/redline.js';
import { PART_SEPARATOR } from '../../src/diff/split.js';
import type { ClauseChange, PolicyDiff, WordOp } from '../../src/diff/types.js';
import { DEFAULT_META, policyFrom, policyOf, type SectionSpec } from './fixtures.js';

const UITGANGSPUNTEN: SectionSpec = {
  title: 'Uitgangspunten',
  id: 'uitgangspunten',
  clauses: [
    { id: 'up.belang', text: 'De school onderkent de mogelijkheden van sociale media voor het onderwijs.' },
    { id: 'up.klimaat', text: 'Dit protocol draagt bij aan een goed en veilig school- en onderwijsklimaat.' },
    { id: 'up.normen', text: 'Medewerkers, leerlingen en ouders communiceren met inachtneming van de fatsoensnormen.' },
    {
      id: 'up.naam',
      text: 'Gebruikers houden rekening met de goede naam van de school en van iedereen die erbij betrokken is.',
    },
  ],
};
const MEDEWERKERS: SectionSpec = {
  title: 'Voor medewerkers',
  id: 'medewerkers',
  clauses: [
    { id: 'mw.verantwoordelijk', text: 'Medewerkers zijn persoonlijk verantwoordelijk voor wat zij publiceren.' },
    {
      id: 'mw.titel',
      text: 'Medewerkers maken duidelijk of zij op persoonlijke titel of namens de school publiceren.',
    },
    { id: 'mw.twijfel', text: 'Bij twijfel neemt de medewerker contact op met de leidinggevende.' },
  ],
};
const BASE = [UITGANGSPUNTEN, MEDEWERKERS];

type Edit = (sections: SectionSpec[]) => void;

function edited(edit: Edit): SectionSpec[] {
  const copy: SectionSpec[] = JSON.parse(JSON.stringify(BASE)) as SectionSpec[];
  edit(copy);
  return copy;
}

function diffOf(edit: Edit): PolicyDiff {
  return diffPolicies(policyFrom(BASE), policyFrom(edited(edit)));
}

function clause(sections: SectionSpec[], section: number, index: number): { id?: string; text: string } {
  const found = sections[section]?.clauses[index];
  if (!found || typeof found === 'string') throw new Error('fixture clause missing');
  return found;
}

const kindsOf = (diff: PolicyDiff): string[][] => diff.changes.map((change) => change.kinds);
const byNewId = (diff: PolicyDiff, id: string): ClauseChange | undefined =>
  diff.changes.find((change) => change.new?.id === id);

describe('diffPolicies: change kinds', () => {
  it('reports nothing for identical versions', () => {
    const diff = diffPolicies(policyFrom(BASE), policyFrom(BASE));
    expect(diff.changes).toEqual([]);
    expect(diff.meta).toEqual([]);
    expect(diff.summary.total).toBe(0);
  });

  it('insert at the top of a numbered list: one added, the rest renumbered', () => {
    const diff = diffOf((s) =>
      s[0]?.clauses.unshift({
        id: 'up.nieuw',
        text: 'Sociale media zijn niet meer weg te denken uit het dagelijks leven.',
      }),
    );
    expect(kindsOf(diff)).toEqual([['added'], ['renumbered'], ['renumbered'], ['renumbered'], ['renumbered']]);
    expect(diff.changes[0]?.new?.id).toBe('up.nieuw');
    expect(diff.changes[1]).toMatchObject({
      old: { number: '1.1' },
      new: { number: '1.2' },
      significance: 'editorial',
      reasons: [],
    });
    // Renumbered-only entries are counted apart, not in the headline (issue 16).
    expect(diff.summary).toMatchObject({ added: 1, renumbered: 4, substantive: 1, editorial: 0, total: 1 });
  });

  it('removed', () => {
    const diff = diffOf((s) => s[1]?.clauses.splice(2, 1));
    expect(kindsOf(diff)).toEqual([['removed']]);
    expect(diff.changes[0]).toMatchObject({
      old: { id: 'mw.twijfel' },
      significance: 'substantive',
      reasons: [{ code: 'clause-removed', params: {} }],
    });
  });

  it('modified', () => {
    const diff = diffOf((s) => {
      clause(s, 1, 2).text = 'Bij twijfel neemt de medewerker contact op met de directeur.';
    });
    expect(kindsOf(diff)).toEqual([['modified']]);
    const change = diff.changes[0];
    expect(change?.significance).toBe('substantive');
    expect(change?.reasons).toEqual([{ code: 'role-changed', params: { from: 'leidinggevende', to: 'directeur' } }]);
    expect(change?.words?.filter((word) => word.op !== 'equal')).toEqual([
      { op: 'delete', text: 'leidinggevende' },
      { op: 'insert', text: 'directeur' },
    ]);
  });

  it('moved to another section', () => {
    const diff = diffOf((s) => {
      const [moved] = s[0]?.clauses.splice(3, 1) ?? [];
      if (moved) s[1]?.clauses.push(moved);
    });
    expect(byNewId(diff, 'up.naam')?.kinds).toEqual(['moved']);
    expect(byNewId(diff, 'up.naam')?.significance).toBe('editorial');
    expect(kindsOf(diff)).toEqual([['moved']]);
  });

  it('moved within a section: only the clause that moved, not everything after it', () => {
    const diff = diffOf((s) => {
      const [moved] = s[0]?.clauses.splice(0, 1) ?? [];
      if (moved) s[0]?.clauses.push(moved);
    });
    expect(byNewId(diff, 'up.belang')?.kinds).toEqual(['moved']);
    expect(diff.summary.moved).toBe(1);
    expect(diff.summary.renumbered).toBe(3);
  });

  it('moved and modified', () => {
    const diff = diffOf((s) => {
      const [moved] = s[0]?.clauses.splice(3, 1) ?? [];
      if (moved && typeof moved !== 'string')
        s[1]?.clauses.push({ ...moved, text: moved.text.replace('goede naam', 'reputatie') });
    });
    expect(kindsOf(diff)).toEqual([['moved', 'modified']]);
  });

  it('id renamed, alone and with an edit', () => {
    expect(
      kindsOf(
        diffOf((s) => {
          clause(s, 1, 0).id = 'mw.eigen-verantwoordelijkheid';
        }),
      ),
    ).toEqual([['id-renamed']]);
    const diff = diffOf((s) => {
      const target = clause(s, 1, 1);
      target.id = 'mw.namens-wie';
      target.text = target.text.replace('duidelijk', 'altijd duidelijk');
    });
    expect(kindsOf(diff)).toEqual([['id-renamed', 'modified']]);
    expect(diff.changes[0]).toMatchObject({ old: { id: 'mw.titel' }, new: { id: 'mw.namens-wie' } });
  });

  it('split into two consecutive clauses', () => {
    const whole =
      'Medewerkers zijn persoonlijk verantwoordelijk voor wat zij publiceren. Zij maken daarbij duidelijk of zij op persoonlijke titel of namens de school publiceren.';
    const before = edited((s) => {
      s[1]?.clauses.splice(0, 2, { id: 'mw.publiceren', text: whole });
    });
    const after = edited((s) => {
      s[1]?.clauses.splice(
        0,
        2,
        { id: 'mw.publiceren', text: 'Medewerkers zijn persoonlijk verantwoordelijk voor wat zij publiceren.' },
        {
          id: 'mw.titel',
          text: 'Zij maken daarbij duidelijk of zij op persoonlijke titel of namens de school publiceren.',
        },
      );
    });
    const diff = diffPolicies(policyFrom(before), policyFrom(after));
    const split = diff.changes.find((change) => change.kinds.includes('split'));
    expect(split?.kinds).toEqual(['split']);
    expect(split?.parts?.map((part) => part.id)).toEqual(['mw.publiceren', 'mw.titel']);
    // The same words in two clauses: the reader reads the same rules (issue 26 item 4).
    expect(split?.significance).toBe('editorial');
    expect(newTextOf(split?.words ?? [])).toBe(split?.parts?.map((part) => part.text).join(PART_SEPARATOR));
    expect(oldTextOf(split?.words ?? [])).toBe(whole);
    expect(diff.summary).toMatchObject({ split: 1, added: 0, removed: 0 });

    const mirror = diffPolicies(policyFrom(after), policyFrom(before));
    const merged = mirror.changes.find((change) => change.kinds.includes('merged'));
    expect(merged?.kinds).toEqual(['merged']);
    expect(merged?.parts?.map((part) => part.id)).toEqual(['mw.publiceren', 'mw.titel']);
    expect(mirror.summary).toMatchObject({ merged: 1, added: 0, removed: 0 });
  });

  it('frontmatter changes are meta changes', () => {
    const newer = {
      ...DEFAULT_META,
      version: '2.0',
      status: 'approved',
      effective: '2024-08-01',
      approvals: [
        { date: '2024-07-01', name: 'J. de Vries', role: 'Voorzitter College van Bestuur', step: 'vaststelling' },
      ],
    };
    const diff = diffPolicies(policyFrom(BASE), policyFrom(BASE, newer));
    expect(diff.changes).toEqual([]);
    expect(diff.meta.map((change) => change.description)).toEqual([
      'version 1.0 → 2.0',
      'status draft → approved',
      'effective set to 2024-08-01',
      'approval added: 2024-07-01 J. de Vries (vaststelling)',
    ]);
    // Back to version 1.0: 2.0's adoption belongs to 2.0, it was not revoked (issue 26 item 7) …
    expect(
      diffPolicies(policyFrom(BASE, newer), policyFrom(BASE)).meta.map((change) => change.description),
    ).not.toContain('approval removed: 2024-07-01 J. de Vries (vaststelling)');
    // … but taken out of the same version, it was removed.
    expect(
      diffPolicies(policyFrom(BASE, newer), policyFrom(BASE, { ...newer, approvals: [] })).meta.map(
        (change) => change.description,
      ),
    ).toContain('approval removed: 2024-07-01 J. de Vries (vaststelling)');
  });

  it('lists changes in reading order of the new version, removed ones where they stood', () => {
    const diff = diffOf((s) => {
      s[0]?.clauses.splice(1, 1); // remove up.klimaat
      clause(s, 1, 2).text = clause(s, 1, 2).text.replace('twijfel', 'enige twijfel');
      s[0]?.clauses.push({ id: 'up.slot', text: 'Dit protocol wordt elk jaar geëvalueerd door de schoolleiding.' });
    });
    expect(diff.changes.map((change) => [change.kinds.join('+'), change.new?.id ?? change.old?.id])).toEqual([
      ['removed', 'up.klimaat'],
      ['renumbered', 'up.normen'],
      ['renumbered', 'up.naam'],
      ['added', 'up.slot'],
      ['modified', 'mw.twijfel'],
    ]);
  });

  it('sub-clauses are clauses like any other', () => {
    const nested = (childText: string) =>
      policyFrom([
        {
          title: 'Regels',
          id: 'regels',
          clauses: [
            {
              id: 'r.hoofd',
              text: 'Leerlingen houden zich aan de volgende regels.',
              children: [
                { id: 'r.hoofd.a', text: 'Telefoons zijn uit tijdens de les.' },
                { id: 'r.hoofd.b', text: childText },
              ],
            },
          ],
        },
      ]);
    const diff = diffPolicies(nested('Jassen hangen aan de kapstok.'), nested('Jassen hangen niet aan de kapstok.'));
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      kinds: ['modified'],
      old: { id: 'r.hoofd.b', number: '1.1.b', sectionPath: ['Regels'] },
      reasons: [{ code: 'negation-added', params: { words: 'niet' } }],
    });
  });

  it('preamble clauses stand before the first section', () => {
    const withPreamble = (text: string) =>
      policyOf({ meta: DEFAULT_META, preamble: [{ id: 'intro', text }], sections: BASE });
    const diff = diffPolicies(
      withPreamble('Dit protocol geldt voor de hele school.'),
      withPreamble('Dit protocol geldt voor alle scholen van de stichting.'),
    );
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      kinds: ['modified'],
      old: { id: 'intro', sectionPath: [], sectionId: 'preamble' },
      significance: 'substantive',
    });
  });

  it('records where each version came from', () => {
    const diff = diffPolicies(policyFrom(BASE), policyFrom(BASE), { revisions: { old: 'v1.0', new: 'working copy' } });
    expect(diff.old).toMatchObject({
      revision: 'v1.0',
      title: 'Testbeleid',
      organisation: 'Testschool',
      version: '1.0',
      status: 'draft',
    });
    expect(diff.new.revision).toBe('working copy');
  });
});

type Segment = { equal: string } | { removed: string; added: string };

/** A redline as alternating equal stretches and changes (deletion and insertion of one place together). */
function segments(words: readonly WordOp[]): Segment[] {
  const out: Segment[] = [];
  for (const word of words) {
    const last = out[out.length - 1];
    if (word.op === 'equal') out.push({ equal: word.text });
    else if (last && 'removed' in last) {
      if (word.op === 'delete') last.removed += word.text;
      else last.added += word.text;
    } else out.push(word.op === 'delete' ? { removed: word.text, added: '' } : { removed: '', added: word.text });
  }
  return out;
}

const swap = (segment: Segment): Segment =>
  'equal' in segment ? segment : { removed: segment.added, added: segment.removed };

describe('diffPolicies: mirror', () => {
  const mirrorKind: Record<string, string> = { added: 'removed', removed: 'added', split: 'merged', merged: 'split' };
  const edits: [string, Edit][] = [
    [
      'insert',
      (s) =>
        s[1]?.clauses.splice(1, 0, { id: 'mw.nieuw', text: 'Medewerkers volgen jaarlijks een training over privacy.' }),
    ],
    [
      'edit + id rename',
      (s) => {
        const target = clause(s, 0, 1);
        target.id = 'up.veilig';
        target.text = 'Dit protocol draagt niet bij aan een veilig school- en onderwijsklimaat.';
      },
    ],
    [
      'move + edit',
      (s) => {
        const [moved] = s[1]?.clauses.splice(0, 1) ?? [];
        if (moved && typeof moved !== 'string')
          s[0]?.clauses.push({ ...moved, text: `${moved.text} Dat geldt ook buiten werktijd.` });
      },
    ],
  ];
  for (const [name, edit] of edits) {
    it(`diff(b, a) mirrors diff(a, b): ${name}`, () => {
      const a = policyFrom(BASE);
      const b = policyFrom(edited(edit));
      const forward = diffPolicies(a, b);
      const backward = diffPolicies(b, a);
      const key = (change: ClauseChange): string => `${change.old?.id ?? ''}>${change.new?.id ?? ''}`;
      const flipped = new Map(
        backward.changes.map((change) => [`${change.new?.id ?? ''}>${change.old?.id ?? ''}`, change]),
      );
      expect(backward.changes).toHaveLength(forward.changes.length);
      for (const change of forward.changes) {
        const other = flipped.get(key(change));
        expect(other, key(change)).toBeDefined();
        expect([...(other?.kinds ?? [])].sort()).toEqual(change.kinds.map((kind) => mirrorKind[kind] ?? kind).sort());
        expect(other?.significance).toBe(change.significance);
        expect(segments(other?.words ?? [])).toEqual(segments(change.words ?? []).map(swap));
        expect(oldTextOf(other?.words ?? [])).toBe(newTextOf(change.words ?? []));
        expect(newTextOf(other?.words ?? [])).toBe(oldTextOf(change.words ?? []));
      }
      expect(backward.summary.added).toBe(forward.summary.removed);
      expect(backward.summary.removed).toBe(forward.summary.added);
    });
  }
});

describe('diffPolicies: direction does not decide', () => {
  it('an id written on two clauses or two sections pairs nothing: diff(a, a) stays empty', () => {
    const sections: SectionSpec[] = [
      {
        title: 'Uitgangspunten',
        id: 'dubbel',
        clauses: [
          { id: 'zelfde', text: 'De school onderkent de mogelijkheden van sociale media voor het onderwijs.' },
          { id: 'zelfde', text: 'Dit protocol draagt bij aan een goed en veilig school- en onderwijsklimaat.' },
        ],
      },
      {
        title: 'Voor medewerkers',
        id: 'dubbel',
        clauses: ['Medewerkers zijn persoonlijk verantwoordelijk voor wat zij publiceren.'],
      },
    ];
    const policy = policyFrom(sections);
    expect(diffPolicies(policy, policy).changes).toEqual([]);
  });

  it('a split and a merge over the same clauses compete: diff(b, a) reports the mirror of diff(a, b)', () => {
    // a = [x y, z], b = [x, y z]: a.1 split into b.1 + b.2 (0.92) and a.1 + a.2 merged into b.2 (0.88) both
    // qualify. Searching splits first used to report a split both ways (0.92 forward, 0.88 backward).
    const [x, y, z] = [
      'Kort samengevat geldt het volgende voor iedereen:',
      'medewerkers zijn persoonlijk verantwoordelijk voor alles wat zij op sociale media en andere openbare kanalen publiceren over de school.',
      'Bij twijfel de leidinggevende vragen.',
    ];
    const a = policyFrom([{ title: 'Medewerkers', clauses: [`${x} ${y}`, z] }]);
    const b = policyFrom([{ title: 'Medewerkers', clauses: [x, `${y} ${z}`] }]);
    const forward = diffPolicies(a, b).summary;
    const backward = diffPolicies(b, a).summary;
    expect(forward.split + forward.merged).toBe(1);
    expect([backward.split, backward.merged, backward.added, backward.removed]).toEqual([
      forward.merged,
      forward.split,
      forward.removed,
      forward.added,
    ]);
  });
});

// Random policies, random edit scripts: whatever the matcher decides, the reported changes must account for every
// clause of both versions and their redlines must rebuild the texts exactly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffPolicies } from '../../src/diff/diff.js';
import { newTextOf, oldTextOf } from '../../src/match/redline.js';
import { PART_SEPARATOR } from '../../src/diff/split.js';
import type { ClauseRef, PolicyDiff } from '../../src/diff/types.js';
import { allClauses } from '../../src/model/walk.js';
import type { Policy } from '../../src/model/policy.js';
import { DEFAULT_META, policyOf, type ClauseSpec, type SectionSpec } from './fixtures.js';

const VOCABULARY = [
  'leerling',
  'leerlingen',
  'ouders',
  'mentor',
  'medewerker',
  'school',
  'mag',
  'moet',
  'niet',
  'geen',
  'altijd',
  'telefoon',
  'pauze',
  'les',
  'klas',
  'foto',
  'media',
  'binnen',
  'vijf',
  'dagen',
  'melden',
  'gebruiken',
  'publiceren',
  'toestemming',
  'privacy',
  'de',
  'het',
  'een',
  'en',
  'of',
  'van',
  'op',
  'in',
  'met',
  'voor',
  'na',
  'bij',
  'zonder',
  'directeur',
  'o.a.',
  'bijv.',
  'art.',
  '5',
  '12:30',
  '€ 1.000,-',
  '25 mei 2018',
  'ĳverig',
  'geïnformeerd',
  'café',
  'regels',
  'afspraken',
  'kantine',
  'schoolplein',
  'conciërge',
  'kluis',
  'jas',
  'fiets',
  'rooster',
  'toets',
];

const word = fc.constantFrom(...VOCABULARY);

interface Model {
  explicit: boolean;
  sections: { title: string; clauses: { id: string; words: string[] }[] }[];
}

const modelArb: fc.Arbitrary<Model> = fc
  .record({
    explicit: fc.boolean(),
    sections: fc.array(
      fc.record({
        title: fc.constantFrom('Uitgangspunten', 'Voor leerlingen', 'Voor medewerkers', 'Slotbepalingen', 'Privacy'),
        clauses: fc.array(fc.array(word, { minLength: 2, maxLength: 12 }), { minLength: 1, maxLength: 5 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ explicit, sections }) => {
    let next = 0;
    return {
      explicit,
      sections: sections.map((section) => ({
        title: section.title,
        clauses: section.clauses.map((words) => ({ id: `c${next++}`, words })),
      })),
    };
  });

type EditOp =
  | { kind: 'insert'; at: number; words: string[] }
  | { kind: 'delete'; at: number }
  | { kind: 'replace-word'; at: number; position: number; word: string }
  | { kind: 'insert-word'; at: number; position: number; word: string }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'split'; at: number; position: number }
  | { kind: 'merge'; at: number }
  | { kind: 'rename'; at: number };

const editArb: fc.Arbitrary<EditOp> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    words: fc.array(word, { minLength: 2, maxLength: 10 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace-word' as const), at: fc.nat(), position: fc.nat(), word }),
  fc.record({ kind: fc.constant('insert-word' as const), at: fc.nat(), position: fc.nat(), word }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat(), position: fc.nat() }),
  fc.record({ kind: fc.constant('merge' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat() }),
);

/** Applies an edit script to a copy of the model; positions wrap around so every op applies somewhere. */
function applyEdits(model: Model, edits: EditOp[]): Model {
  const copy: Model = JSON.parse(JSON.stringify(model)) as Model;
  let fresh = 1000;
  const flat = (): { section: number; index: number }[] =>
    copy.sections.flatMap((section, s) => section.clauses.map((_, index) => ({ section: s, index })));
  for (const edit of edits) {
    const places = flat();
    if (places.length === 0) break;
    const place = places[edit.at % places.length] as { section: number; index: number };
    const list = copy.sections[place.section]?.clauses ?? [];
    const target = list[place.index];
    if (!target) continue;
    switch (edit.kind) {
      case 'insert':
        list.splice(place.index, 0, { id: `c${fresh++}`, words: edit.words });
        break;
      case 'delete':
        if (places.length > 1) list.splice(place.index, 1);
        break;
      case 'replace-word':
        target.words[edit.position % target.words.length] = edit.word;
        break;
      case 'insert-word':
        target.words.splice(edit.position % (target.words.length + 1), 0, edit.word);
        break;
      case 'move': {
        list.splice(place.index, 1);
        const destination = copy.sections[edit.to % copy.sections.length]?.clauses ?? [];
        destination.splice(edit.to % (destination.length + 1), 0, target);
        break;
      }
      case 'split': {
        if (target.words.length < 4) break;
        const cut = 2 + (edit.position % (target.words.length - 3));
        list.splice(
          place.index,
          1,
          { id: target.id, words: target.words.slice(0, cut) },
          { id: `c${fresh++}`, words: target.words.slice(cut) },
        );
        break;
      }
      case 'merge': {
        const next = list[place.index + 1];
        if (next) list.splice(place.index, 2, { id: target.id, words: [...target.words, ...next.words] });
        break;
      }
      case 'rename':
        target.id = `r${fresh++}`;
        break;
    }
  }
  return copy;
}

function policyOfModel(model: Model): Policy {
  const sections: SectionSpec[] = model.sections.map((section, s) => ({
    title: section.title,
    ...(model.explicit ? { id: `s${s}` } : {}),
    clauses: section.clauses.map(
      (clause): ClauseSpec => ({ ...(model.explicit ? { id: clause.id } : {}), text: `${clause.words.join(' ')}.` }),
    ),
  }));
  return policyOf(model.explicit ? { meta: DEFAULT_META, sections } : { sections });
}

/** Checks that the diff accounts for every clause once and that its redlines rebuild both texts. */
function checkAccounts(a: Policy, b: Policy, diff: PolicyDiff): void {
  const usedOld = new Map<string, number>();
  const usedNew = new Map<string, number>();
  const use = (map: Map<string, number>, refs: (ClauseRef | undefined)[]): void => {
    for (const ref of refs) if (ref) map.set(ref.id, (map.get(ref.id) ?? 0) + 1);
  };
  for (const change of diff.changes) {
    expect(change.kinds.length).toBeGreaterThan(0);
    const olds = change.kinds.includes('merged') ? (change.parts ?? []) : [change.old];
    const news = change.kinds.includes('split') ? (change.parts ?? []) : [change.new];
    use(usedOld, olds);
    use(usedNew, news);
    const oldText = olds.map((ref) => ref?.text ?? '').join(PART_SEPARATOR);
    const newText = news.map((ref) => ref?.text ?? '').join(PART_SEPARATOR);
    if (change.kinds.includes('added')) expect(change.old).toBeUndefined();
    else if (change.kinds.includes('removed')) expect(change.new).toBeUndefined();
    else if (change.words) {
      expect(oldTextOf(change.words)).toBe(oldText);
      expect(newTextOf(change.words)).toBe(newText);
    } else {
      expect(newText).toBe(oldText);
    }
  }
  for (const count of [...usedOld.values(), ...usedNew.values()]) expect(count).toBe(1);
  // What no change mentions is unchanged: the same texts on both sides.
  const untouched = (policy: Policy, used: Map<string, number>): string[] =>
    allClauses(policy)
      .filter(({ clause }) => !used.has(clause.id))
      .map(({ clause }) => clause.text)
      .sort();
  expect(untouched(b, usedNew)).toEqual(untouched(a, usedOld));
}

describe('diff properties', () => {
  it('diff(a, a) is empty', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const policy = policyOfModel(model);
        const diff = diffPolicies(policy, policyOfModel(model));
        expect(diff.changes).toEqual([]);
        expect(diff.summary.total).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('the reported changes turn a into b, for any edit script', () => {
    fc.assert(
      fc.property(modelArb, fc.array(editArb, { maxLength: 6 }), (model, edits) => {
        const a = policyOfModel(model);
        const b = policyOfModel(applyEdits(model, edits));
        checkAccounts(a, b, diffPolicies(a, b));
        checkAccounts(b, a, diffPolicies(b, a));
      }),
      { numRuns: 150 },
    );
  });

  it('diff(b, a) counts mirror diff(a, b)', () => {
    fc.assert(
      fc.property(modelArb, fc.array(editArb, { maxLength: 6 }), (model, edits) => {
        const a = policyOfModel(model);
        const b = policyOfModel(applyEdits(model, edits));
        const forward = diffPolicies(a, b).summary;
        const backward = diffPolicies(b, a).summary;
        expect([
          backward.added,
          backward.removed,
          backward.split,
          backward.merged,
          backward.modified,
          backward.substantive,
        ]).toEqual([
          forward.removed,
          forward.added,
          forward.merged,
          forward.split,
          forward.modified,
          forward.substantive,
        ]);
      }),
      { numRuns: 150 },
    );
  });

  it('insertions alone are reported as exactly those clauses added', () => {
    const insertArb = fc.array(
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        words: fc.array(word, { minLength: 2, maxLength: 10 }),
      }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(modelArb, insertArb, (model, inserts) => {
        const a = policyOfModel(model);
        const diff = diffPolicies(a, policyOfModel(applyEdits(model, inserts)));
        expect(diff.summary.added).toBe(inserts.length);
        expect(diff.summary.removed + diff.summary.modified + diff.summary.split + diff.summary.merged).toBe(0);
        expect(diffPolicies(policyOfModel(applyEdits(model, inserts)), a).summary.removed).toBe(inserts.length);
      }),
      { numRuns: 80 },
    );
  });
});

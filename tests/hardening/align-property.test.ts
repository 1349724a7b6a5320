// compare is symmetric in its documents: for generated policies of two to four organisations, drawn from one pool of
// model clauses with their own edits, omissions, additions and order, the provisions (as sets of member clause IDs
// per organisation) and the document similarities do not depend on the order the documents are given in, and the
// similarity matrix is symmetric. (FUZZ_RUNS raises the run count.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignPolicies, type Alignment } from '../../src/compare/index.js';
import type { Policy } from '../../src/model/policy.js';
import { modelClauses, orgPolicy } from '../compare/fixtures.js';
import { propertyParameters, timeoutFor } from './runs.js';

const ORGANISATIONS = [
  ['casparus-college', 'Casparus College'],
  ['aeres-mbo', 'Aeres MBO'],
  ['flex-college', 'FLEX-College'],
  ['allure', 'Allure'],
] as const;

/** Clauses schools add of their own, so that not every clause has a partner everywhere. */
const OWN_CLAUSES = [
  'Personeelsleden voeren via WhatsApp geen discussies met ouders over cijfers.',
  'Leerlingen gebruiken hun telefoon in de pauze alleen op het schoolplein.',
  'De mentor meldt een incident binnen vijf dagen bij de directeur.',
  'Foto’s van de kantine worden niet zonder toestemming gepubliceerd.',
  'Medewerkers bewaren wachtwoorden in een kluis en nooit op papier.',
];

const SWAPS = ['altijd', 'nooit', 'leerlingen', 'ouders', 'mentor', 'medewerkers', 'de school', 'zorgvuldig'];

interface OrgShape {
  /** Indexes into the model clauses (kept in this order), with a word edit or none. */
  model: { index: number; edit: { at: number; word: string } | null }[];
  own: number[];
  /** How many sections the clauses are spread over. */
  sections: number;
}

const orgShape: fc.Arbitrary<OrgShape> = fc.record({
  model: fc.uniqueArray(
    fc.record({
      index: fc.nat(6),
      edit: fc.option(fc.record({ at: fc.nat(), word: fc.constantFrom(...SWAPS) }), { freq: 3 }),
    }),
    {
      selector: (clause) => clause.index,
      minLength: 1,
      maxLength: 7,
    },
  ),
  own: fc.uniqueArray(fc.nat(OWN_CLAUSES.length - 1), { maxLength: 2 }),
  sections: fc.integer({ min: 1, max: 3 }),
});

function edited(text: string, edit: OrgShape['model'][number]['edit']): string {
  if (!edit) return text;
  const words = text.split(' ');
  words.splice(1 + (edit.at % (words.length - 1)), 1, edit.word);
  return words.join(' ');
}

function policyOf(org: (typeof ORGANISATIONS)[number], shape: OrgShape): Policy {
  const [key, name] = org;
  const model = modelClauses(name);
  const clauses = [
    ...shape.model.map((clause) => edited(model[clause.index] ?? '', clause.edit)),
    ...shape.own.map((index) => OWN_CLAUSES[index] ?? ''),
  ];
  const size = Math.ceil(clauses.length / shape.sections);
  const sections = Array.from({ length: Math.ceil(clauses.length / size) }, (_, index) => ({
    title: ['Uitgangspunten', 'Richtlijnen', 'Slotbepalingen'][index] ?? `Deel ${index + 1}`,
    clauses: clauses.slice(index * size, (index + 1) * size),
  }));
  return orgPolicy(key, name, sections);
}

/** Two to four organisations' policies, and an order to give them in. */
const corpus = fc
  .array(orgShape, { minLength: 2, maxLength: 4 })
  .chain((shapes) =>
    fc.tuple(
      fc.constant(shapes),
      fc.shuffledSubarray(
        shapes.map((_, index) => index),
        { minLength: shapes.length, maxLength: shapes.length },
      ),
    ),
  )
  .map(([shapes, order]) => {
    const policies = shapes.map((shape, index) =>
      policyOf(ORGANISATIONS[index] as (typeof ORGANISATIONS)[number], shape),
    );
    return { policies, reordered: order.map((index) => policies[index] as Policy) };
  });

/** Each provision as `org:id+id` members, sorted: what the alignment says, whatever the order it lists things in. */
function provisionSets(alignment: Alignment): string[] {
  return alignment.provisions
    .map((provision) =>
      Object.entries(provision.members)
        .map(([key, members]) => `${key}:${members.map((member) => member.id).join('+')}`)
        .sort()
        .join(' | '),
    )
    .sort();
}

function expectSymmetricMatrix(alignment: Alignment): void {
  const keys = alignment.documents.map((document) => document.key);
  for (const a of keys) {
    expect(alignment.similarity[a]?.[a]).toBe(1);
    for (const b of keys)
      expect(alignment.similarity[a]?.[b], `similarity ${a}/${b}`).toBeCloseTo(
        alignment.similarity[b]?.[a] ?? Number.NaN,
        12,
      );
  }
}

describe('compare (alignPolicies) is symmetric in its documents', () => {
  it(
    'finds the same provisions and similarities whatever the order of the documents',
    () => {
      fc.assert(
        fc.property(corpus, ({ policies, reordered }) => {
          const first = alignPolicies(policies, { redlines: false });
          const second = alignPolicies(reordered, { redlines: false });
          expect(provisionSets(second)).toEqual(provisionSets(first));
          expectSymmetricMatrix(first);
          expectSymmetricMatrix(second);
          for (const { key: a } of first.documents) {
            for (const { key: b } of first.documents)
              expect(second.similarity[a]?.[b], `similarity ${a}/${b} after reordering`).toBeCloseTo(
                first.similarity[a]?.[b] ?? Number.NaN,
                12,
              );
          }
          // Every clause of every document is in exactly one provision as a whole; a part of it (a sentence joined
          // apart: src/compare/passes/unit-links.ts) only in a provision whose reference is another document's whole clause.
          const members = first.provisions.flatMap((provision) =>
            Object.entries(provision.members).flatMap(([key, list]) =>
              list.filter((member) => !member.part).map((member) => `${key}:${member.id}`),
            ),
          );
          expect(new Set(members).size).toBe(members.length);
          for (const provision of first.provisions)
            for (const [key, list] of Object.entries(provision.members))
              if (list.some((member) => member.part)) {
                expect(list).toHaveLength(1);
                expect(provision.reference).not.toBe(key);
              }
          expect(members.length).toBe(
            policies.reduce(
              (sum, policy) => sum + policy.sections.reduce((count, section) => count + section.clauses.length, 0),
              0,
            ),
          );
        }),
        propertyParameters(100),
      );
    },
    timeoutFor(100, 1000),
  );
});

// The defined-term pass (src/compare/passes/definition-links.ts) on made-up policies: three documents that each say what social
// media are in words of their own share one provision, and a term a document defines twice joins nothing.
import { describe, expect, it } from 'vitest';
import { alignPolicies } from '../../../src/compare/index.js';
import { prepareDocuments } from '../../../src/compare/terms/documents.js';
import { definitionsOf } from '../../../src/compare/passes/definition-links.js';
import type { Alignment } from '../../../src/compare/read/types.js';
import { orgPolicy } from '../fixtures.js';

const RULES = [
  'Medewerkers plaatsen geen foto’s van leerlingen zonder toestemming van hun ouders.',
  'Wie twijfelt over een bericht, overlegt eerst met de schoolleiding.',
];

const verzamelnaam = orgPolicy('noord', 'School Noord', [
  {
    title: 'Inleiding',
    clauses: ['Sociale media is een verzamelnaam voor internettoepassingen waarmee gebruikers informatie uitwisselen.'],
  },
  { title: 'Regels', clauses: RULES },
]);
const noemer = orgPolicy('zuid', 'School Zuid', [
  {
    title: 'Inleiding',
    clauses: ['Onder de noemer sociale media worden weblogs, fora en netwerken als Facebook geschaard.'],
  },
  { title: 'Regels', clauses: RULES },
]);
const lijst = orgPolicy('oost', 'School Oost', [
  {
    title: 'Begrippen',
    clauses: [
      'Schoolleiding: de directeur en de teamleiders;',
      'Social media: online platformen waar bezoekers zelf de inhoud maken;',
    ],
  },
  { title: 'Regels', clauses: RULES },
]);

const provisionOf = (alignment: Alignment, org: string, text: string) =>
  alignment.provisions.find((provision) => provision.members[org]?.some((member) => member.text.startsWith(text)));

describe('clauses that define the same term', () => {
  it('puts three definitions of one term, each in its own words, into one provision', () => {
    const alignment = alignPolicies([verzamelnaam, noemer, lijst], { topics: [] });
    const provision = provisionOf(alignment, 'noord', 'Sociale media is een verzamelnaam');
    expect(Object.keys(provision?.members ?? {}).sort()).toEqual(['noord', 'oost', 'zuid']);
    expect(provision?.members.oost?.[0]?.text).toMatch(/^Social media:/u);
  });

  it('takes no evidence from a term a document defines twice', () => {
    const twice = orgPolicy('west', 'School West', [
      {
        title: 'Inleiding',
        clauses: ['Sociale media is een verzamelnaam voor websites waarop iedereen berichten zet.'],
      },
      {
        title: 'Begrippen',
        clauses: ['Sociale media: platformen voor berichten en beelden;', 'Schoolleiding: de directeur;'],
      },
    ]);
    const [document] = prepareDocuments([twice]).documents;
    const terms = [...definitionsOf(document!).keys()];
    expect(terms).toHaveLength(1);
    expect(terms[0]).toMatch(/^schoolleiding$/u);
  });
});

// A comparison of three schools with every kind of open question (tests/compare/provisions/review-queue.test.ts,
// tests/render/html/review-page.test.ts): a possible match, a link in other words, a weak lead, topics the tool is
// unsure of, a weak assignment, a confirmed and a stale absence, and a topic the law requires found nowhere.
import type { Alignment, Member } from '../../src/compare/read/types.js';

const member = (id: string, status: Member['status'], similarity: number, extra: Partial<Member> = {}): Member => ({
  id,
  text: `tekst van ${id}`,
  status,
  similarity,
  line: 1,
  ...extra,
});

const document = (key: string) => ({ key, name: key, path: `${key}.md`, title: 't', organisation: key, version: '1' });

/** Three schools: a possible match at c, a "different" link at b, a confirmed one, and two topics not found. */
export const alignment: Alignment = {
  documents: [document('a'), document('b'), document('c')],
  base: 'a',
  similarity: {},
  provisions: [
    {
      label: 'Foto’s van leerlingen',
      reference: 'a',
      members: { a: [member('foto', 'reference', 1)], b: [member('beeld', 'different', 0.21)] },
      absent: ['c'],
      suggestions: { c: { id: 'plaatjes', text: 'x', line: 3, score: 0.19, shared: ['foto', 'leerling'] } },
    },
    {
      label: 'Twijfel',
      reference: 'a',
      members: {
        a: [member('twijfel', 'reference', 1)],
        b: [member('twijfel', 'different', 0.3, { confirmed: true })],
        c: [member('twijfel', 'identical', 1)],
      },
      absent: [],
    },
    {
      label: 'Sancties',
      reference: 'a',
      members: { a: [member('sanctie', 'reference', 1)], c: [member('maatregel', 'reworded', 0.6)] },
      absent: ['b'],
      notFound: { b: { lead: { id: 'gedrag', text: 'x', line: 5, score: 0.07, shared: ['gedrag', 'school'] } } },
    },
    {
      label: 'Bevestigd afwezig',
      reference: 'a',
      members: { a: [member('afwezig', 'reference', 1)], c: [member('afwezig', 'identical', 1)] },
      absent: ['b'],
      // A person confirmed it absent at b on the texts as they are: no question, though a clause comes close.
      notFound: { b: { absent: 'confirmed', lead: { id: 'x', text: 'x', line: 6, score: 0.06, shared: ['a', 'b'] } } },
    },
  ],
  topics: [
    {
      id: 'fotos',
      name: 'Foto’s',
      description: 'd',
      // a covers it on one signal of one word alone (at the threshold); c on a long signal, on one of one word, and
      // by a clause a person confirmed.
      clauses: {
        a: [{ id: 'foto', line: 1, signals: ['foto*'], score: 0.5 }],
        c: [
          { id: 'sterk', line: 1, signals: ['foto van leerlingen'], score: 0.875 },
          { id: 'zwak', line: 2, signals: ['beeld*'], score: 0.5 },
          { id: 'bevestigd', line: 3, signals: [], score: 1, confirmed: true },
        ],
      },
      notFound: {
        b: {
          looked: 4,
          candidates: [{ id: 'beeld', line: 2, text: 'x', shared: ['beeld'], score: 0.25 }],
          possible: true,
        },
      },
      provisions: [0],
    },
    {
      id: 'privacy',
      name: 'Privacy',
      description: 'd',
      clauses: {},
      notFound: {
        a: {
          looked: 4,
          candidates: [{ id: 'foto', line: 1, text: 'x', shared: ['privacy'], score: 0.25 }],
          possible: true,
          absent: 'confirmed',
        },
        b: {
          looked: 4,
          candidates: [{ id: 'beeld', line: 2, text: 'x', shared: ['privacy', 'gegevens'], score: 0.375 }],
          possible: true,
          absent: 'stale',
        },
        c: { looked: 4, candidates: [] },
      },
      provisions: [],
    },
    {
      // Required by law: a covers it; at b nothing comes near at all, at c a clause below the floor only.
      id: 'klacht',
      name: 'Klachten',
      description: 'd',
      clauses: { a: [{ id: 'twijfel', line: 2, signals: ['klacht*'], score: 0.75 }] },
      notFound: {
        b: { looked: 4, candidates: [] },
        c: { looked: 4, candidates: [{ id: 'maatregel', line: 4, text: 'x', shared: ['klacht'], score: 0.1 }] },
      },
      provisions: [],
      law: [{ law: 'WPO', article: 'art. 14', words: 'Het bevoegd gezag treft een regeling', when: 'always' }],
    },
  ],
};

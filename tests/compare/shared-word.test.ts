// Issue 24: "a shared word alone does not join two clauses". Two clauses that have one content word in common and
// nothing else (the same subject, another rule) must stay apart in every pass: pass one's pair score, pass two's
// mutual pairs (anywhere, or inside a small gap between shared provisions), pass two's provision quorum and the
// sentence units. The documents around them share their other rules word for word, so the order evidence is there,
// and a control shows that a reworded clause in the same place is joined. The code before this test already kept
// these apart; the test holds it so: with the shared-word conditions of second-pass.ts and unit-links.ts set to one
// word, the two-word case is joined and fails here. Not covered, because it still happens: two words in common in
// one sentence of a longer clause ("Via deze media delen mensen verhalen, kennis en ervaringen" joins the seeds'
// "kennis en informatie te delen" through three documents' agreement; docs/compare.md, Limits).
import { describe, expect, it } from 'vitest';
import { alignPolicies } from '../../src/compare/index.js';
import { orgPolicy } from './fixtures.js';

const section = (clauses: string[], title = 'Richtlijnen') => ({ title, clauses });

/** Rules the documents share word for word: the anchors around the clauses under test. */
const SHARED_BEFORE = [
  'Medewerkers nemen de fatsoensnormen in acht op sociale media.',
  'Bij twijfel neemt de medewerker contact op met de leidinggevende.',
];
const SHARED_AFTER = [
  'Vertrouwelijke informatie wordt nooit op sociale media geplaatst.',
  'Het protocol wordt elke twee jaar geëvalueerd door de directie.',
];

function together(alignment: ReturnType<typeof alignPolicies>, a: [string, string], b: [string, string]): boolean {
  return alignment.provisions.some(
    (provision) =>
      provision.members[a[0]]?.some((member) => member.id === a[1]) &&
      provision.members[b[0]]?.some((member) => member.id === b[1]),
  );
}

describe('a shared word alone', () => {
  // Each case: the clause under test in the first documents, and a clause of the last one that shares one word with it.
  const cases: [string, string, string][] = [
    ['two-word clauses, one word in common', 'Fotografie verboden.', 'Fotografie aangeboden.'],
    [
      'one word and function words in common',
      'Filmen is in de gymzaal niet toegestaan.',
      'Filmen wordt bij de open dag door de ouders gedaan.',
    ],
    [
      'short clauses, one rare word in common',
      'Fotografie tijdens de examens is verboden.',
      'Fotografie wordt als keuzevak aangeboden in klas vier.',
    ],
    [
      '"kennis" as knowledge and as acquaintance',
      'Het is betrokkenen toegestaan kennis en informatie te delen.',
      'Ouders maken kennis met de mentor tijdens de eerste ouderavond.',
    ],
    [
      'one word in common with clauses of three documents (the provision quorum)',
      'Leerlingen mogen hun telefoon tijdens de les niet gebruiken.',
      'De telefoon van de administratie is op werkdagen bereikbaar tot vijf uur.',
    ],
  ];
  it('while a reworded clause in the same place, sharing several words, is joined (the control)', () => {
    const rule = 'Leerlingen mogen hun telefoon tijdens de les niet gebruiken.';
    const documents = ['alpha', 'beta', 'gamma'].map((key) =>
      orgPolicy(key, key, [section([...SHARED_BEFORE, rule, ...SHARED_AFTER])]),
    );
    const reworded = 'Tijdens de les gebruiken leerlingen hun mobiele telefoon niet.';
    const last = orgPolicy('delta', 'delta', [section([...SHARED_BEFORE, reworded, ...SHARED_AFTER])]);
    const alignment = alignPolicies([...documents, last]);
    expect(together(alignment, ['alpha', 'richtlijnen.3'], ['delta', 'richtlijnen.3'])).toBe(true);
  });

  for (const [name, rule, other] of cases) {
    it(`does not join two clauses: ${name}`, () => {
      const documents = ['alpha', 'beta', 'gamma'].map((key) =>
        orgPolicy(key, key, [section([...SHARED_BEFORE, rule, ...SHARED_AFTER])]),
      );
      const last = orgPolicy('delta', 'delta', [section([...SHARED_BEFORE, other, ...SHARED_AFTER])]);
      const alignment = alignPolicies([...documents, last]);
      // The anchors are joined, so the gap between them holds one free clause a side: the easiest case to join.
      expect(together(alignment, ['alpha', 'richtlijnen.1'], ['delta', 'richtlijnen.1'])).toBe(true);
      expect(together(alignment, ['alpha', 'richtlijnen.5'], ['delta', 'richtlijnen.5'])).toBe(true);
      expect(together(alignment, ['alpha', 'richtlijnen.3'], ['beta', 'richtlijnen.3'])).toBe(true);
      for (const key of ['alpha', 'beta', 'gamma'])
        expect(together(alignment, [key, 'richtlijnen.3'], ['delta', 'richtlijnen.3'])).toBe(false);
    });
  }
});

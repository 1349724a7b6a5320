// Issue 68: a clausemark PDF/A's attached Markdown is the text on its pages when a PDF reader runs words together
// ("schoolgeeft", "aanderden": a missed space between two words of a line), and is still refused when the pages say
// something else, run together or not: every piece of a split word is counted and checked as a word, a negation
// among them too.
import { describe, expect, it } from 'vitest';
import { attachmentAgrees } from '../../../src/import/readers/pdf-attachment.js';

const SOURCE = `---
id: privacyreglement
title: Privacyreglement
organisation: Casparus College
version: "1.0"
---

## Verstrekking {#verstrekking}

1. {#vs.derden} De school geeft persoonsgegevens aan derden alleen met toestemming van de ouders.
2. {#vs.termijn} Gegevens worden bewaard tot twee jaar na het vertrek van de leerling.
`;

/** The pages as a reader gives them: the title, the section, the two articles with their numbers. */
const pages = (first: string, second: string): string[] => [
  'Privacyreglement',
  '1 Verstrekking',
  `1.1 ${first}`,
  `1.2 ${second}`,
];

const FIRST = 'De school geeft persoonsgegevens aan derden alleen met toestemming van de ouders.';
const SECOND = 'Gegevens worden bewaard tot twee jaar na het vertrek van de leerling.';

describe('an attachment against pages whose words a reader ran together', () => {
  it('agrees with pages that say its words, spaced as written', () => {
    expect(attachmentAgrees(SOURCE, pages(FIRST, SECOND))).toEqual({ agrees: true, differing: [] });
  });

  it('agrees with the same words run together', () => {
    const run = attachmentAgrees(
      SOURCE,
      pages(
        'De schoolgeeft persoonsgegevens aanderden alleen mettoestemming vande ouders.',
        'Gegevens wordenbewaard tot tweejaar na hetvertrek van deleerling.',
      ),
    );
    expect(run).toEqual({ agrees: true, differing: [] });
  });

  it('refuses pages that say another word, run together or not', () => {
    const run = attachmentAgrees(
      SOURCE,
      pages('De schoolverkoopt persoonsgegevens aanderden.', 'Gegevens wordenbewaard tot tweejaar na hetvertrek.'),
    );
    expect(run.agrees).toBe(false);
    expect(run.differing).toContain('geeft');
  });

  it('refuses a negation hidden in a run-together word', () => {
    const run = attachmentAgrees(
      SOURCE,
      pages('De school geeftgeen persoonsgegevens aan derden alleen met toestemming van de ouders.', SECOND),
    );
    expect(run.agrees).toBe(false);
    expect(run.differing.join(' ')).toMatch(/geen/);
  });
});

// The cover and colophon of a policy adopted by hand (no hash) print a note beside "Vastgesteld" (src/wording/
// adoption-note.ts): its negations ("niet", "geen") and the short commit of git's evidence are clausemark's words.
const ADOPTED_BY_HAND = SOURCE.replace(
  'version: "1.0"\n',
  'version: "1.0"\napprovals:\n  - name: A. Jansen\n    role: Voorzitter College van Bestuur\n    date: 2025-03-26\n',
);
const UNRECORDED =
  'tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is';

describe('an attachment adopted by hand, against pages that print the note beside its status', () => {
  it('agrees where the note stands whole, broken over two lines, on the cover and in the colophon', () => {
    const [before, after] = [UNRECORDED.slice(0, 60), UNRECORDED.slice(60)];
    const cover = ['Status: Vastgesteld', before, after];
    expect(attachmentAgrees(ADOPTED_BY_HAND, [...cover, ...pages(FIRST, SECOND), UNRECORDED])).toEqual({
      agrees: true,
      differing: [],
    });
  });

  it('agrees where the note says why git cannot tell (a shallow clone), its negations whole', () => {
    const shallow = `${UNRECORDED}, want de git-geschiedenis is niet volledig (ondiepe kopie)`;
    expect(attachmentAgrees(ADOPTED_BY_HAND, ['Status: Vastgesteld', shallow, ...pages(FIRST, SECOND)])).toEqual({
      agrees: true,
      differing: [],
    });
  });

  it('agrees where the note says git does not follow the history before a commit, the commit any word', () => {
    const cut = `${UNRECORDED}, want de geschiedenis vóór commit a1b2c3d is niet gevolgd (git verbindt het bestand niet met het bestand dat eerder verwijderd werd)`;
    expect(attachmentAgrees(ADOPTED_BY_HAND, ['Status: Vastgesteld', cut, ...pages(FIRST, SECOND)])).toEqual({
      agrees: true,
      differing: [],
    });
  });

  it('still refuses a negation the text does not have, beside the note', () => {
    const run = attachmentAgrees(ADOPTED_BY_HAND, [
      UNRECORDED,
      ...pages('De school geeft geen persoonsgegevens aan derden alleen met toestemming van de ouders.', SECOND),
    ]);
    expect(run.agrees).toBe(false);
    expect(run.differing).toContain('geen');
  });

  it('refuses the note on the pages of a policy whose adoption records its hash', () => {
    const recorded = ADOPTED_BY_HAND.replace('date: 2025-03-26\n', `date: 2025-03-26\n    hash: ${'a'.repeat(64)}\n`);
    expect(attachmentAgrees(recorded, [UNRECORDED, ...pages(FIRST, SECOND)]).agrees).toBe(false);
  });

  it('agrees with the note of git evidence and its short commit', () => {
    const changed =
      'gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit 3f9a1c2 van 26 maart 2025, die de vaststelling vastlegde';
    expect(attachmentAgrees(ADOPTED_BY_HAND, [changed, ...pages(FIRST, SECOND)])).toEqual({
      agrees: true,
      differing: [],
    });
  });

  it('agrees with the note that git shows the adopted words, its short commit and day', () => {
    const adopted = 'vastgestelde tekst volgens git (commit 3f9a1c2, vaststelling 26 maart 2025)';
    expect(attachmentAgrees(ADOPTED_BY_HAND, ['Status: Vastgesteld', adopted, ...pages(FIRST, SECOND)])).toEqual({
      agrees: true,
      differing: [],
    });
  });
});

// A short commit may have no digit ("deadbee"): named as a commit by the note, it is clausemark's figure as one with a
// digit is; a hexadecimal word elsewhere is the pages' own unless the repository holding the PDF has that commit.
describe('an attachment adopted by hand, against pages whose note names a commit without a digit', () => {
  const changed =
    'gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit deadbee van 26 maart 2025, die de vaststelling vastlegde';
  const adopted = 'adopted text according to git (commit facade0d, adoption 26 March 2025)';

  it('agrees where "commit" names it, in either note, short or whole', () => {
    for (const note of [changed, adopted, changed.replace('deadbee', 'deadbeefcafe'.repeat(3).slice(0, 40))])
      expect(attachmentAgrees(ADOPTED_BY_HAND, ['Status: Vastgesteld', note, ...pages(FIRST, SECOND)])).toEqual({
        agrees: true,
        differing: [],
      });
  });

  it('refuses the same word where no "commit" names it, and one that is too short or not hexadecimal', () => {
    for (const [line, word] of [
      ['De school deadbee.', 'deadbee'],
      ['in commit deadbe van', 'deadbe'],
      ['in commit deadbez van', 'deadbez'],
    ] as const) {
      const run = attachmentAgrees(ADOPTED_BY_HAND, [line, ...pages(FIRST, SECOND)]);
      expect(run.agrees, line).toBe(false);
      expect(run.differing, line).toContain(word);
    }
  });

  it('agrees with a word the repository has as a commit, asking it of no more than eight words', () => {
    const asked: string[] = [];
    const known = (hash: string): boolean => {
      asked.push(hash);
      return hash === 'deadbee';
    };
    expect(attachmentAgrees(ADOPTED_BY_HAND, ['deadbee', ...pages(FIRST, SECOND)], known).agrees).toBe(true);
    const many = Array.from({ length: 12 }, (_, index) => `deadbe${'abcdef'[index % 6]}${'abcdef'[index % 5]}`);
    asked.length = 0;
    expect(attachmentAgrees(ADOPTED_BY_HAND, [many.join(' '), ...pages(FIRST, SECOND)], known).agrees).toBe(false);
    expect(asked.length).toBeLessThanOrEqual(8 * 2);
  });
});

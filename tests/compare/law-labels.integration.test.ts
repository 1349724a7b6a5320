// "Wat de wet vraagt" on the hand-labelled regulations of tests/fixtures/law-labels (issue 70), per kind: no ✓ the
// labels call false, no requirement shown as binding an organisation the law does not bind (nor left "indien van
// toepassing" for one that stated its sector and body), and none of a binding law shown "niet van toepassing". The
// figures are printed (docs/compare.md quotes them). Reads ../shared/dev-corpus. The meldcode and the
// medezeggenschapsreglement are measured on fixtures written in this repository for the purpose
// (tests/fixtures/law-labels/documents/), not on real documents: ../shared holds no document of either kind.
import { describe, expect, it } from 'vitest';
import {
  devCorpus,
  LAW_LABELLED_FEW_KINDS,
  LAW_LABELLED_KINDS,
  LAW_LABELLED_REPO_KINDS,
  type LawScore,
  lawScoreLine,
  scoreLawKind,
} from './law-labels.js';

/** What the view must never say: a false ✓, a requirement binding whom it does not bind, a binding law "niet van toepassing". */
function expectNothingFalse(score: LawScore): void {
  expect(score.falseTicks).toEqual([]);
  expect(score.wrongBinding).toEqual([]);
  expect(score.missedBinding).toEqual([]);
  expect(score.notExcluded).toEqual([]);
}

/**
 * The sectors the view must treat differently: for `kind`'s organisation of `sector`, every row of `own` binds or waits
 * only on a condition, and every row of the laws of other sectors is "niet van toepassing".
 */
function expectSector(kind: string, sector: string, own: string, others: readonly string[]): void {
  const stated = scoreLawKind(kind).sectors.filter((entry) => entry.sector === sector);
  expect(stated.length, `${kind}: an organisation of sector ${sector}`).toBeGreaterThan(0);
  for (const { key, laws } of stated) {
    expect(laws[own]?.binds, `${key}: ${own} binds`).toBeGreaterThan(0);
    expect(laws[own]?.excluded, `${key}: ${own} never "niet van toepassing"`).toBe(0);
    for (const law of others) {
      const tally = laws[law];
      if (!tally) continue;
      expect(tally.binds + tally.conditional, `${key}: ${law} "niet van toepassing"`).toBe(0);
      expect(tally.excluded).toBeGreaterThan(0);
    }
  }
}

/** `kind`'s score printed and sound, with more than `fewestRows` rows and most requirements met given their ✓. */
function expectSoundKind(kind: string, fewestRows: number): void {
  const score = scoreLawKind(kind);
  console.log(lawScoreLine(kind, score));
  expect(score.rows).toBeGreaterThan(fewestRows);
  expectNothingFalse(score);
  // The ✓ it gives are worth having: most requirements the labels call met get theirs.
  expect(score.metTicked / score.met).toBeGreaterThan(0.5);
}

const title = 'what the law asks, on the labelled regulations';

describe.skipIf(!devCorpus.present)(devCorpus.present ? title : `${title} (skipped: ${devCorpus.absent})`, () => {
  for (const kind of LAW_LABELLED_KINDS) {
    it(
      `${kind}: 0 false ✓, no requirement binding an organisation it does not bind`,
      () => expectSoundKind(kind, 30),
      120_000,
    );
  }
  for (const kind of LAW_LABELLED_FEW_KINDS) {
    it(
      `${kind}: 0 false ✓, no requirement binding an organisation it does not bind`,
      () => expectSoundKind(kind, 8),
      120_000,
    );
  }
  it('klachtenregeling of an mbo institution: WEB 7.5.2 binds it, WPO, WEC, WVO 2020 and the Awb do not', () => {
    expectSector('klachtenregeling', 'mbo', 'WEB', ['WPO', 'WEC', 'WVO 2020', 'Awb']);
  }, 120_000);
  it('klachtenregeling of an so/vso school: WEC 23 binds it, WPO, WVO 2020, WEB and the Awb do not', () => {
    expectSector('klachtenregeling', 'so-vso', 'WEC', ['WPO', 'WVO 2020', 'WEB', 'Awb']);
  }, 120_000);
});

describe('what the law asks, on the labelled documents written for this repository', () => {
  for (const kind of LAW_LABELLED_REPO_KINDS) {
    it(
      `${kind}: 0 false ✓, no requirement binding an organisation it does not bind`,
      () => expectSoundKind(kind, 8),
      120_000,
    );
  }
  it('meldcode of an mbo institution: WEB 1.3.9 and the Besluit bind it, WPO 4b, WVO 2020 3.41 and WEC 5 do not', () => {
    expectSector('meldcode', 'mbo', 'WEB', ['WPO', 'WVO 2020', 'WEC']);
    expectSector('meldcode', 'mbo', 'Besluit verplichte meldcode', ['WPO', 'WVO 2020']);
  });
  it('meldcode of an so/vso school: WEC 5 and the Besluit bind it, WPO 4b, WVO 2020 3.41 and WEB 1.3.9 do not', () => {
    expectSector('meldcode', 'so-vso', 'WEC', ['WPO', 'WVO 2020', 'WEB']);
  });
  it('medezeggenschapsreglement: WMS 24 binds an so/vso school and not an mbo institution', () => {
    expectSector('medezeggenschapsreglement', 'so-vso', 'WMS', []);
    const mbo = scoreLawKind('medezeggenschapsreglement').sectors.find((entry) => entry.sector === 'mbo');
    expect(mbo?.laws.WMS).toMatchObject({ binds: 0, conditional: 0 });
    expect(mbo?.laws.WMS?.excluded).toBeGreaterThan(0);
  });
});

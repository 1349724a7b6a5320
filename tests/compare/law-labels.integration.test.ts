// "Wat de wet vraagt" on the hand-labelled regulations of tests/fixtures/law-labels (issue 70), per kind: no ✓ the
// labels call false, no requirement shown as binding an organisation the law does not bind, and none of a binding law
// shown "niet van toepassing". The figures are printed (docs/compare.md quotes them). Reads ../shared/dev-corpus.
import { describe, expect, it } from 'vitest';
import {
  devCorpus,
  LAW_LABELLED_FEW_KINDS,
  LAW_LABELLED_KINDS,
  LAW_LABELLED_REPO_KINDS,
  LAW_LABELLED_UNLISTED_KINDS,
  type LawScore,
  lawScoreLine,
  readLawLabels,
  scoreLawKind,
} from './law-labels.js';

/** What the view must never say: a false ✓, a requirement binding whom it does not bind, a binding law "niet van toepassing". */
function expectNothingFalse(score: LawScore): void {
  expect(score.falseTicks).toEqual([]);
  expect(score.wrongBinding).toEqual([]);
  expect(score.missedBinding).toEqual([]);
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
  for (const kind of LAW_LABELLED_UNLISTED_KINDS) {
    it(`${kind}: no legal requirement listed, so none a false ✓ or binding wrongly`, () => {
      const score = scoreLawKind(kind);
      const labelledMet = Object.values(readLawLabels(kind).requirements)
        .flatMap((labels) => Object.values(labels))
        .filter((label) => label === 'met').length;
      console.log(`${lawScoreLine(kind, score)}; the labels call ${labelledMet} requirements met`);
      expectNothingFalse(score);
    }, 120_000);
  }
});

describe('what the law asks, on the labelled documents written for this repository', () => {
  for (const kind of LAW_LABELLED_REPO_KINDS) {
    it(
      `${kind}: 0 false ✓, no requirement binding an organisation it does not bind`,
      () => expectSoundKind(kind, 8),
      120_000,
    );
  }
});

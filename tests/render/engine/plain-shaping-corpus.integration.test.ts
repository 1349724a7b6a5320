// Every distinct word of ../shared/dev-corpus laid out the plain way (src/render/engine/plain-shaping.ts) equals
// fontkit's run in every shipped font file (the policies' words: tests/render/engine/plain-shaping.test.ts).
// fontkit's side is the digest of its runs kept in tests/fixtures/render/plain-shaping-corpus.json while fontkit,
// pdfkit, the font and the words are those it was made from, else laid out again (tests/support/fontkit-reference.ts).
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../support/paths.js';
import { CORPUS_REFERENCE } from '../../support/fontkit-reference.js';
import { compareWithReference, distinctWords, shippedFonts, textFiles } from '../../support/plain-shaping.js';

const corpus = sharedData('dev-corpus');

// Skipped, with the folder named in its title, where ../shared is not beside this clone.
describe.skipIf(!corpus.present)('plain word layout over ../shared/dev-corpus', () => {
  const words = corpus.present ? distinctWords(textFiles(corpus.dir)) : [];
  it.each(shippedFonts().map((file) => [basename(file), file]))(
    'lays out every word as fontkit does in %s',
    (_name, file) => {
      const comparison = compareWithReference(CORPUS_REFERENCE, file, words);
      expect(comparison.differing).toEqual([]);
      expect(comparison.plain).toBeGreaterThan(comparison.total / 2);
    },
    600_000,
  );
});

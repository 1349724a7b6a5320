// src/parse/chunks.ts reads a large document in pieces cut before top-level headings; the tree must be the one
// remark gives for the whole. Generated documents (policy-shaped ones and a soup of Markdown fragments behind
// container prefixes, tests/parse/fast-documents.ts) are strung together between headings past the size where the
// cutting starts, and both trees compared as JSON, positions included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_LENGTH, CHUNKED_MIN_LENGTH, chunkStarts } from '../../src/parse/chunks.js';
import { parseMarkdown, processor } from '../../src/parse/index.js';
import { lineSoup, policyDocument } from './fast-documents.js';

/** Pieces repeated between headings (blank lines or not around them) until the text is past the cutting size. */
function strung(pieces: readonly string[], blanks: readonly boolean[]): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < CHUNKED_MIN_LENGTH + CHUNK_LENGTH; n++) {
    const piece = pieces[n % pieces.length] as string;
    const heading = `${'#'.repeat((n % 3) + 1)} Deel ${n}`;
    const part = blanks[n % blanks.length] ? `\n\n${heading}\n\n${piece}` : `\n${heading}\n${piece}`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

describe('reading a large document in pieces', () => {
  it('gives remark’s tree of the whole for generated documents strung together', async () => {
    const piece = fc.oneof(
      policyDocument.map((text) => text.replace(/^---[\s\S]*?\n---\n/, '')),
      lineSoup,
    );
    // Asynchronous, with a turn of the event loop per document, so the worker answers vitest between the long parses.
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        async (pieces, blanks) => {
          await new Promise((resolve) => setImmediate(resolve));
          const text = strung(pieces, blanks);
          fc.pre(chunkStarts(text).length > 0);
          // Each tree as JSON before the other is read, so the first is garbage while remark reads the whole.
          const inPieces = JSON.stringify(parseMarkdown(text, 'remark'));
          expect(inPieces === JSON.stringify(processor.parse(text))).toBe(true);
        },
      ),
      { numRuns: 6 },
    );
  }, 600_000);
});

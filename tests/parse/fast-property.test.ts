// The long comparisons of the fast Markdown path with remark (see fast.test.ts for the quick ones): fast-check's
// generated documents and, when ../shared has them, the German law texts (each a civil code parsed twice). They
// run in the property lane (`npm run test:property`), so the unit lane stays quick.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/index.js';
import { parseMarkdownFast } from '../../src/parse/fast/index.js';
import { sharedData } from '../support/paths.js';
import { expectSameParse, expectSameTree, markdownFiles, read } from './fast-compare.js';
import { lineSoup, policyDocument } from './fast-documents.js';

describe('fast Markdown path on German law texts', () => {
  const { dir, absent } = sharedData('bench-data', 'de-law-versions');
  const laws = markdownFiles(dir);
  // Without the folder the suite still holds a test, reported as skipped with the reason (an empty suite fails).
  if (laws.length === 0) it.skip(`every law text parses the same — skipped: ${absent}`, () => {});
  // A civil code is parsed twice per test: a minute or more on a loaded 2-core machine.
  else
    it.each(laws.map((file) => [file.slice(dir.length + 1)]))(
      '%s parses the same',
      (name) => {
        expect(expectSameParse(read(join(dir, name)), name)).toBe(true);
      },
      300_000,
    );
});

describe('fast Markdown path on generated documents', () => {
  it('parses policy-shaped documents the same, and takes nearly all of them', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(policyDocument, (source) => {
        runs++;
        if (expectSameParse(source)) taken++;
      }),
      { numRuns: 250 },
    );
    expect(taken / runs).toBeGreaterThan(0.9);
  });

  it('builds the same tree for lines of Markdown fragments in random containers, or declines', () => {
    let taken = 0;
    fc.assert(
      fc.property(lineSoup, (source) => {
        const fast = parseMarkdownFast(source);
        if (fast) {
          taken++;
          expectSameTree(fast, parseMarkdown(source, 'remark'));
        }
      }),
      { numRuns: 1500 },
    );
    // The soup is built to be hard; still, most of it must be taken, or this test would prove nothing.
    expect(taken).toBeGreaterThan(350);
  });
});

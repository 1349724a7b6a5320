// The guard before remark-gfm's address search (src/parse/autolink-literals.ts) changes no tree: generated
// policies, with and without addresses, parse exactly as with remark-gfm alone, positions included.
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/index.js';
import { policySource } from '../fmt/arbitraries.js';
import { policyDocument } from './fast-documents.js';

const unguarded = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const normalised = (source: string): string => source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

const ADDRESS = /@|https?:\/\/|www\./i;
const generated = fc.oneof(policySource, policyDocument).map(normalised);
// Both sides of the guard, about half the runs each, made so rather than left to chance: the generated policies
// alone had an address in a varying share of runs, and a run with too few of one kind failed the count below.
const withoutAddress = generated.map((text) => text.replace(new RegExp(ADDRESS.source, 'gi'), ''));
const withAddress = generated.map(
  (text) => `${text}\n\nZie www.example.nl, https://example.nl/privacy of info@example.nl.\n`,
);

describe('remark parse with the address-search guard', () => {
  it('builds the same tree as remark-gfm alone', () => {
    let addressed = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(withoutAddress, withAddress), (text) => {
        runs++;
        if (ADDRESS.test(text)) addressed++;
        expect(parseMarkdown(text, 'remark')).toEqual(unguarded.parse(text));
      }),
      { numRuns: 60 },
    );
    // Both kinds must be common, or one side of the guard would go untested.
    expect(addressed).toBeGreaterThan(runs / 5);
    expect(runs - addressed).toBeGreaterThan(runs / 5);
  });
});

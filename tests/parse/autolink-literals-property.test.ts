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

describe('remark parse with the address-search guard', () => {
  it('builds the same tree as remark-gfm alone', () => {
    let withAddress = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(policySource, policyDocument), (source) => {
        const text = normalised(source);
        runs++;
        if (/@|https?:\/\/|www\./i.test(text)) withAddress++;
        expect(parseMarkdown(text, 'remark')).toEqual(unguarded.parse(text));
      }),
      { numRuns: 60 },
    );
    // Both kinds must be common, or one side of the guard would go untested.
    expect(withAddress).toBeGreaterThan(runs / 5);
    expect(runs - withAddress).toBeGreaterThan(runs / 5);
  });
});

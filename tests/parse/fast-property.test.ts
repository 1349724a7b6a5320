// The long comparisons of the fast Markdown path with remark (see fast.test.ts and fast.integration.test.ts for the
// others): fast-check's generated documents and a policy over 256 KB (remark takes seconds on
// it); the German law texts are in fast-laws-property.test.ts. They run in the property lane
// (`npm run test:property`), so the unit lane stays quick.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Nodes, Root } from 'mdast';
import { parseMarkdown, parsePolicy } from '../../src/parse/index.js';
import { parseMarkdownFast } from '../../src/parse/fast/index.js';
import { expectSameParse, expectSameTree, policyView } from './fast-compare.js';
import { lineSoup, listTable, policyDocument, tabbedDocument, tabSoup } from './fast-documents.js';

/** How many of `numRuns` whole documents the fast path takes, each read exactly as remark reads it. */
function documentsTaken(documents: fc.Arbitrary<string>, numRuns: number): number {
  let taken = 0;
  fc.assert(
    fc.property(documents, (source) => {
      if (expectSameParse(source)) taken++;
    }),
    { numRuns },
  );
  return taken;
}

/** How many of `numRuns` Markdown fragments the fast path takes, each with remark's tree; the rest it declines. */
function fragmentsTaken(fragments: fc.Arbitrary<string>, numRuns: number): number {
  let taken = 0;
  fc.assert(
    fc.property(fragments, (source) => {
      const fast = parseMarkdownFast(source);
      if (fast) {
        taken++;
        expectSameTree(fast, parseMarkdown(source, 'remark'));
      }
    }),
    { numRuns },
  );
  return taken;
}

describe('fast Markdown path on generated documents', () => {
  it('parses policy-shaped documents the same, and takes nearly all of them', () => {
    expect(documentsTaken(policyDocument, 250) / 250).toBeGreaterThan(0.9);
  });

  it('builds the same tree for lines of Markdown fragments in random containers, or declines', () => {
    // The soup is built to be hard; still, most of it must be taken, or this test would prove nothing.
    expect(fragmentsTaken(lineSoup, 1500)).toBeGreaterThan(350);
  });

  it('builds the same tree for tables in nested list items, or declines', () => {
    // A quarter of them is declined (a header row without a pipe, a header or HTML on a lazy line …).
    expect(fragmentsTaken(listTable, 1000)).toBeGreaterThan(600);
  });

  it('parses documents with tabs and web addresses the same, and takes most of them', () => {
    // Half of them hold a tab in code, HTML, a quote or a footnote, which remark reads (src/parse/fast/tabs.ts).
    expect(documentsTaken(tabbedDocument, 250) / 250).toBeGreaterThan(0.35);
  });

  it('builds the same tree for lines with tabs and web addresses in random containers, or declines', () => {
    // Most lines put a tab where remark must read it (in a quote, in code); a fifteenth of them are taken.
    expect(fragmentsTaken(tabSoup, 3000)).toBeGreaterThan(120);
  });
});

describe('choosing the Markdown reader', () => {
  const clause = (n: number): string =>
    `${n}. {#c${n}} Leerlingen en ouders worden *tijdig* geïnformeerd over [het beleid](https://example.nl/b).`;
  const large = ['# Groot reglement', '', ...Array.from({ length: 3000 }, (_, i) => clause(i + 1)), ''].join('\n');

  it('reads sources of every size with the fast path, and those it declines with remark', () => {
    expect(large.length).toBeGreaterThan(256 * 1024);
    const emphasis = (tree: Root): Nodes | undefined => {
      const list = tree.children.find((node) => node.type === 'list');
      const paragraph = list?.type === 'list' ? list.children[0]?.children[0] : undefined;
      return paragraph?.type === 'paragraph' ? paragraph.children[1] : undefined;
    };
    // Inline nodes past the first text carry positions only when remark read the document.
    expect(emphasis(parseMarkdown(large))?.position).toBeUndefined();
    expect(emphasis(parseMarkdown(large, 'remark'))?.position).toBeDefined();
    const small = large.slice(0, 4000);
    expect(emphasis(parseMarkdown(small))?.position).toBeUndefined();
    // A tilde (GFM strikethrough) is one thing the fast path hands to remark (src/parse/fast/index.ts).
    expect(emphasis(parseMarkdown(`${small}\n~\n`))?.position).toBeDefined();
  });

  it('gives a large policy the same model either way', () => {
    const fast = parsePolicy(large, { path: 'policies/groot/reglement.md' });
    const remark = parsePolicy(large, { path: 'policies/groot/reglement.md', markdown: 'remark' });
    expect(policyView(fast.policy)).toEqual(policyView(remark.policy));
    expect(fast.policy.sections).toHaveLength(0);
    expect(fast.policy.preamble.clauses[2999]?.idPosition?.start).toEqual({
      line: 3002,
      column: 7,
      offset: expect.any(Number),
    });
  });
});

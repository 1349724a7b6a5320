// The fast Markdown path (src/parse/fast) must build what remark builds. For every seed policy, every Markdown
// fixture and the format spec's example: either the fast path declines (only the files listed below, for the
// reason given), or the Policy equals remark's (meta, sections, clauses, footnotes, positions of blocks and `{#id}`
// markers) and so does the mdast tree — except inline positions, which the fast path leaves out but for the text
// nodes markers are read from. In the integration lane: a claim over every one of the project's documents. The
// quick cases are in fast.test.ts; large texts and generated documents in fast-property.test.ts, the German law
// texts in fast-laws-property.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainFastPath } from '../../src/parse/fast/index.js';
import { PROJECT_ROOT, shippedPolicyPaths } from '../support/paths.js';
import { expectSameParse, markdownFiles, read } from './fast-compare.js';

/** Files the fast path declines, and why: each for a construct it does not reproduce (see src/parse/fast). */
const DECLINED: Record<string, string> = {
  // Its addresses stand beside a footnote call, which needs the rest of the document to resolve.
  'tests/render/pdf/fixtures/kitchen-sink.md': 'autolink literals beside a footnote call',
  'tests/fixtures/bad/policies/garbage.md': 'tildes',
  'tests/fixtures/bad/policies/frontmatter-not-closed.md': 'an unclosed frontmatter fence',
  'tests/fixtures/bad/policies/nested-65-levels.md': 'very deep nesting',
};

describe('fast Markdown path on the project’s own documents', () => {
  const files = [
    // The corpus clausemark ships, not whatever a school keeps in its clone's policies/ (issue 39 item 7).
    ...shippedPolicyPaths(),
    ...markdownFiles(join(PROJECT_ROOT, 'tests', 'fixtures')),
    ...markdownFiles(join(PROJECT_ROOT, 'tests', 'render', 'pdf', 'fixtures')),
  ];

  it('finds the seed policies and fixtures', () => {
    expect(files.filter((file) => file.includes('/policies/') && file.endsWith('social-media.md'))).toHaveLength(5);
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [file.slice(PROJECT_ROOT.length + 1)]))('%s parses the same', (file) => {
    const source = read(join(PROJECT_ROOT, file));
    const taken = expectSameParse(source, file);
    const reason = DECLINED[file];
    // Only the files listed above may be declined, and for the reason given.
    expect(taken ? undefined : explainFastPath(source)).toBe(reason);
  });

  it('parses the example in docs/format.md the same', () => {
    const example = /```markdown\n([\s\S]*?)\n```/.exec(read(join(PROJECT_ROOT, 'docs', 'format.md')))?.[1];
    expect(example).toBeDefined();
    expect(expectSameParse(`${example}\n`, 'policies/casparus-college/social-media.md')).toBe(true);
  });
});

// The fast Markdown path (src/parse/fast) must build what remark builds. For every seed policy, every Markdown
// fixture and the format spec's example here (generated documents and the German law texts: fast-property.test.ts):
// either the fast path declines, or the Policy equals remark's (meta, sections, clauses, footnotes, positions of
// blocks and `{#id}` markers) and so does the mdast tree — except inline positions, which the fast path leaves out
// but for the text nodes markers are read from.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Nodes, Root } from 'mdast';
import { FAST_PARSE_MIN_LENGTH, parseMarkdown, parsePolicy } from '../../src/parse/index.js';
import { explainFastPath, parseMarkdownFast } from '../../src/parse/fast/index.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { expectSameParse, markdownFiles, policyView, read } from './fast-compare.js';

/** Files the fast path declines, and why: each for a construct it does not reproduce (see src/parse/fast). */
const DECLINED: Record<string, string> = {
  'tests/fixtures/check/template-conflict.md': 'autolink literals',
  'tests/render/pdf/fixtures/kitchen-sink.md': 'autolink literals',
  'tests/fixtures/bad/policies/yaml-tab-indent.md': 'tab characters',
  'tests/fixtures/bad/policies/garbage.md': 'tab characters',
  'tests/fixtures/bad/policies/frontmatter-not-closed.md': 'an unclosed frontmatter fence',
  'tests/fixtures/bad/policies/nested-65-levels.md': 'very deep nesting',
};

describe('fast Markdown path on the project’s own documents', () => {
  const files = [
    ...markdownFiles(join(PROJECT_ROOT, 'policies')),
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

describe('fast Markdown path declines what it does not reproduce', () => {
  it.each([
    ['a tab', '- a\n\tb\n'],
    // Found by the line soup above (seed -361139084): micromark ends the first item at the second one's marker.
    ['a list inside a footnote definition', '[^n]: foo\n      - foo\n      - > foo\nfoo'],
    ['a tilde (strikethrough)', 'a ~~b~~ ~c~\n'],
    ['an autolink literal', 'see www.example.nl or info@example.nl\n'],
    ['a link reference definition', '[a]: https://example.nl\n\n[a]\n'],
    ['a task list item', '- [ ] open\n- [x] done\n'],
    ['an unclosed fence', '```\ncode\n'],
    ['an unclosed HTML comment', '<!--\nnote\n'],
    ['an unclosed frontmatter fence', '---\ntitle: x\n\n> quote\n'],
    ['a code span across lines', 'a `b\nc` d\n'],
    ['a footnote definition in a list', '- [^1]: note\n\n[^1]\n'],
  ])('%s', (_name, source) => {
    expect(parseMarkdownFast(source)).toBeUndefined();
    expect(explainFastPath(source)).toEqual(expect.any(String));
    // `auto` falls back to remark and so still gets remark's tree.
    expect(parseMarkdown(`${source}${' '.repeat(FAST_PARSE_MIN_LENGTH)}\n`, 'auto')).toEqual(
      parseMarkdown(`${source}${' '.repeat(FAST_PARSE_MIN_LENGTH)}\n`, 'remark'),
    );
  });
});

describe('choosing the Markdown reader', () => {
  const clause = (n: number): string =>
    `${n}. {#c${n}} Leerlingen en ouders worden *tijdig* geïnformeerd over [het beleid](https://example.nl/b).`;
  const large = ['# Groot reglement', '', ...Array.from({ length: 3000 }, (_, i) => clause(i + 1)), ''].join('\n');

  it('reads sources from FAST_PARSE_MIN_LENGTH characters on with the fast path, smaller ones with remark', () => {
    expect(large.length).toBeGreaterThan(FAST_PARSE_MIN_LENGTH);
    const emphasis = (tree: Root): Nodes | undefined => {
      const list = tree.children.find((node) => node.type === 'list');
      const paragraph = list?.type === 'list' ? list.children[0]?.children[0] : undefined;
      return paragraph?.type === 'paragraph' ? paragraph.children[1] : undefined;
    };
    // Inline nodes past the first text carry positions only when remark read the document.
    expect(emphasis(parseMarkdown(large))?.position).toBeUndefined();
    expect(emphasis(parseMarkdown(large, 'remark'))?.position).toBeDefined();
    const small = large.slice(0, 4000);
    expect(emphasis(parseMarkdown(small))?.position).toBeDefined();
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

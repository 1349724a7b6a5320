// How a test tells that the fast Markdown path (src/parse/fast) built what remark builds: the same mdast tree but
// for inline positions, the same Policy, the same findings. Shared by the quick comparisons on the project's own
// documents (fast.integration.test.ts) and the long ones over the German law texts and generated documents
// (fast-property.test.ts and fast-laws-property.test.ts, in the property lane).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Nodes, Root } from 'mdast';
import { expect } from 'vitest';
import type { Clause, Policy, Section } from '../../src/model/policy.js';
import { explainFastPath, parseMarkdownFast } from '../../src/parse/fast/index.js';
import { parseMarkdown, parsePolicy } from '../../src/parse/index.js';

const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);

/** A copy without the positions of inline nodes (the fast path sets only the ones markers are read from). */
function withoutInlinePositions(node: Nodes, parentType = 'root'): unknown {
  const copy: Record<string, unknown> = { ...node };
  if (PHRASING_PARENTS.has(parentType)) delete copy.position;
  if ('children' in node)
    copy.children = (node.children as Nodes[]).map((child) => withoutInlinePositions(child, node.type));
  return copy;
}

/** The text nodes markers are read from (a paragraph's first, a heading's last), in document order. */
function markerTexts(root: Root): { node: Nodes | undefined; marker: RegExp }[] {
  const found: { node: Nodes | undefined; marker: RegExp }[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph') found.push({ node: node.children[0], marker: /^\{#/ });
    if (node.type === 'heading')
      found.push({ node: node.children[node.children.length - 1], marker: /\{#[^}]*\}\s*$/ });
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  return found;
}

/**
 * toEqual, asked only where node's strict deep equality finds a difference (then toEqual decides and reports it):
 * what is strictly equal is equal to toEqual too, and vitest's own walk of a civil code's trees took seconds.
 */
function expectEqual(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

export function expectSameTree(fast: Root, remark: Root): void {
  const fastView = withoutInlinePositions(fast);
  const remarkView = withoutInlinePositions(remark);
  expectEqual(fastView, remarkView);
  // Fields in the same order too: fmt's lossless check compares trees as JSON (src/fmt/lossless.ts).
  expect(JSON.stringify(fastView)).toBe(JSON.stringify(remarkView));
  const remarkTexts = markerTexts(remark);
  markerTexts(fast).forEach(({ node, marker }, index) => {
    if (node?.type !== 'text') return;
    if (node.position) expect(node.position).toEqual(remarkTexts[index]?.node?.position);
    // A text that may hold a marker is placed wherever remark places it (or the fast path declines the document).
    // remark itself leaves unplaced the texts its address linking splits (a block the fast path hands it whole).
    if (marker.test(node.value) && remarkTexts[index]?.node?.position) expect(node.position).toBeDefined();
  });
}

/** The fast path's tree of `source`, which it must take (not decline), held to remark's by expectSameTree. */
export function expectTakenAsRemark(source: string): Root {
  const fast = parseMarkdownFast(source);
  if (!fast) throw new Error(`the fast path declined ${JSON.stringify(source)}: ${explainFastPath(source)}`);
  expectSameTree(fast, parseMarkdown(source, 'remark'));
  return fast;
}

/** What the rest of clausemark reads from a Policy; the mdast inside it compared without inline positions. */
export function policyView(policy: Policy): unknown {
  const clause = (item: Clause): unknown => ({
    ...item,
    content: item.content.map((block) => withoutInlinePositions(block)),
    children: item.children.map(clause),
  });
  const section = (item: Section): unknown => ({
    ...item,
    heading: item.heading.map((node) => withoutInlinePositions(node, 'heading')),
    clauses: item.clauses.map(clause),
    sections: item.sections.map(section),
  });
  return {
    meta: policy.meta,
    frontmatter: policy.frontmatter,
    preamble: section(policy.preamble),
    sections: policy.sections.map(section),
    footnotes: Object.fromEntries(
      Object.entries(policy.footnotes).map(([id, note]) => [id, withoutInlinePositions(note)]),
    ),
  };
}

/**
 * Compares the fast parse of `source` with remark's; returns whether the fast path took the document (false: it
 * declined, and then `auto` must give remark's tree).
 */
export function expectSameParse(source: string, path = 'policy.md'): boolean {
  if (explainFastPath(source) !== undefined) {
    expectEqual(parseMarkdown(source, 'auto'), parseMarkdown(source, 'remark'));
    return false;
  }
  // Each Policy carries the tree it was built from: one remark parse per document (a civil code takes seconds).
  const fastPolicy = parsePolicy(source, { path, markdown: 'auto' });
  const remarkPolicy = parsePolicy(source, { path, markdown: 'remark' });
  expectSameTree(fastPolicy.policy.tree, remarkPolicy.policy.tree);
  expectEqual(fastPolicy.findings, remarkPolicy.findings);
  expectEqual(policyView(fastPolicy.policy), policyView(remarkPolicy.policy));
  return true;
}

export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export const read = (file: string): string =>
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');

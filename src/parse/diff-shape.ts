// A parse in the shape `diff` reads it, kept in an entry of its own beside the whole parse (src/parse/cached.ts) for
// a diff whose report is all it writes (text, Markdown, JSON, HTML; src/diff/inputs.ts). The diff reads a clause's
// words from its text and its content only for what the words do not carry (links, HTML, footnote citations:
// src/diff/link-targets.ts, src/match/reading-text.ts), and the tree only for the link definitions and where the
// frontmatter ends (the language detected on first read, src/parse/meta.ts), and of a clause's or heading's place
// only the line it starts on (ClauseRef.line), of a heading only its title. So a clause of plain paragraphs keeps
// no content, positions keep one line, headings no inline content, and the tree keeps its frontmatter and
// definitions: a civil code's entry 5.2 → 2.7 MB, and reading two of them back ~120 → ~65 ms of CPU in a fresh
// process (less to read, seal, deserialise and collect; the lines and headings alone ~95 → ~80 ms). A policy
// with a recorded approval hash is not kept in this shape: its adoption is read from the whole text (src/model/
// adoption.ts). The language of a policy without a written `lang` is kept as detected: every diff reads it
// (judging-language.ts), and detecting it from a civil code's text took ~10 ms of each run (franc and its tables).
// `compare` reads its documents in this shape too (src/jobs/compare-read.ts): of a clause its text, the content of
// a table (its rows are units), the reading text (src/match/reading-text.ts) and its first line; of a section its
// title; the frontmatter, meta and footnotes; but whole beside an alignments file, whose entries hash a clause's
// content and the headings as a reader sees them (src/compare/read/confirmations.ts, src/model/reader-view.ts).
// tests/parse/diff-shape.test.ts holds the diffs and alignments of shaped models to those of whole ones. No file is
// read or written.
import type { Nodes, Root, RootContent } from 'mdast';
import type { Clause, Section, Span } from '../model/policy.js';
import type { ParseResult } from './index.js';
import { restoredParse, type StoredParse, storedParse } from './stored.js';

/** The kind of a stored parse in diff's shape: read back as nothing else, and no whole parse is read back as it. */
export const DIFF_SHAPE_KIND = 'clausemark-diff-shape-2';

/** Node types a clause's text carries all of: content made of these alone is its text, which the diff reads. */
const WORDS_ONLY: ReadonlySet<string> = new Set(['paragraph', 'text']);

function wordsOnly(nodes: readonly Nodes[]): boolean {
  return nodes.every(
    (node) => WORDS_ONLY.has(node.type) && (!('children' in node) || wordsOnly(node.children as Nodes[])),
  );
}

/** Where a clause or heading starts, as far as the diff reads it: its line (ClauseRef.line). */
function lineOnly(span: Span): Span {
  return { start: { line: span.start.line } } as Span;
}

/** A clause as the diff reads it: no id marker's place, and content only where its words do not carry it all. */
function shapedClause(clause: Clause): Clause {
  const { idPosition: _idPosition, ...kept } = clause;
  return {
    ...kept,
    content: wordsOnly(clause.content as Nodes[]) ? [] : clause.content,
    children: clause.children.map(shapedClause),
    position: lineOnly(clause.position),
  };
}

/** A section as the diff reads it: its heading's words are its title (the inline content is for rendering). */
function shapedSection(section: Section): Section {
  const { idPosition: _idPosition, position, ...kept } = section;
  return {
    ...kept,
    heading: [],
    clauses: section.clauses.map(shapedClause),
    sections: section.sections.map(shapedSection),
    ...(position ? { position: lineOnly(position) } : {}),
  };
}

/** The tree's frontmatter and its link definitions, in the order a walk of the whole tree meets them. */
function shapedTree(tree: Root): Root {
  const kept: RootContent[] = tree.children.filter((node) => node.type === 'yaml');
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') kept.push(node);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return { ...tree, children: kept };
}

/** What the cache keeps of `result` in diff's shape; undefined when it keeps nothing (see the top). */
export function storedForDiff(result: ParseResult): StoredParse | undefined {
  if (result.policy.meta.approvals.some((approval) => approval.hash)) return undefined;
  // Read, a language detected on first read is settled in the model (src/parse/meta.ts), and kept so.
  void result.policy.meta.lang;
  const stored = storedParse(result);
  if (stored === undefined) return undefined;
  const { policy } = stored;
  return {
    ...stored,
    kind: DIFF_SHAPE_KIND,
    policy: {
      ...policy,
      tree: shapedTree(policy.tree),
      preamble: shapedSection(policy.preamble),
      sections: policy.sections.map(shapedSection),
    },
  };
}

/** The parse in diff's shape `stored` holds, given its source; undefined when it is no stored parse in that shape. */
export function restoredForDiff(stored: unknown, source: string): ParseResult | undefined {
  return restoredParse(stored, source, DIFF_SHAPE_KIND);
}

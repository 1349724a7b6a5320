// The safety net behind `fmt`: the formatted text is parsed again and must say exactly what the original said.
// Any difference means a bug in fmt (or in remark), and the file is then left alone: fmt never loses a word.
import type { Nodes, Root } from 'mdast';
import type { Clause, Policy, Section } from '../model/policy.js';
import type { Point } from '../model/policy.js';
import { errorById } from '../io/messages.js';
import { allClauses, allSections } from '../model/walk.js';
import { blockText } from '../parse/text.js';
import type { PlannedIds } from './assign.js';
import { metadataBlock } from './stringify.js';

class Difference extends Error {
  constructor(
    message: string,
    readonly point?: Point,
  ) {
    super(message);
  }
}

function same(what: string, before: unknown, after: unknown, point?: Point): void {
  const a = JSON.stringify(before);
  const b = JSON.stringify(after);
  if (a !== b) throw new Difference(`${what} changed from ${a.slice(0, 120)} to ${b.slice(0, 120)}`, point);
}

function frontmatterBlock(policy: Policy): string {
  const yaml = policy.tree.children.find((node) => node.type === 'yaml');
  return yaml ? policy.source.slice(0, yaml.position?.end.offset ?? 0) : metadataBlock(policy.source);
}

function sectionShape(section: Section, id: string, synthetic: boolean): unknown {
  return { title: section.title, depth: section.depth, unnumbered: section.unnumbered === true, id, synthetic };
}

/**
 * Runs of spaces and line endings in running text read (and render) as one space; remark sometimes writes a line
 * ending as a space, e.g. before an inline `<!-- -->` that would otherwise open an HTML block.
 */
const collapse = (text: string): string => text.replace(/[ \t\n]+/g, ' ');

/** What a clause says and where it stands; the kind 'block' becomes 'paragraph' once its ID paragraph is added. */
function clauseShape(clause: Clause, id: string, synthetic: boolean, kind = clause.kind): unknown {
  return {
    kind,
    list: clause.list,
    depth: clause.depth,
    ordinal: clause.ordinal,
    text: collapse(clause.text),
    id,
    synthetic,
  };
}

/** Tree content without source positions and list looseness, adjacent text merged: what the Markdown means. */
function canonical(node: Nodes): unknown {
  const {
    position: _position,
    spread: _spread,
    children,
    ...fields
  } = node as Nodes & { spread?: unknown; children?: Nodes[] };
  // CommonMark turns line endings inside a code span into spaces; remark writes them that way.
  if (node.type === 'inlineCode') return { ...fields, value: node.value.replace(/\n/g, ' ') };
  // An HTML block's indentation (at most three spaces) means nothing, and fmt drops it.
  if (node.type === 'html') return { ...fields, value: node.value.replace(/^[ \t]+/, '') };
  if (!children) return fields;
  const merged: Record<string, unknown>[] = [];
  for (const child of children) {
    const previous = merged[merged.length - 1];
    if (child.type === 'text' && previous?.type === 'text') previous.value = `${String(previous.value)}${child.value}`;
    else merged.push(canonical(child) as Record<string, unknown>);
  }
  for (const child of merged) if (child.type === 'text') child.value = collapse(String(child.value));
  return { ...fields, children: merged };
}

function compareTrees(expected: Root, actual: Root): void {
  const body = (root: Root) => root.children.filter((node) => node.type !== 'yaml');
  const want = body(expected);
  const got = body(actual);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const a = want[i];
    const b = got[i];
    if (JSON.stringify(a && canonical(a)) !== JSON.stringify(b && canonical(b))) {
      throw new Difference(
        `the ${a?.type ?? 'end of the document'} here would read back as ${b?.type ?? 'nothing'} with different content`,
        a?.position?.start,
      );
    }
  }
}

function compareModels(before: Policy, after: Policy, plan: PlannedIds): void {
  same('the frontmatter', frontmatterBlock(before), frontmatterBlock(after));
  same('the frontmatter data', before.frontmatter?.data, after.frontmatter?.data);
  same('the document metadata', before.meta, after.meta);

  const sectionsBefore = allSections(before).slice(1);
  const sectionsAfter = allSections(after).slice(1);
  same('the number of sections', sectionsBefore.length, sectionsAfter.length);
  sectionsBefore.forEach((section, i) => {
    const planned = plan.sections.get(section);
    const want = sectionShape(section, planned ?? section.id, section.synthetic && planned === undefined);
    const got = sectionsAfter[i];
    same(
      `the section "${section.title}"`,
      want,
      got && sectionShape(got, got.id, got.synthetic),
      section.position?.start,
    );
  });

  const clausesBefore = allClauses(before);
  const clausesAfter = allClauses(after);
  same('the number of clauses', clausesBefore.length, clausesAfter.length);
  clausesBefore.forEach(({ clause }, i) => {
    const planned = plan.clauses.get(clause);
    const kind = planned !== undefined && clause.kind === 'block' ? 'paragraph' : clause.kind;
    const want = clauseShape(clause, planned ?? clause.id, clause.synthetic && planned === undefined, kind);
    const got = clausesAfter[i]?.clause;
    same('a clause', want, got && clauseShape(got, got.id, got.synthetic), clause.position.start);
  });

  const footnotes = (policy: Policy) => Object.entries(policy.footnotes).map(([key, note]) => [key, blockText(note)]);
  same('the footnotes', footnotes(before), footnotes(after));
}

/**
 * Throws a ClausemarkError unless `after` (the formatted text, parsed) has the same frontmatter, sections, clauses,
 * footnotes and Markdown content as `expected` (the original tree with the planned markers inserted).
 */
export function verifyLossless(before: Policy, expected: Root, after: Policy, plan: PlannedIds): void {
  try {
    compareModels(before, after, plan);
    compareTrees(expected, after.tree);
  } catch (error) {
    if (!(error instanceof Difference)) throw error;
    throw errorById(
      {
        messageId: 'fmt-not-lossless.would-change',
        fixId: 'fmt-not-lossless.report-bug',
        params: { difference: error.message },
      },
      {
        place: error.point
          ? { file: before.path, point: { line: error.point.line, column: error.point.column } }
          : { file: before.path },
        ruleId: 'fmt-not-lossless',
      },
    );
  }
}

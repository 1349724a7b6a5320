// How `upgrade` marks a clause both the school and the sector changed. Git-style <<<<<<< lines would break the
// Markdown (and the numbering) of a policy, so a conflict is a quote attached to the clause:
//
//   3. {#alle.blijvend} <the school's text, untouched>
//
//      > **CONFLICT (sector-social-media@1.1, alle.blijvend):** <what happened, what to do>
//      >
//      > <the sector's new text>
//
// plus the clause id under `conflicts:` in the frontmatter. The file stays a valid, readable policy that is
// obviously unfinished, and `check` reports both until someone resolves them.
import type { Blockquote, Nodes, Paragraph } from 'mdast';
import type { Policy, Span } from '../model/policy.js';
import { inlineText } from '../parse/text.js';
import { asText } from '../parse/frontmatter.js';

const CONFLICT_WORD = 'CONFLICT';

export type ConflictKind = 'both-modified' | 'upstream-removed' | 'locally-dropped' | 'both-added';

/** The quote lines (without indentation), `sectorText` being Markdown source that may span lines. */
export function conflictQuote(heading: string, explanation: string, sectorText?: string): string[] {
  const lines = [`> **${heading}:** ${explanation}`];
  if (sectorText !== undefined && sectorText.trim() !== '') {
    lines.push('>');
    for (const line of sectorText.split('\n')) lines.push(line.trim() === '' ? '>' : `> ${line}`);
  }
  return lines;
}

/** What import --into names a Word document by in a conflict note's heading: "Word: beleid.docx". */
export const WORD_REF = 'Word: ';

export function conflictHeading(ref: string, id: string): string {
  return `${CONFLICT_WORD} (${ref}, ${id})`;
}

export interface ConflictNote {
  /** The clause id named in the note's heading, when it names one. */
  id?: string;
  /** What the other text came from, as the heading names it ("sector-social-media@1.1", "Word: beleid.docx"). */
  ref?: string;
  place: Span;
}

function isConflictQuote(node: Blockquote): string | undefined {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const lead = (first as Paragraph).children[0];
  if (lead?.type !== 'strong') return undefined;
  const text = inlineText(lead);
  return text.startsWith(CONFLICT_WORD) ? text : undefined;
}

/** Nodes whose content is text (or table cells of text), never a quote: not walked word by word (a civil code). */
const HOLDS_NO_QUOTE: ReadonlySet<string> = new Set(['paragraph', 'heading', 'table']);

/** Every conflict quote in the policy body, in document order. */
export function conflictNotes(policy: Policy): ConflictNote[] {
  const notes: ConflictNote[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'blockquote') {
      const heading = isConflictQuote(node);
      const position = node.position;
      if (heading !== undefined && position) {
        const id = /,\s*([a-z0-9][a-z0-9._-]*)\)\s*:?$/.exec(heading)?.[1];
        const ref = /^\S+\s*\((.*?),\s*[a-z0-9][a-z0-9._-]*\)\s*:?$/.exec(heading)?.[1];
        notes.push({
          ...(id ? { id } : {}),
          ...(ref ? { ref } : {}),
          place: { start: { ...position.start }, end: { ...position.end } },
        });
        return;
      }
    }
    if ('children' in node && !HOLDS_NO_QUOTE.has(node.type))
      for (const child of node.children as Nodes[]) visit(child);
  };
  visit(policy.tree);
  return notes;
}

/** The `conflicts:` list in the frontmatter: clause ids with where each stands. */
export function listedConflicts(policy: Policy): { id: string; place?: Span }[] {
  const raw = policy.frontmatter?.data.conflicts;
  const items = policy.frontmatter?.items ?? {};
  if (raw === undefined || raw === null) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((item, index) => {
    const place = items[`conflicts[${index}]`] ?? policy.frontmatter?.fields.conflicts?.value;
    return { id: asText(item) ?? String(item), ...(place ? { place } : {}) };
  });
}

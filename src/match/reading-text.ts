// What a reader of a clause sees beyond its words: the footnotes it cites. The approval hash covers them
// (src/model/reader-view.ts), so a version diff must too, or a footnote rewritten, added, deleted or moved after
// adoption is "no change". The notes follow the clause's words, each behind "[^]" (not its number: a footnote
// inserted earlier renumbers the rest, which changes no clause). Formatting and footnote labels are left out, as in
// the clause text itself. Link targets are not added to the text: a link pointed elsewhere is compared on its own
// (src/diff/link-targets.ts), so how a link is written never reads as a change of words.
import type { BlockContent, Nodes } from 'mdast';
import type { Clause, Policy } from '../model/policy.js';
import { blocksText } from '../parse/text.js';

/** The footnotes some nodes cite, in reading order (footnotes' own citations too), each as "[^] text". */
function notesOf(nodes: readonly Nodes[], policy: Policy): string[] {
  const parts: string[] = [];
  const cited = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteDefinition') return; // shown where it is cited
    if (node.type === 'footnoteReference') {
      if (cited.has(node.identifier)) return;
      cited.add(node.identifier);
      const definition = policy.footnotes[node.identifier];
      if (!definition) return;
      parts.push(
        `[^] ${blocksText(definition.children as BlockContent[])
          .replace(/\s+/g, ' ')
          .trim()}`,
      );
      for (const child of definition.children) visit(child as Nodes);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const node of nodes) visit(node);
  return parts;
}

/** Whether some nodes cite a footnote: a quick look, before notesOf's walk that collects the notes. */
function citesNote(nodes: readonly Nodes[]): boolean {
  return nodes.some(
    (node) => node.type === 'footnoteReference' || ('children' in node && citesNote(node.children as Nodes[])),
  );
}

/** Clause → its text as a reader sees it: its words, then the footnotes it cites (see the top). */
export function readingTexts(policy: Policy): (clause: Clause) => string {
  // Without footnotes no clause has a note to add (most policies, every civil code): no need to walk each clause.
  if (Object.keys(policy.footnotes).length === 0) return (clause) => clause.text;
  return (clause) => {
    if (!citesNote(clause.content as Nodes[])) return clause.text;
    const notes = notesOf(clause.content as Nodes[], policy);
    return notes.length === 0 ? clause.text : [clause.text, ...notes].join('\n\n');
  };
}

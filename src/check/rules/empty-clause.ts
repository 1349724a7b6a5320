// An empty list item or a lone `{#id}` renders as a blank numbered line: almost always a slip while editing.
import type { BlockContent, Nodes } from 'mdast';
import type { Rule } from '../rule.js';
import { allClauses } from '../../model/walk.js';

/** Images carry no text (or only alt text) but are content all the same. */
function hasImage(node: Nodes): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true;
  return 'children' in node && (node.children as Nodes[]).some(hasImage);
}

function isEmpty(content: readonly BlockContent[], text: string): boolean {
  if (text.trim() !== '') return false;
  // Only paragraphs (such as the one left over after removing `{#id}`) can be truly empty; a table or code block is content.
  return content.every((block) => block.type === 'paragraph' && !hasImage(block));
}

export const emptyClause: Rule = {
  id: 'empty-clause',
  severity: 'error',
  description: 'a clause has no text and no sub-clauses',
  run({ policy }) {
    return allClauses(policy)
      .filter(({ clause }) => clause.children.length === 0 && isEmpty(clause.content, clause.text))
      .map(({ clause }) => ({
        message: clause.synthetic ? 'this list item is empty' : `clause "${clause.id}" is empty`,
        place: clause.position,
        fix: clause.synthetic ? 'write the clause text after the list marker, or remove the empty item' : `write the clause text after {#${clause.id}}, or remove the clause`,
      }));
  },
};

// An empty list item or a lone `{#id}` renders as a blank numbered line: almost always a slip while editing.
// A document with no text at all is reported here too.
import type { BlockContent, Nodes } from 'mdast';
import type { Rule, RuleFinding } from '../rule.js';
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
  description: 'a clause has no text and no sub-clauses, or the document has no text at all',
  run({ policy }) {
    // A document with no text at all would build an empty PDF and could be approved as if it said something.
    if (policy.sections.length === 0 && allClauses(policy).length === 0) {
      const start = policy.frontmatter ? { line: policy.frontmatter.span.end.line, column: 1 } : { line: 1, column: 1 };
      return [
        {
          messageId: 'empty-clause.no-text',
          fixId: 'empty-clause.write-text',
          params: {},
          place: { start, end: start },
        },
      ];
    }
    return allClauses(policy)
      .filter(({ clause }) => clause.children.length === 0 && isEmpty(clause.content, clause.text))
      .map(
        ({ clause }): RuleFinding =>
          clause.synthetic
            ? {
                messageId: 'empty-clause.empty-item',
                fixId: 'empty-clause.fill-or-remove-item',
                params: {},
                place: clause.position,
              }
            : {
                messageId: 'empty-clause.empty-clause',
                fixId: 'empty-clause.fill-or-remove-clause',
                params: { id: clause.id },
                place: clause.position,
              },
      );
  },
};

// Whether two Markdown trees say the same thing field for field, positions aside. fmt writes a document, reads it
// back and writes it again (a blank line remark had to add can change what it reads); the writer looks at nothing
// but the nodes' fields (never at positions), so when the tree read back has the same fields as the one written,
// the second writing would give the same text and is skipped. Stricter than lossless.ts's canonical form on purpose
// (no text merging, spread kept): any difference means writing again.
import type { Root } from 'mdast';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameValue(a[index], b[index])) return false;
    return true;
  }
  return sameFields(a as Record<string, unknown>, b as Record<string, unknown>);
}

/** Every field but `position`; a field set to undefined counts as absent, as it does for the writer. */
function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let fieldsOfA = 0;
  for (const key in a) {
    if (key === 'position' || a[key] === undefined) continue;
    fieldsOfA++;
    if (!sameValue(a[key], b[key])) return false;
  }
  let fieldsOfB = 0;
  for (const key in b) if (key !== 'position' && b[key] !== undefined) fieldsOfB++;
  return fieldsOfA === fieldsOfB;
}

/** The same body (everything but the frontmatter, which fmt copies instead of writing), positions aside. */
export function sameBody(a: Root, b: Root): boolean {
  const body = (root: Root) => root.children.filter((node) => node.type !== 'yaml');
  return sameValue(body(a), body(b));
}

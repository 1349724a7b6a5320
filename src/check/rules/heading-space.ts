// A title typed `###Artikel 3`, with no space after the hashes (as law exports and converted regulations write them),
// is printed as a line of text starting with "###": CommonMark reads hashes as a heading only with a space after them.
// The article then has no heading of its own, its clauses are cited under the article before it, and nothing said so.
import type { Paragraph } from 'mdast';
import type { Policy } from '../../model/policy.js';
import { allClauses } from '../../model/walk.js';
import { HASH_TITLE_LINE } from '../../text/hash-titles.js';
import type { Rule, RuleFinding } from '../rule.js';
import { lineBounds, sourceLine } from './support.js';

/** How much of a line a message quotes. */
const QUOTED = 60;

const quoted = (text: string): string => (text.length > QUOTED ? `${text.slice(0, QUOTED - 1)}…` : text);

/** The findings of one paragraph: each of its lines that starts, at the paragraph's margin, with a `###Titel`. */
function paragraphFindings(policy: Policy, paragraph: Paragraph): RuleFinding[] {
  const { start, end } = paragraph.position ?? {};
  if (!start || !end) return [];
  const out: RuleFinding[] = [];
  for (let line = start.line; line <= end.line; line++) {
    const whole = sourceLine(policy, line);
    // The first line starts where the paragraph does (after a list marker); a later line after its indent.
    const from = line === start.line ? start.column - 1 : whole.length - whole.trimStart().length;
    const text = whole.slice(from).trimEnd();
    const hashes = HASH_TITLE_LINE.exec(text)?.[0];
    const bounds = lineBounds(policy, line);
    if (!hashes || !bounds) continue;
    const at = { line, column: from + 1, offset: bounds.start + from };
    const after = { line, column: from + hashes.length + 1, offset: at.offset + hashes.length };
    out.push({
      messageId: 'heading-space.text-title',
      fixId: 'heading-space.add-space',
      params: { line: quoted(text), heading: quoted(`${hashes} ${text.slice(hashes.length)}`) },
      place: { start: at, end: after },
    });
  }
  return out;
}

/** Each line of the policy's clauses typed as a heading with no space after its hashes, in reading order. */
export function titlesTypedAsText(policy: Policy): RuleFinding[] {
  return allClauses(policy).flatMap(({ clause }) =>
    clause.content.flatMap((block) => (block.type === 'paragraph' ? paragraphFindings(policy, block) : [])),
  );
}

export const headingSpace: Rule = {
  id: 'heading-space',
  severity: 'warning',
  description: 'a line typed as a heading with no space after its hashes (`###Artikel 3`) is printed as text',
  run: ({ policy }) => titlesTypedAsText(policy),
};

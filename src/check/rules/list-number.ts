// A numbered list item prints the number clausemark counts, not the one typed before it: Markdown reads only a
// list's first number and counts on from there, so "1." "2." "4." prints 1, 2, 3 where the text says 4, and a
// reference to "artikel 3.4" then points at nothing. Flagged where the source states a number the print disagrees
// with (issue 39 item 6: a clause after a table printed as a second "3.1" while check said nothing). A list that
// numbers every item "1." (a common way of writing Markdown so that inserting an item renumbers nothing) states no
// number but its first, and is left alone.
import type { Clause, Policy } from '../../model/policy.js';
import { allSections } from '../../model/walk.js';
import type { Rule, RuleFinding } from '../rule.js';
import { lineBounds } from './support.js';

/**
 * A list marker's number ("4." or "4)") then a space or the end, read where it stands in the source: the space is the
 * line ending when the marker ends its line.
 */
const TYPED_NUMBER = /(\d{1,9})[.)](?:\s|$)/uy;

/** The number typed at the start of `clause`'s list marker in the source ("4." or "4)"), if there is one. */
function typedNumber(clause: Clause, policy: Policy): number | undefined {
  const { line, column } = clause.position.start;
  const bounds = lineBounds(policy, line);
  const at = (bounds?.start ?? 0) + column - 1;
  if (!bounds || at > bounds.end) return undefined;
  TYPED_NUMBER.lastIndex = at;
  const typed = TYPED_NUMBER.exec(policy.source)?.[1];
  return typed === undefined ? undefined : Number(typed);
}

/** The ordered items of `clauses` in runs that count on by one: each run one list as printed. */
function runs(clauses: readonly Clause[]): Clause[][] {
  const out: Clause[][] = [];
  let run: Clause[] = [];
  for (const clause of clauses) {
    const last = run.at(-1);
    if (clause.kind !== 'item' || clause.list !== 'ordered') {
      if (run.length > 0) out.push(run);
      run = [];
      continue;
    }
    if (last && clause.ordinal !== last.ordinal + 1) {
      out.push(run);
      run = [];
    }
    run.push(clause);
  }
  if (run.length > 0) out.push(run);
  return out;
}

/**
 * A list that counts again from where the list before it began, with nothing between them but what belongs to that
 * list's last item (a table, a quote): each of its items prints a number printed before ("3.1" twice).
 */
function repeats(clauses: readonly Clause[], out: RuleFinding[]): void {
  let previous: Clause | undefined;
  let first: Clause | undefined;
  for (const clause of clauses) {
    const ordered = clause.kind === 'item' && clause.list === 'ordered';
    if (!ordered) {
      previous = undefined;
      first = undefined;
      continue;
    }
    if (previous && first && clause.ordinal !== previous.ordinal + 1 && clause.ordinal <= previous.ordinal) {
      const earlier = clauses.find(
        (other) => other !== clause && other.ordinal === clause.ordinal && other.list === 'ordered',
      );
      out.push({
        messageId: 'list-number.printed-twice',
        fixId: 'list-number.go-on',
        params: {
          printed: clause.number || String(clause.ordinal),
          line: earlier?.position.start.line ?? first.position.start.line,
          next: previous.ordinal + 1,
        },
        place: clause.position,
      });
    }
    if (!previous || clause.ordinal !== previous.ordinal + 1) first = clause;
    previous = clause;
  }
}

/** What a walk of the lists is told: each list of clauses, and each item whose typed number is not the printed one. */
interface ListVisitor {
  list?: (clauses: readonly Clause[]) => void;
  mismatch: (clause: Clause, typed: number) => void;
}

function mismatches(clauses: readonly Clause[], policy: Policy, visitor: ListVisitor): void {
  // Most clauses have no sub-clauses: nothing to count there, and no lists made for it (a civil code has 5,000).
  if (clauses.length === 0) return;
  visitor.list?.(clauses);
  for (const run of runs(clauses)) {
    const typed = run.map((clause) => typedNumber(clause, policy));
    // "1." before every item: only the first number is stated.
    if (typed.every((number) => number === typed[0])) continue;
    run.forEach((clause, index) => {
      const number = typed[index];
      if (number !== undefined && number !== clause.ordinal) visitor.mismatch(clause, number);
    });
  }
  for (const clause of clauses) mismatches(clause.children, policy, visitor);
}

/** Each numbered item whose number typed in the source is not the one printed (what this rule flags). */
export function numberMismatches(policy: Policy): { clause: Clause; typed: number }[] {
  const out: { clause: Clause; typed: number }[] = [];
  const visitor: ListVisitor = { mismatch: (clause, typed) => out.push({ clause, typed }) };
  for (const section of allSections(policy)) mismatches(section.clauses, policy, visitor);
  return out;
}

export const listNumber: Rule = {
  id: 'list-number',
  severity: 'warning',
  description: 'a numbered item is printed with another number than the one typed before it in the source',
  run({ policy }: { policy: Policy }) {
    const out: RuleFinding[] = [];
    const visitor: ListVisitor = {
      list: (clauses) => repeats(clauses, out),
      mismatch: (clause, typed) =>
        out.push({
          messageId: 'list-number.printed-otherwise',
          fixId: 'list-number.renumber',
          params: { typed, printed: clause.number || String(clause.ordinal), ordinal: clause.ordinal },
          place: clause.position,
        }),
    };
    for (const section of allSections(policy)) mismatches(section.clauses, policy, visitor);
    return out;
  },
};

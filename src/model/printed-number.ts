// The number a reader cites a clause by, as the PDF, the Word document and the web page print it: its article's
// number, then the label printedLabel prints beside each numbered list item on the way down ("2 1." for the first
// item under heading 2 in the house style, "Artikel 2 f.", "1.1 a)"). The parse's clause.number joins the house
// style's ordinals instead ("2.1"), which no output prints (issue 69 item 4): the board pack, the diff and the
// comparison name clauses by this one.
import { DEFAULT_HOUSE_STYLE, printedLabel, type NumberStyle } from './numbering.js';
import type { Clause, Policy, Section } from './policy.js';
import { allSections } from './walk.js';

function numberClauses(
  clauses: readonly Clause[],
  prefix: string,
  orderedDepth: number,
  house: readonly NumberStyle[],
  into: Map<Clause, string>,
): void {
  for (const clause of clauses) {
    let number = prefix;
    if (clause.list === 'ordered') {
      // The policy's own numbering named the clause as it prints it (with its article's number, or "1.2" alone).
      const label = printedLabel(clause, orderedDepth, house);
      number = clause.ownLabel ? clause.number : prefix ? `${prefix} ${label}` : label;
    }
    into.set(clause, number);
    numberClauses(clause.children, number, clause.list === 'ordered' ? orderedDepth + 1 : orderedDepth, house, into);
  }
}

function numberSection(section: Section, house: readonly NumberStyle[], into: Map<Clause, string>): void {
  // A heading that types its number ("Artikel 3 Termijn") is cited by it: "Artikel 3", "Artikel 3 1.".
  numberClauses(section.clauses, section.typed?.label ?? section.number, 0, house, into);
}

/**
 * Every clause of `policy` → the number its outputs print for it ('' for a paragraph of an unnumbered section).
 * Made anew on each call (one walk): a policy's numbering may still be set after it was read (numberByBrand).
 * `house`: the brand's list styles where the caller knows the brand (its `numbering`; none counts in decimals, as
 * the PDF and the Word document do).
 */
export function printedNumbers(
  policy: Policy,
  house: readonly NumberStyle[] = DEFAULT_HOUSE_STYLE,
): ReadonlyMap<Clause, string> {
  const numbers = new Map<Clause, string>();
  const styles: readonly NumberStyle[] = house.length > 0 ? house : ['decimal'];
  for (const section of allSections(policy)) numberSection(section, styles, numbers);
  return numbers;
}

// Headings that type their own number ("Artikel 3 Termijn", "§ 2", "4. Toezicht"), as Dutch regulations and law
// exports do: the reader cites the article by that number, so it is the section's number in every output, and the
// house style adds none. Counting such headings gave "5 Artikel 3 Termijn" where chapter headings stand between the
// articles, and a board pack citing "5". Where one heading of a level types its number, the author numbers that
// level by hand: a heading beside it that types none ("Toelichting") is printed without a number too, and so are the
// headings under it that type none (counted from 1, "1 Achtergrond" under "Toelichting" named article 1's number).
import type { Section } from '../model/policy.js';
import { typedHeadingNumber } from '../model/typed-number.js';
import { assignNumbers } from './structure.js';

/** Whether any heading of `sections` or below types its number. */
const anyTyped = (sections: readonly Section[]): boolean =>
  sections.some((section) => typedHeadingNumber(section.title) !== undefined || anyTyped(section.sections));

/**
 * Numbers `siblings` under the heading numbered `parent` ('' at the top; undefined under a heading printed without a
 * number, whose headings are printed without one too, as buildStructure prints them).
 */
function renumber(siblings: readonly Section[], parent: string | undefined): void {
  // A heading written `.unnumbered` is counted by none either way; where it types its number, it is cited by it (the
  // import writes "## Artikel 4 Slot {#… .unnumbered}" where a regulation skips article 3).
  const typed = siblings.map((section) => typedHeadingNumber(section.title));
  const byHand = parent === undefined || typed.some((number) => number !== undefined);
  let ordinal = 0;
  siblings.forEach((section, index) => {
    const own = typed[index];
    if (own) section.typed = own;
    if (section.unnumbered || byHand) section.number = '';
    else {
      ordinal += 1;
      section.number = parent ? `${parent}.${ordinal}` : String(ordinal);
    }
    const prefix = own?.numeral ?? section.number;
    assignNumbers(section.clauses, prefix ? [prefix] : []);
    renumber(section.sections, prefix === '' ? undefined : prefix);
  });
}

/**
 * Numbers `sections` in place by the numbers their headings type, where the policy names no section numbering of its
 * own (frontmatter `numbering.sections`, which prints its own label before each heading). A policy whose headings
 * type none keeps the numbers buildStructure counted.
 */
export function numberTypedHeadings(sections: readonly Section[]): void {
  if (anyTyped(sections)) renumber(sections, '');
}

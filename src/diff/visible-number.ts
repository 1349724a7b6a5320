// The number a reader sees on a clause, which is what "renumbered" is about (issue 26: a heading moved one level
// gave "4 → 3.1" while every heading still read "4."). A clause's computed number is its section's number and the
// ordered-list labels below it. The section part is what a reader sees only where clausemark numbers the sections
// when it renders: in a policy with ids of its own. Where the author typed the number in the heading ("4.",
// "Artikel 4", "6.2 Titel"), that typed number is the one shown, whatever the heading level. The list labels are
// shown by any Markdown renderer, so they always count.
import type { Section } from '../model/policy.js';
import { typedNumber } from '../model/typed-number.js';
import type { Entry } from '../match/entries.js';

/** Whether clausemark numbers this version's sections when it renders it: the author gave it ids. */
export function numbersSections(entries: readonly Entry[]): boolean {
  return entries.some((entry) => entry.explicitId);
}

/** Each section's typed number (null: none), read once per section instead of once per clause compared. */
const typedNumbers = new WeakMap<Section, string | null>();

export function visibleNumber(entry: Entry, sectionsNumbered: boolean): string {
  const { section, clause } = entry;
  // A section whose heading types its number has none of clausemark's: its clauses' numbers start with that numeral.
  const computedSection = section.typed?.numeral ?? section.number;
  const listPart =
    computedSection !== '' && clause.number.startsWith(computedSection)
      ? clause.number.slice(computedSection.length)
      : clause.number;
  let typed = typedNumbers.get(section);
  if (typed === undefined) {
    typed = typedNumber(section.title) ?? null;
    typedNumbers.set(section, typed);
  }
  const sectionPart = typed ?? (sectionsNumbered ? computedSection : '');
  return `${sectionPart}${listPart}`;
}

// The number a reader cites a clause by, as the PDF, the Word document and the web page print it: its article's
// number, then the label printedLabel prints beside each numbered list item on the way down ("2 1." for the first
// item under heading 2 in the house style, "Artikel 2 f.", "1.1 a)"). The parse's clause.number joins the house
// style's ordinals instead ("2.1"), which no output prints (issue 69 item 4): the board pack, the diff and the
// comparison name clauses by this one. A table's article column cites it in words instead (printedCitations,
// citeClause): "Artikel 3.1, lid 5", "Artikel 2, onder f", never the two numbers side by side ("3.1 5."); a section by
// its heading's word and number (sectionCitation): "Artikel 3", "Hoofdstuk 2", "§ 3.2".
import { DEFAULT_HOUSE_STYLE, printedLabel, type NumberStyle } from './numbering.js';
import type { Clause, Policy, Section } from './policy.js';
import { allSections } from './walk.js';

/**
 * Every clause under `clauses` → what `step` makes of its parent's value and, for a numbered list item, the label
 * printedLabel prints beside it; an unnumbered clause keeps its parent's. The one walk behind numbers and citations.
 */
function labelClauses<T>(
  clauses: readonly Clause[],
  parent: T,
  orderedDepth: number,
  house: readonly NumberStyle[],
  step: (clause: Clause, label: string, parent: T) => T,
  into: Map<Clause, T>,
): void {
  for (const clause of clauses) {
    const ordered = clause.list === 'ordered';
    const value = ordered ? step(clause, printedLabel(clause, orderedDepth, house), parent) : parent;
    into.set(clause, value);
    labelClauses(clause.children, value, ordered ? orderedDepth + 1 : orderedDepth, house, step, into);
  }
}

/** A list item's number: its article's and its own label ("2 1."); the policy's own numbering names it whole. */
const numberStep = (clause: Clause, label: string, prefix: string): string =>
  // The policy's own numbering named the clause as it prints it (with its article's number, or "1.2" alone).
  clause.ownLabel ? clause.number : prefix ? `${prefix} ${label}` : label;

function numberSection(section: Section, house: readonly NumberStyle[], into: Map<Clause, string>): void {
  // A heading that types its number ("Artikel 3 Termijn") is cited by it: "Artikel 3", "Artikel 3 1.".
  labelClauses(section.clauses, section.typed?.label ?? section.number, 0, house, numberStep, into);
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

/**
 * How a reader cites a clause, in parts: its article as its heading names it ("Artikel 3", "3.1"; '' for an
 * unnumbered section) and the labels of the numbered list items down to it ("5.", "a)"), a label of the policy's own
 * that numbers the clause whole ("1.2") standing for the article.
 */
export interface Citation {
  article: string;
  /** Whether `article` carries its word already ("Artikel 3", "Hoofdstuk 2", "§ 3.2"), not a bare number. */
  worded: boolean;
  items: string[];
}

/** A label of the policy's own that numbers a clause whole, as "1.2" or "3.1.4" does: cited as an article. */
const WHOLE_NUMBER = /^\d+(?:\.\d+)+\.?$/u;

/** A list item's citation: its parent's with its label added; a label of the policy's own ("1.2") is the article. */
const citeStep = (clause: Clause, label: string, parent: Citation): Citation =>
  clause.ownLabel && WHOLE_NUMBER.test(label)
    ? { article: label.replace(/\.$/u, ''), worded: false, items: [] }
    : { ...parent, items: [...parent.items, label] };

/**
 * How a reader cites a section, and every clause in it before its items: "Artikel 3 Termijn" by its words, as a
 * section a pattern numbers "Artikel 3", "Hoofdstuk 2" or "§ 3.2" (numbering.sections, a brand's labels.sections); a
 * heading typed "4." or numbered by clausemark by its number ('' for an unnumbered section).
 */
export function sectionCitation(section: Section): Citation {
  const typed = section.typed;
  const article = typed && /^\p{L}/u.test(typed.label) ? typed.label : (typed?.numeral ?? section.number);
  return { article, worded: /^[\p{L}§]/u.test(article), items: [] };
}

/** Every clause of `policy` → how a reader cites it (Citation), in the brand's list styles `house`. */
export function printedCitations(
  policy: Policy,
  house: readonly NumberStyle[] = DEFAULT_HOUSE_STYLE,
): ReadonlyMap<Clause, Citation> {
  const citations = new Map<Clause, Citation>();
  const styles: readonly NumberStyle[] = house.length > 0 ? house : ['decimal'];
  for (const section of allSections(policy)) {
    labelClauses(section.clauses, sectionCitation(section), 0, styles, citeStep, citations);
  }
  return citations;
}

/**
 * The words a citation is said in (the labels' `phrases`): "Artikel {{number}}", "lid {{number}}", "onder {{number}}".
 */
export interface CitationWords {
  article(number: string): string;
  member(number: string): string;
  point(number: string): string;
}

/**
 * A citation in words: "Artikel 3.1, lid 5", "Artikel 2, onder f", "Artikel 1.1, onder a, onder 2": a first-level
 * item numbered in figures is a member (lid), any other item a point (onder); '' when it has no number at all.
 */
export function citeClause(citation: Citation, words: CitationWords): string {
  const parts: string[] = [];
  // "Artikel 1." (a pattern "Artikel %1.") is cited without its dot, as "1." is.
  const article = citation.article.replace(/\.$/u, '');
  if (article !== '') parts.push(citation.worded ? article : words.article(article));
  citation.items.forEach((label, depth) => {
    const number = label.replace(/[.)]$/u, '');
    parts.push(depth === 0 && /^\d+$/u.test(number) ? words.member(number) : words.point(number));
  });
  return parts.join(', ');
}

// A version diff as the board reads it: each clause named by the number the policy's PDF, Word document and web page
// print for it ("2 1." for the first item under heading 2; model/printed-number.ts), not by the parse's joined
// ordinals ("2.1") the diff computes with (issue 69 item 4), and cited in words for a table's article column
// ("Artikel 2, lid 1"); a changed section heading cited by the word and number its PDF prints ("Artikel 2",
// "Hoofdstuk 2"). Used by the board pack, the revision's summary and every diff a person reads (`diff --format
// text|md|html`, `git-diff`, the report's diff pages), which cite each clause and heading in those words too.
import type { ClauseChange, ClauseRef, PolicyDiff } from '../../diff/types.js';
import type { NumberStyle } from '../../model/numbering.js';
import type { Policy } from '../../model/policy.js';
import {
  type CitationWords,
  citeClause,
  printedCitations,
  printedNumbers,
  sectionCitation,
} from '../../model/printed-number.js';
import { allSections } from '../../model/walk.js';
import type { DiffReport } from '../../render/diff/report.js';
import { citationWords } from '../../wording/article-words.js';
import { printedRevision } from './revision-brand.js';

/** Clause ID → printed number and citation in words, for one version. */
function numbersById(
  policy: Policy,
  house: readonly NumberStyle[],
  words: CitationWords | undefined,
): Map<string, { number: string; cited?: string }> {
  const byId = new Map<string, { number: string; cited?: string }>();
  const citations = words ? printedCitations(policy, house) : undefined;
  for (const [clause, number] of printedNumbers(policy, house)) {
    const citation = citations?.get(clause);
    const cited = citation && words ? citeClause(citation, words) : '';
    byId.set(clause.id, cited === '' ? { number } : { number, cited });
  }
  return byId;
}

const renamed = (ref: ClauseRef, numbers: ReadonlyMap<string, { number: string; cited?: string }>): ClauseRef => {
  const printed = numbers.get(ref.id);
  return printed === undefined ? ref : { ...ref, ...printed };
};

type Headings = ReadonlyMap<string, { cited: string; typed: boolean }>;

/** Section ID → its heading cited in words ("Artikel 3", "Hoofdstuk 2", "§ 3.2"), where it prints a number. */
function headingsById(policy: Policy, words: CitationWords): Headings {
  const byId = new Map<string, { cited: string; typed: boolean }>();
  for (const section of allSections(policy)) {
    const cited = citeClause(sectionCitation(section), words);
    if (cited !== '') byId.set(section.id, { cited, typed: section.typed !== undefined });
  }
  return byId;
}

/**
 * A heading as its version prints it, cited in words: where the diff shows its number (the sections clausemark
 * numbers) or the heading types one ("Artikel 3 Termijn"); one printed without a number stays as it is.
 */
const citedHeading = (ref: ClauseRef, headings: Headings): ClauseRef => {
  const heading = headings.get(ref.id);
  return heading && (ref.number !== '' || heading.typed) ? { ...ref, cited: heading.cited } : ref;
};

/** A heading change with its headings cited in words (citedHeading), each in its version's `headings`. */
const withCitedHeadings = (change: ClauseChange, old: Headings, now: Headings): ClauseChange => ({
  ...change,
  ...(change.old ? { old: citedHeading(change.old, old) } : {}),
  ...(change.new ? { new: citedHeading(change.new, now) } : {}),
});

/**
 * `diff` with every clause reference numbered as its version prints it in the brand's list styles `house`, and cited
 * in `words` where given, as is every heading that prints a number ("Artikel 2"; its `number` as it is); meta as it is.
 */
export function withPrintedNumbers(
  diff: PolicyDiff,
  oldPolicy: Policy,
  newPolicy: Policy,
  house: readonly NumberStyle[],
  words?: CitationWords,
): PolicyDiff {
  const old = numbersById(oldPolicy, house, words);
  const now = numbersById(newPolicy, house, words);
  const headings =
    words && diff.changes.some((change) => change.heading)
      ? { old: headingsById(oldPolicy, words), now: headingsById(newPolicy, words) }
      : undefined;
  const changes = diff.changes.map((change): ClauseChange => {
    if (change.heading) return headings ? withCitedHeadings(change, headings.old, headings.now) : change;
    // A split's parts are new clauses (the first is change.new), a merge's old ones.
    const partsSide = change.parts?.[0] && change.new && change.parts[0].id === change.new.id ? now : old;
    return {
      ...change,
      ...(change.old ? { old: renamed(change.old, old) } : {}),
      ...(change.new ? { new: renamed(change.new, now) } : {}),
      ...(change.parts ? { parts: change.parts.map((part) => renamed(part, partsSide)) } : {}),
    };
  });
  return { ...diff, changes };
}

/**
 * `report` with every clause cited as the board pack's tables cite it, in the report's language ("Artikel 2, onder f"
 * where the policy prints "Artikel 2 f."): for the web page, whose cards name a clause by `cited` (placeOf).
 */
export function citedReport(
  report: DiffReport,
  oldPolicy: Policy,
  newPolicy: Policy,
  house: readonly NumberStyle[],
): DiffReport {
  const diff = withPrintedNumbers(report.diff, oldPolicy, newPolicy, house, citationWords(report.phrases));
  return { ...report, diff };
}

/**
 * `report` cited as `citedReport` cites it, in the list styles of the revision's brand (--brand `brand`, else the new
 * version's own; its errors point at its `brand` field).
 */
export function citedInBrand(
  report: DiffReport,
  oldPolicy: Policy,
  newPolicy: Policy,
  options: { root: string; brand?: string },
): DiffReport {
  return citedReport(report, oldPolicy, newPolicy, printedRevision(oldPolicy, newPolicy, options).numbering);
}

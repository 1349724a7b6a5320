// A version diff as the board reads it: each clause named by the number the policy's PDF, Word document and web page
// print for it ("2 1." for the first item under heading 2; model/printed-number.ts), not by the parse's joined
// ordinals ("2.1") the diff computes with (issue 69 item 4), and cited in words for a table's article column
// ("Artikel 2, lid 1"). Used by the board pack, the revision's summary and every diff a person reads (`diff --format
// text|md|html`, `git-diff`, the report's diff pages), which cite each clause in those words too.
import type { ClauseChange, ClauseRef, PolicyDiff } from '../../diff/types.js';
import type { NumberStyle } from '../../model/numbering.js';
import type { Policy } from '../../model/policy.js';
import { type CitationWords, citeClause, printedCitations, printedNumbers } from '../../model/printed-number.js';
import type { DiffReport } from '../../render/diff/report.js';
import { citationWords } from '../../wording/article-words.js';
import { revisionBrand } from './revision-brand.js';

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

/**
 * `diff` with every clause reference numbered as its version prints it in the brand's list styles `house`, and cited
 * in `words` where given; headings and meta as they are.
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
  const changes = diff.changes.map((change): ClauseChange => {
    if (change.heading) return change;
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
  return citedReport(report, oldPolicy, newPolicy, revisionBrand(newPolicy, options).numbering);
}

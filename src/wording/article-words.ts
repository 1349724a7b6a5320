// In the labels "artikel" is a clause: in most school policies a numbered item under a heading is what a reader calls
// an article. A policy whose sections are typed articles ("### Artikel 3") has its articles there, and the members
// and points under them are its provisions: "67 artikelen hernummerd" for 67 members of 16 articles, or "2 artikelen
// samengevoegd tot één" for two points d. and e., is false there. A diff of such a policy is worded with the
// `phrases` words for provisions instead, in every output (text, md, html, json, pdf, docx).
import type { ClauseChange, ClauseRef, PolicyDiff } from '../diff/types.js';
import { namesArticle, typedHeadingNumber } from '../model/typed-number.js';
import type { CitationWords } from '../model/printed-number.js';
import { fillLabel } from '../text/placeholders.js';
import type { Labels } from './labels.js';

/** The typed article a clause sits in ("Artikel 5"), the innermost heading that types one; undefined if none. */
export function articleOf(ref: ClauseRef): string | undefined {
  for (let index = ref.sectionPath.length - 1; index >= 0; index--) {
    const typed = typedHeadingNumber(ref.sectionPath[index] ?? '');
    if (typed && namesArticle(typed)) return typed.label;
  }
  return undefined;
}

function refsOf(change: ClauseChange): ClauseRef[] {
  return [change.old, change.new, ...(change.parts ?? [])].filter((ref): ref is ClauseRef => ref !== undefined);
}

/** Whether a clause the diff names sits in a typed article: the policy's sections are articles. */
export function inArticles(diff: PolicyDiff): boolean {
  return diff.changes.some((change) => refsOf(change).some((ref) => articleOf(ref) !== undefined));
}

/** The labels a diff is worded with: for a policy of typed articles, its clauses are provisions. */
export function diffLabels(labels: Labels, diff: PolicyDiff): Labels {
  if (!inArticles(diff)) return labels;
  const { phrases } = labels;
  return {
    ...labels,
    reasonTexts: {
      ...labels.reasonTexts,
      'clause-added': phrases.provisionAdded,
      'clause-removed': phrases.provisionRemoved,
      'clause-rewritten': phrases.provisionRewritten,
      'clause-split': phrases.provisionSplit,
      'clauses-merged': phrases.provisionsMerged,
    },
    phrases: { ...phrases, renumbered: phrases.renumberedProvisions, renumberedOne: phrases.renumberedProvisionOne },
  };
}

/** The words a table's article column cites a clause in (the `phrases` citeArticle, citeMember, citePoint). */
export function citationWords(phrases: Labels['phrases']): CitationWords {
  return {
    article: (number) => fillLabel(phrases.citeArticle, { number }),
    member: (number) => fillLabel(phrases.citeMember, { number }),
    point: (number) => fillLabel(phrases.citePoint, { number }),
  };
}

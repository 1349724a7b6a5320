// Two versions of a policy in, one PolicyDiff out: match the clauses, classify what changed, add the headings that
// changed (headings.ts), put the changes in reading order of the new version (removed clauses and headings where
// they stood in the old one), count them.
import { adoptionOf } from '../model/adoption.js';
import { todayIso } from '../procedure/evaluate.js';
import type { Policy } from '../model/policy.js';
import { lexiconFor } from '../text/lexicon.js';
import { judgingLanguage } from './judging-language.js';
import { addedChange, changeOf, removedChange, type ClassifyContext } from './classify.js';
import { isFurniture } from './furniture.js';
import { ListItems } from './list-items.js';
import { Side, TextForms } from '../match/entries.js';
import { readingTexts } from '../match/reading-text.js';
import { headingChanges } from './headings.js';
import { matchClauses } from './match.js';
import { metaChanges } from './meta.js';
import { readerText } from '../text/reader-text.js';
import { movedMatches, sectionMapOf } from './moves.js';
import { numbersSections } from './visible-number.js';
import { renumberedArticles, type ArticleNumbers } from './followed-citations.js';
import type { Match, MatchState } from './state.js';
import {
  CHANGE_KINDS,
  type ChangeCounts,
  type ChangeKind,
  type ClauseChange,
  type DocumentRef,
  type PolicyDiff,
} from './types.js';

export interface DiffOptions {
  /** Where each version came from (a git revision, "working copy"), shown in the outputs. */
  revisions?: { old?: string; new?: string };
}

function documentRef(policy: Policy, revision: string | undefined): DocumentRef {
  const ref: DocumentRef = {
    path: policy.path,
    title: policy.meta.title,
    organisation: policy.meta.organisation,
    version: policy.meta.version,
    // What the version is, not what its frontmatter claims: an approved text edited since is `outdated`.
    status: adoptionOf(policy, todayIso()).status,
  };
  if (revision !== undefined) ref.revision = revision;
  return ref;
}

/** Only the display number changed: it follows from any insertion above, so it is counted apart, not as a change. */
export function isRenumberedOnly(change: ClauseChange): boolean {
  return change.kinds.length === 1 && change.kinds[0] === 'renumbered';
}

/**
 * Counts per kind, and the headline: total, substantive and editorial leave renumbered-only entries out (in one
 * revision 74 of 127 "changes" were nothing but a new number); `renumbered` says how many there are.
 */
export function countChanges(changes: readonly ClauseChange[]): ChangeCounts {
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  let substantive = 0;
  let total = 0;
  for (const change of changes) {
    for (const kind of change.kinds) counts[kind]++;
    if (isRenumberedOnly(change)) continue;
    total++;
    if (change.significance === 'substantive') substantive++;
  }
  return { ...counts, substantive, editorial: total - substantive, total };
}

/**
 * A clause with no text a reader sees: a list item whose only content is an opening tag, when hard-wrapped source put
 * the tag on a line of its own (`-   <span style="color:red">` and the text on the next lines). Its words stand in
 * the clause after it and are compared there; the empty item coming or going is no change anyone can read.
 */
function showsNothing(text: string): boolean {
  const seen = readerText(text);
  return seen === '' || LAYOUT_ONLY.test(seen);
}

/**
 * A paragraph of nothing but LaTeX layout commands (`\pagebreak`, `\newpage`) that pandoc passes to the PDF: a page
 * break, not a clause anyone reads, so one coming or going is no clause added or removed.
 */
const LAYOUT_ONLY =
  /^(?:\\(?:pagebreak|newpage|clearpage|cleardoublepage|linebreak|nopagebreak|vfill|bigskip|medskip|smallskip)(?:\[\d\])?\s*)+$/u;

interface Placed {
  change: ClauseChange;
  /** Position in the new version; removed clauses take the position after their nearest matched predecessor. */
  at: number;
  /** 0 for clauses in the new version, 1 for removed ones, which follow the clause they stood after. */
  tier: number;
  oldIndex: number;
}

/**
 * For each clause of one version (`from`), the position in the other of the nearest matched clause before it (-1
 * when there is none).
 */
function anchorsOf(state: MatchState, from: 'old' | 'new', size: number): Int32Array {
  const anchors = new Int32Array(size);
  let anchor = -1;
  for (let i = 0; i < size; i++) {
    anchors[i] = anchor;
    const match = from === 'old' ? state.matchOfOld(i) : state.matchOfNew(i);
    if (match) anchor = Math.max(...(from === 'old' ? match.new : match.old));
  }
  return anchors;
}

/** The clauses' changes, each placed in reading order of the new version (a removed one where it stood). */
function clauseChanges(
  state: MatchState,
  matches: readonly Match[],
  context: ClassifyContext,
  anchors: Int32Array,
): Placed[] {
  const { oldSide, newSide } = context;
  const placed: Placed[] = [];
  const items = new ListItems(oldSide, newSide, (from, index) =>
    from === 'old' ? state.matchOfOld(index) : state.matchOfNew(index),
  );
  for (const match of matches) {
    const change = changeOf(match, context);
    if (change) placed.push({ change, at: match.new[0] ?? 0, tier: 0, oldIndex: match.old[0] ?? 0 });
  }
  for (const index of state.unmatchedNew()) {
    if (showsNothing(newSide.entry(index).text)) continue;
    const entry = newSide.entry(index);
    placed.push({
      change: addedChange(entry.ref, items.reasons('new', entry.clause)),
      at: index,
      tier: 0,
      oldIndex: -1,
    });
  }
  for (const index of state.unmatchedOld()) {
    if (showsNothing(oldSide.entry(index).text)) continue;
    placed.push({
      change: removedChange(oldSide.entry(index).ref, items.reasons('old', oldSide.entry(index).clause)),
      at: anchors[index] ?? -1,
      tier: 1,
      oldIndex: index,
    });
  }
  return placed;
}

/** Headings reworded, added, removed or moved (headings.ts), each where it stands among the clauses. */
function headingsPlaced(state: MatchState, context: ClassifyContext, anchors: Int32Array): Placed[] {
  let newAnchors: Int32Array | undefined;
  const oldAnchorOfNew = (index: number): number => {
    newAnchors ??= anchorsOf(state, 'new', context.newSide.size + 1);
    return newAnchors[index] ?? -1;
  };
  return headingChanges(context, {
    removedAt: (index) => ({ at: anchors[index] ?? -1, tier: 1 }),
    newAround: (index) => [anchors[index] ?? -1, (anchors[index] ?? -1) + 1],
    oldAround: (index) => [oldAnchorOfNew(index), oldAnchorOfNew(index) + 1],
  });
}

export function diffPolicies(oldPolicy: Policy, newPolicy: Policy, options: DiffOptions = {}): PolicyDiff {
  // Footnotes and link targets are part of what a reader sees and of the approval hash, so they are compared too.
  const forms = new TextForms();
  const oldSide = new Side(oldPolicy, readingTexts(oldPolicy), forms);
  const newSide = new Side(newPolicy, readingTexts(newPolicy), forms);
  const state = matchClauses(oldSide, newSide);
  const matches = state.matches.filter((match): match is Match => match !== undefined);
  let articles: ArticleNumbers | undefined;
  const context: ClassifyContext = {
    oldSide,
    newSide,
    // The same reading of the matching its last phases made (moves.ts keeps it per version of the matching).
    moved: movedMatches(state),
    sectionMap: sectionMapOf(state),
    // Reasons are judged in one language for both versions (judging-language.ts), so diff(b, a) mirrors diff(a, b);
    // the outputs speak the new version's language.
    lexicon: lexiconFor(judgingLanguage(oldPolicy, newPolicy)),
    sectionsNumbered: { old: numbersSections(oldSide.entries), new: numbersSections(newSide.entries) },
    articles: () => (articles ??= renumberedArticles(sectionMapOf(state), oldSide, newSide)),
  };

  // One anchor past the last old clause too: for a heading removed after it.
  const anchors = anchorsOf(state, 'old', oldSide.size + 1);
  const placed = [...clauseChanges(state, matches, context, anchors), ...headingsPlaced(state, context, anchors)];
  placed.sort((a, b) => a.at - b.at || a.tier - b.tier || a.oldIndex - b.oldIndex);
  const changes = placed.map((entry) =>
    !entry.change.heading && isFurniture(entry.change, context.lexicon)
      ? { ...entry.change, significance: 'editorial' as const, reasons: [] }
      : entry.change,
  );

  return {
    lang: newPolicy.meta.lang,
    old: documentRef(oldPolicy, options.revisions?.old),
    new: documentRef(newPolicy, options.revisions?.new),
    summary: countChanges(changes),
    changes,
    meta: metaChanges(oldPolicy, newPolicy),
  };
}

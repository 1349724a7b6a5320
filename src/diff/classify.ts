// From matches to reported changes: which kinds apply, the redline, and whether it matters.
//   modified    the text a reader sees differs (any difference, even a comma; significance says whether it
//               matters). Whitespace, re-wrapped lines and HTML tags around the same words are no difference.
//   moved       under another section, or out of order relative to its matched neighbours (see moves.ts)
//   id-renamed  matched by text or similarity, both ids written by the author, and they differ
//   renumbered  only the display number changed; reported only when nothing else did (it follows from any
//               insertion above, so it is counted but kept editorial and quiet)
//   split / merged, added / removed
import type { Section } from '../model/policy.js';
import { differsOnlyInvisibly } from '../text/invisible.js';
import type { Lexicon } from '../text/lexicon.js';
import { normalise } from '../text/normalise.js';
import { readerText } from '../text/reader-text.js';
import type { Entry, Side } from '../match/entries.js';
import { redline } from '../match/redline.js';
import { judged, judgeRedline, type Judgement } from './significance.js';
import { PART_SEPARATOR } from './split.js';
import { changedLinkTargets, linkTargetReasons } from './link-targets.js';
import { differsOnlyInUrlForms } from './url-forms.js';
import { visibleNumber } from './visible-number.js';
import { inOldNumbers, onlyCitationsLess, type ArticleNumbers } from './followed-citations.js';
import type { Match } from './state.js';
import type { ChangeKind, ClauseChange, ClauseRef, Reason } from './types.js';

/** The order kinds are listed in within one change. */
export const KIND_ORDER: readonly ChangeKind[] = [
  'added',
  'removed',
  'split',
  'merged',
  'id-renamed',
  'moved',
  'modified',
  'renumbered',
];

export interface ClassifyContext {
  oldSide: Side;
  newSide: Side;
  moved: ReadonlySet<Match>;
  sectionMap: ReadonlyMap<Section, Section>;
  /** The word lists of the pair's language (judging-language.ts), for the significance rules. */
  lexicon: Lexicon;
  /**
   * Whether clausemark numbers each version's sections (visible-number.ts), found once per version: asked per
   * match, it read every clause of both versions each time (a quarter of a civil-code diff).
   */
  sectionsNumbered: { old: boolean; new: boolean };
  /** The articles that got another number, new number → old (followed-citations.ts), read when first asked. */
  articles: () => ArticleNumbers;
}

function sortKinds(kinds: Set<ChangeKind>): ChangeKind[] {
  return KIND_ORDER.filter((kind) => kinds.has(kind));
}

function isMoved(match: Match, context: ClassifyContext): boolean {
  if (context.moved.has(match)) return true;
  const from = context.oldSide.entry(match.old[0] ?? 0).section;
  const to = context.newSide.entry(match.new[0] ?? 0).section;
  return context.sectionMap.get(from) !== to;
}

/** What is compared: the text as a reader sees it (no HTML tags, source line breaks and spacing as one space). */
function textOf(entries: Entry[]): string {
  return entries.map((entry) => readerText(entry.text)).join(PART_SEPARATOR);
}

/** Redline, rewritten flag and significance of a text change (a clause's, or a heading's: headings.ts). */
export function compareTexts(
  oldText: string,
  newText: string,
  similarity: number,
  structural: Reason[],
  lexicon: Lexicon,
): Pick<ClauseChange, 'words' | 'rewritten' | 'invisibleOnly'> & Judgement {
  if (oldText === newText) return { ...judged(structural) };
  // Nothing a reader can see changed: editorial, and always a redline (never "rewritten"), so the renderers can
  // name the characters where they changed.
  if (differsOnlyInvisibly(oldText, newText))
    return { words: redline(oldText, newText, 1).words, invisibleOnly: true, ...judged(structural) };
  const line = redline(oldText, newText, similarity);
  let judgement: Judgement;
  if (normalise(oldText) === normalise(newText) || differsOnlyInUrlForms(oldText, newText))
    judgement = judged(structural);
  else if (line.rewritten) judgement = judged([...structural, { code: 'clause-rewritten', params: {} }]);
  else judgement = judged([...structural, ...judgeRedline(line.words, lexicon).reasons]);
  return { words: line.words, ...(line.rewritten ? { rewritten: true } : {}), ...judgement };
}

function groupChange(match: Match, context: ClassifyContext): ClauseChange {
  const olds = match.old.map((index) => context.oldSide.entry(index));
  const news = match.new.map((index) => context.newSide.entry(index));
  const split = match.via === 'split';
  const kinds = new Set<ChangeKind>([split ? 'split' : 'merged']);
  // A part that does not stand next to the others went elsewhere: a sentence that left for another section.
  const partIndexes = split ? match.new : match.old;
  const scattered = partIndexes.some((at, i) => i > 0 && at !== (partIndexes[i - 1] ?? at) + 1);
  if (scattered || isMoved(match, context)) kinds.add('moved');
  const oldText = textOf(olds);
  const newText = textOf(news);
  if (normalise(oldText) !== normalise(newText)) kinds.add('modified');
  const structural: Reason[] = [
    split
      ? { code: 'clause-split', params: { count: news.length } }
      : { code: 'clauses-merged', params: { count: olds.length } },
  ];
  // Split or merged with the same words (a full stop become a semicolon and a new paragraph) is editorial: the
  // reader reads the same rules. The split or merge is named as a reason only beside a change of substance.
  const words = compareTexts(oldText, newText, match.similarity, [], context.lexicon);
  const compared =
    words.significance === 'editorial'
      ? words
      : compareTexts(oldText, newText, match.similarity, structural, context.lexicon);
  const change: ClauseChange = {
    kinds: sortKinds(kinds),
    significance: compared.significance,
    reasons: compared.reasons,
    old: (olds[0] as Entry).ref,
    new: (news[0] as Entry).ref,
    parts: (split ? news : olds).map((entry) => entry.ref),
    similarity: match.similarity,
  };
  if (compared.words) change.words = compared.words;
  if (compared.rewritten) change.rewritten = true;
  // The split or merge itself shows on paper (a paragraph and a number more or fewer): "only invisible characters
  // changed" only when the words, read as one text, differ invisibly too.
  const asOne = (entries: Entry[]): string => entries.map((entry) => readerText(entry.text)).join(' ');
  if (compared.invisibleOnly && differsOnlyInvisibly(asOne(olds), asOne(news))) change.invisibleOnly = true;
  return change;
}

/** The number a reader sees changed (visible-number.ts), not merely the one clausemark computes. */
function renumbered(before: Entry, after: Entry, context: ClassifyContext): boolean {
  const oldShown = visibleNumber(before, context.sectionsNumbered.old);
  const newShown = visibleNumber(after, context.sectionsNumbered.new);
  return oldShown !== newShown;
}

/** The change a match stands for, or undefined when the clause is the same in both versions. */
export function changeOf(match: Match, context: ClassifyContext): ClauseChange | undefined {
  if (match.via === 'split' || match.via === 'merge') return groupChange(match, context);
  const before = context.oldSide.entry(match.old[0] ?? 0);
  const after = context.newSide.entry(match.new[0] ?? 0);
  const kinds = new Set<ChangeKind>();
  // Most matched clauses kept their text: then it is the same as a reader sees it, with no need to read it so.
  const sameText = after.text === before.text;
  const oldText = sameText ? before.text : readerText(before.text);
  const newText = sameText ? before.text : readerText(after.text);
  // A link of the same words that leads elsewhere changes what the reader gets, even when no word changed.
  const links = changedLinkTargets(before.clause, context.oldSide.policy, after.clause, context.newSide.policy);
  if (oldText !== newText || links.length > 0) kinds.add('modified');
  if (isMoved(match, context)) kinds.add('moved');
  if (before.explicitId && after.explicitId && before.ref.id !== after.ref.id) kinds.add('id-renamed');
  if (kinds.size === 0 && renumbered(before, after, context)) kinds.add('renumbered');
  if (kinds.size === 0) return undefined;
  const structural = linkTargetReasons(links);
  const compared = followingCitations(
    compareTexts(oldText, newText, match.similarity, structural, context.lexicon),
    { oldText, newText, similarity: match.similarity, structural },
    context,
  );
  const change: ClauseChange = {
    kinds: sortKinds(kinds),
    significance: compared.significance,
    reasons: compared.reasons,
    old: before.ref,
    new: after.ref,
    similarity: match.similarity,
  };
  if (compared.words) change.words = compared.words;
  if (compared.rewritten) change.rewritten = true;
  if (compared.invisibleOnly) change.invisibleOnly = true;
  if (links.length > 0) change.linkTargets = links;
  if (compared.citations) change.citations = compared.citations;
  return change;
}

type Compared = ReturnType<typeof compareTexts> & Pick<ClauseChange, 'citations'>;

/**
 * The judgement with the citations that follow a renumbering left out (followed-citations.ts): "artikel 12 → 13"
 * where Artikel 12 is now Artikel 13 gives no reason; the redline still shows it, and the change names it.
 */
function followingCitations(
  compared: ReturnType<typeof compareTexts>,
  texts: { oldText: string; newText: string; similarity: number; structural: Reason[] },
  context: ClassifyContext,
): Compared {
  if (compared.significance !== 'substantive' || compared.rewritten) return compared;
  const numbers = context.articles();
  if (numbers.size === 0) return compared;
  const read = inOldNumbers(texts.newText, numbers, context.lexicon);
  if (read.citations.length === 0) return compared;
  const again = compareTexts(texts.oldText, read.text, texts.similarity, texts.structural, context.lexicon);
  if (!onlyCitationsLess(compared.reasons, again.reasons)) return compared;
  return { ...compared, significance: again.significance, reasons: again.reasons, citations: read.citations };
}

/** `reasons`: a list item's own (list-items.ts), else the clause's. */
export function addedChange(ref: ClauseRef, reasons?: Reason[]): ClauseChange {
  return {
    kinds: ['added'],
    significance: 'substantive',
    reasons: reasons ?? [{ code: 'clause-added', params: {} }],
    new: ref,
    similarity: 0,
  };
}

export function removedChange(ref: ClauseRef, reasons?: Reason[]): ClauseChange {
  return {
    kinds: ['removed'],
    significance: 'substantive',
    reasons: reasons ?? [{ code: 'clause-removed', params: {} }],
    old: ref,
    similarity: 0,
  };
}

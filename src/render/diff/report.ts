// What every diff output shares: the diff as the reader asked for it (editorial changes left out on request), the
// words around it in the new version's language, and the plain-language pieces each change is described with.
// Renderers (text, md, html, json) only lay these out.
import { KIND_ORDER } from '../../diff/classify.js';
import { countChanges, isRenumberedOnly } from '../../diff/diff.js';
import { PART_SEPARATOR } from '../../diff/split.js';
import { linkFormNotes } from '../../diff/link-targets.js';
import { citationNotes } from '../../diff/followed-citations.js';
import type {
  ChangeCounts,
  ChangeKind,
  ClauseChange,
  ClauseRef,
  DocumentRef,
  PolicyDiff,
  WordOp,
} from '../../diff/types.js';
import type { PolicyStatus } from '../../model/policy.js';
import { fillLabel, type Labels } from '../../wording/labels.js';
import { showInvisibles } from '../../text/invisible.js';
import { wordReasons } from '../../wording/reasons.js';
import { type GitEvidence, unrecordedAdoptionNote } from '../../wording/adoption-note.js';
import { diffLabels } from '../../wording/article-words.js';
import { counted, renumberedCount, type Phrases } from '../shared/phrases.js';
import { comparedText } from '../shared/compared-versions.js';
import { citedNumber } from '../shared/change-names.js';

export interface DiffReport {
  /** The changes to show: with ignoreEditorial, editorial ones are gone and the summary is recounted. */
  diff: PolicyDiff;
  labels: Labels;
  phrases: Phrases;
  /** BCP-47 tag of the new version (html `lang`). */
  lang: string;
  ignoreEditorial: boolean;
  /** How many editorial changes ignoreEditorial left out. */
  hiddenEditorial: number;
}

export interface ReportOptions {
  labels: Labels;
  lang: string;
  ignoreEditorial?: boolean;
}

export function prepareReport(diff: PolicyDiff, options: ReportOptions): DiffReport {
  const ignoreEditorial = options.ignoreEditorial === true;
  // Clauses that were only renumbered are no editorial change (they are in no count): they stay, on their own line.
  const hidden = (change: ClauseChange): boolean => change.significance === 'editorial' && !isRenumberedOnly(change);
  const changes = ignoreEditorial ? diff.changes.filter((change) => !hidden(change)) : diff.changes;
  // A policy of typed articles calls its clauses provisions (src/wording/article-words.ts).
  const labels = diffLabels(options.labels, diff);
  return {
    diff: ignoreEditorial ? { ...diff, changes, summary: countChanges(changes) } : diff,
    labels,
    phrases: labels.phrases,
    lang: options.lang,
    ignoreEditorial,
    hiddenEditorial: diff.changes.length - changes.length,
  };
}

/**
 * Whether the versions differ, for the exit code (like diff(1): 0 same, 1 different). Frontmatter changes count,
 * except with ignoreEditorial: then only substantive clause changes do (a version bump alone is not a difference).
 */
export function hasDifferences(report: DiffReport): boolean {
  if (report.ignoreEditorial) return report.diff.summary.substantive > 0;
  return report.diff.changes.length > 0 || report.diff.meta.length > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Pieces for describing changes

/** Renumbering follows from any insertion above: such entries are left out of the counts, listed in one compact line. */
export { isRenumberedOnly };

export function listedChanges(report: DiffReport): { listed: ClauseChange[]; renumbered: ClauseChange[] } {
  const listed: ClauseChange[] = [];
  const renumbered: ClauseChange[] = [];
  for (const change of report.diff.changes) (isRenumberedOnly(change) ? renumbered : listed).push(change);
  return { listed, renumbered };
}

/** Non-zero counts per kind, in the order kinds are listed; renumbered-only entries have their own line. */
export function kindCounts(diff: PolicyDiff): [ChangeKind, number][] {
  return KIND_ORDER.filter((kind) => kind !== 'renumbered')
    .map((kind): [ChangeKind, number] => [kind, diff.summary[kind]])
    .filter(([, count]) => count > 0);
}

/**
 * The headline count, true to the exit code: "1 wijziging: …" in the singular, and a revision that changed only
 * the frontmatter says so instead of "Geen wijzigingen" (it exits 1).
 */
export function changeSummaryText(labels: Labels, summary: ChangeCounts, metaChanges: number): string {
  if (summary.total === 0)
    return metaChanges > 0 ? fillLabel(labels.metaChangesOnly, { count: metaChanges }) : labels.noChanges;
  const counts = { total: summary.total, substantive: summary.substantive, editorial: summary.editorial };
  return fillLabel(summary.total === 1 ? labels.changeSummaryOne : labels.changeSummary, counts);
}

export function summaryLine(report: DiffReport): string {
  // With --ignore-editorial frontmatter changes do not count (nor make the exit code 1), so the line leaves them out.
  return changeSummaryText(report.labels, report.diff.summary, report.ignoreEditorial ? 0 : report.diff.meta.length);
}

export function comparedLine(report: DiffReport): string {
  return comparedText(report.labels, report.diff.old, report.diff.new);
}

export function hiddenLine(report: DiffReport): string | undefined {
  if (report.hiddenEditorial === 0) return undefined;
  return counted(report.hiddenEditorial, report.phrases.hiddenEditorial, report.phrases.hiddenEditorialOne);
}

export function renumberedLine(report: DiffReport, changes: readonly ClauseChange[], examples = 6): string | undefined {
  if (changes.length === 0) return undefined;
  const head = renumberedCount(changes, report.phrases);
  const pairs = changes
    .slice(0, examples)
    .map((change) => `${change.old ? citedNumber(change.old) : '?'} → ${change.new ? citedNumber(change.new) : '?'}`);
  // A citation in words has commas of its own ("Artikel 2, lid 1"): pairs of those are set apart by semicolons.
  const between = pairs.some((pair) => pair.includes(',')) ? '; ' : ', ';
  return `${head}: ${pairs.join(between)}${changes.length > examples ? `${between}…` : ''}`;
}

function statusName(labels: Labels, status: string): string {
  return status === 'outdated' ? labels.outdated : (labels.statuses[status as PolicyStatus] ?? status);
}

/**
 * What the diff job read from git of a version adopted without a hash (textUnrecorded), as the outputs word it
 * (src/wording/adoption-note.ts): {} where git shows nothing; undefined for any other version.
 */
export function refEvidence(ref: DocumentRef): GitEvidence | undefined {
  if (ref.changedPerGit) return { changed: ref.changedPerGit };
  if (ref.adoptedPerGit) return { adopted: ref.adoptedPerGit };
  if (ref.historyNotFollowed !== undefined) return { notFollowed: { commit: ref.historyNotFollowed } };
  if (ref.historyShallow) return { shallow: true };
  return ref.textUnrecorded ? {} : undefined;
}

/**
 * Beside the status of an adoption without a hash: what git shows of its words; where its history is cut (a shallow
 * clone, a move git does not connect), that git cannot tell and why; where git shows nothing, that the text adopted
 * is not recorded, as the cover says it; else nothing.
 */
function gitNote(ref: DocumentRef, labels: Labels): string {
  const evidence = refEvidence(ref);
  return evidence ? unrecordedAdoptionNote(labels, evidence, labels.lang) : '';
}

/**
 * "policies/x.md @ HEAD~1 (3f2a1bc) · 1.0 · Concept"; for an adoption without a hash, what git shows beside the
 * status: that the words changed since, as the cover says it ("· Vastgesteld · gewijzigd na vaststelling (volgens
 * git): …"), or that they are the adopted ones ("· Vastgesteld · vastgestelde tekst volgens git (commit …)"), or
 * why git cannot tell ("· Vastgesteld · tekst niet vastgelegd …, want de git-geschiedenis is niet volledig …"), or,
 * where git shows nothing, that the text is not recorded ("· Vastgesteld · tekst niet vastgelegd … (geen hash): …").
 */
export function versionLine(ref: DocumentRef, labels: Labels): string {
  const where = ref.revision ? `${ref.path} @ ${ref.revision}` : ref.path;
  const note = gitNote(ref, labels);
  return [where, ref.version, statusName(labels, ref.status), note].filter((part) => part !== '').join(' · ');
}

/** A change's reasons, worded in the report's language (the same wording the board pack uses). */
export function reasonsOf(change: ClauseChange, report: DiffReport): string[] {
  return wordReasons(change.reasons, report.labels);
}

/**
 * Notes beside the text, no reasons: links whose address was only written another way (the clause text does not show
 * it), and citations that follow a renumbering (followed-citations.ts), worded.
 */
export function linkNotesOf(change: ClauseChange, report: DiffReport): string[] {
  return wordReasons([...linkFormNotes(change), ...citationNotes(change)], report.labels);
}

export function kindNames(change: ClauseChange, labels: Labels): string[] {
  return change.kinds.map((kind) => labels.kinds[kind]);
}

/** What a change is to, when not a clause: ["kop"] for a section heading (src/diff/headings.ts), else nothing. */
export function subjectNames(change: ClauseChange, labels: Labels): string[] {
  return change.heading ? [labels.phrases.heading] : [];
}

export function significanceName(change: ClauseChange, labels: Labels): string {
  return change.significance === 'substantive' ? labels.substantive : labels.editorial;
}

/** The clauses a change starts from: all parts of a merge, else the one old clause (none when added). */
function oldRefs(change: ClauseChange): ClauseRef[] {
  if (change.kinds.includes('merged') && change.parts) return change.parts;
  return change.old ? [change.old] : [];
}

/** The clauses a change ends in: all parts of a split, else the one new clause (none when removed). */
function newRefs(change: ClauseChange): ClauseRef[] {
  if (change.kinds.includes('split') && change.parts) return change.parts;
  return change.new ? [change.new] : [];
}

function joinDistinct(before: string, after: string): string {
  if (before === '') return after;
  if (after === '' || before === after) return before;
  return `${before} → ${after}`;
}

/** Where a change stands, for its heading: numbers, author ids and section path, each "old → new" when they differ. */
export interface Place {
  numbers: string;
  /** Author-written ids ('' when the clauses have synthetic ids only). */
  ids: string;
  path: string;
}

export function placeOf(change: ClauseChange, phrases: Phrases): Place {
  const olds = oldRefs(change);
  const news = newRefs(change);
  // Cited in words where the caller worded it (the web page: "Artikel 2, onder f"), else by its number.
  const numberOf = (ref: ClauseRef): string =>
    citedNumber(ref) || (ref.synthetic ? fillLabel(phrases.line, { count: ref.line }) : '');
  const numbers = (refs: ClauseRef[]): string => refs.map(numberOf).filter(Boolean).join(' + ');
  const ids = (refs: ClauseRef[]): string =>
    refs
      .filter((ref) => !ref.synthetic)
      .map((ref) => ref.id)
      .join(' + ');
  const path = (refs: ClauseRef[]): string => (refs[0]?.sectionPath ?? []).filter(Boolean).join(' › ');
  return {
    numbers: joinDistinct(numbers(olds), numbers(news)),
    ids: joinDistinct(ids(olds), ids(news)),
    path: joinDistinct(path(olds), path(news)),
  };
}

/** How a change's text is shown. */
export type TextShape =
  | { shape: 'redline'; words: WordOp[] }
  | { shape: 'added'; text: string }
  | { shape: 'removed'; text: string }
  /** Old and new shown whole, one after the other (a rewrite the word diff could not align). */
  | { shape: 'rewritten'; old: string; new: string }
  /** The words did not change (a move, a renumbering, a new id): the text for reference. */
  | { shape: 'unchanged'; text: string };

export function textShape(change: ClauseChange): TextShape {
  const olds = oldRefs(change);
  const news = newRefs(change);
  const joined = (refs: ClauseRef[]): string => refs.map((ref) => ref.text).join(PART_SEPARATOR);
  if (news.length === 0) return { shape: 'removed', text: joined(olds) };
  if (olds.length === 0) return { shape: 'added', text: joined(news) };
  if (change.rewritten) return { shape: 'rewritten', old: joined(olds), new: joined(news) };
  if (change.words && change.words.some((word) => word.op !== 'equal'))
    return { shape: 'redline', words: visibleWords(change.words) };
  return { shape: 'unchanged', text: joined(news) };
}

/** The redline with invisible characters in changed stretches named ("⟨U+200B⟩"), so no change shows empty. */
function visibleWords(words: readonly WordOp[]): WordOp[] {
  return words.map((word) => (word.op === 'equal' ? word : { op: word.op, text: showInvisibles(word.text) }));
}

/** Marks a paragraph break that was inserted or deleted (the seam of a split or merge), which is otherwise invisible. */
export const BREAK_MARK = '¶';

/** An inserted or deleted stretch of nothing but whitespace with a line break in it. */
export function isBreakChange(word: WordOp): boolean {
  return word.op !== 'equal' && /^\s*\n\s*$/.test(word.text);
}

/** One side of a redline: the old text with its deletions marked, or the new one with its insertions. */
export function sideOf(words: readonly WordOp[], side: 'old' | 'new'): WordOp[] {
  const skip = side === 'old' ? 'insert' : 'delete';
  return words.filter((word) => word.op !== skip);
}

// Frontmatter changes in the reader's words (meta-line.ts), for the renderers that import their pieces from here.
export { metaLine } from './meta-line.js';

// Whether a clausemark PDF/A's attached Markdown is the document its pages show. The attachment is only a copy: a
// PDF whose pages say "alleen voor het onderwijs" may carry Markdown that says "verkoopt persoonsgegevens aan
// derden", and a reader signs what the pages say. So the attachment is used only when the two agree word for word:
// every word of its text (clauses, section titles, footnotes) is on the pages as often, and every word on the pages
// comes from the attachment, a printed label of clausemark's (templates/labels), a month name, a number or the commit
// the note on a hand-written adoption names. Words a PDF reader ran together are split again into the attachment's
// words, each still counted.
import type { Nodes } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import YAML from 'yaml';
import { adopts } from '../../model/adoption.js';
import type { Policy } from '../../model/policy.js';
import { allClauses, allSections } from '../../model/walk.js';
import { parsePolicy } from '../../parse/index.js';
import { LEXICON_LANGUAGES, lexiconFor } from '../../text/lexicon.js';
import { writtenMonths } from '../../text/months.js';
import { labelFileTexts } from '../label-files.js';

const WORD = /[\p{L}\p{N}]+/gu;
/** A word broken over two lines by the hyphenator (or a soft hyphen) is one word on the page. */
const LINE_END_HYPHEN = /[-\u00AD]\n/g;
/**
 * Page numbers, dates, clause numbers (3, b, iv), the colophon's hash of the source (hexadecimal), and a short commit
 * with a digit ("f3a9c21") wherever it stands; one without ("deadbee") only as a commit (printedCommit).
 */
const PRINTED_FIGURE = /^(\p{N}+|\p{L}|[ivxlc]+|[0-9a-f]{32,}|(?=[0-9a-f]*\p{N})[0-9a-f]{7,12})$/u;

/** A commit as git prints it, short or whole: 7 to 40 hexadecimal characters, digits or not. */
const COMMIT_HASH = /^[0-9a-f]{7,40}$/u;

/**
 * Of the words on the pages that name no commit in words (not after "commit"), at most this many are asked of the
 * repository's history: each is a git process, and a page of hexadecimal-looking words must not start hundreds.
 */
const COMMITS_ASKED = 8;

/** Whether a word names a commit of the repository holding the imported file (io/git.ts namesCommit); none: never. */
export type KnownCommit = (hash: string) => boolean;

/**
 * The words at `indexes` of `tokens` that are a commit the pages name: one right after the word "commit" (the notes on
 * a hand-written adoption print "in commit deadbee van …", "(commit deadbee, vaststelling …"), or, asked of the
 * repository where there is one (`known`), a commit of its history.
 */
function printedCommits(tokens: readonly string[], indexes: readonly number[], known?: KnownCommit): Set<number> {
  const found = new Set<number>();
  let asked = 0;
  for (const index of indexes) {
    const word = tokens[index] as string;
    if (!COMMIT_HASH.test(word)) continue;
    if (tokens[index - 1] === 'commit') found.add(index);
    else if (known && asked++ < COMMITS_ASKED && known(word)) found.add(index);
  }
  return found;
}

const SUPERSCRIPT_DIGITS = /[\u00B9\u00B2\u00B3\u2070-\u2079]+/g;

const words = (text: string): string[] => text.normalize('NFC').toLowerCase().match(WORD) ?? [];

function counts(list: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of list) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

let meaningWords: Set<string> | undefined;
/** The negations and duties of every language's lexicon (src/text/lexicons). */
function meaningWordsOf(): Set<string> {
  meaningWords ??= new Set(
    LEXICON_LANGUAGES.flatMap((lang) => [...lexiconFor(lang).negations, ...lexiconFor(lang).duties]),
  );
  return meaningWords;
}

let labelWords: Set<string> | undefined;
/** Every word of the shipped label files (cover, table, page numbers), and the month names. */
function printedLabels(): Set<string> {
  labelWords ??= new Set([...writtenMonths('nl'), ...writtenMonths('en'), ...labelFileTexts().flatMap(words)]);
  return labelWords;
}

let unrecordedNotes: string[][] | undefined;
/** The label keys of those notes: the cut histories' first, as they begin with the plain one's words. */
const UNRECORDED_NOTES = [
  'adoptionTextUnrecordedShallow',
  'adoptionTextUnrecordedNotFollowed',
  'adoptionTextUnrecorded',
] as const;

/**
 * The words of the notes a cover and a colophon print beside "Vastgesteld" where the adoption records no hash
 * ("tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan …", and the same with why in a shallow
 * clone, src/wording/adoption-note.ts), per label file: where the pages show one whole, its negations are
 * clausemark's words, not the text's.
 */
function unrecordedNoteWords(): string[][] {
  unrecordedNotes ??= labelFileTexts().flatMap((text) => {
    try {
      const labels = YAML.parse(text) as Record<string, unknown> | null;
      return UNRECORDED_NOTES.flatMap((key) => {
        const note = labels?.[key];
        return typeof note === 'string' ? [noteWords(note)] : [];
      });
    } catch {
      // A label file that is no YAML holds no note: its negations count as the pages' own, the pages are imported.
      return [];
    }
  });
  return unrecordedNotes;
}

/** A placeholder's word in a note ({{commit}}): any one word the pages show there. */
const ANY_WORD = '';

/** The words of a note's label, each {{placeholder}} one word of any kind (ANY_WORD). */
function noteWords(note: string): string[] {
  return note.split(/\{\{[^}]*\}\}/u).flatMap((part, index) => [...(index > 0 ? [ANY_WORD] : []), ...words(part)]);
}

/** `tokens` without each whole occurrence of one of `notes` (word for word, in order). */
function withoutNotes(tokens: readonly string[], notes: readonly string[][]): string[] {
  const kept: string[] = [];
  const matches = (word: string, token: string | undefined): boolean =>
    word === ANY_WORD ? token !== undefined : token === word;
  for (let index = 0; index < tokens.length; ) {
    const note = notes.find(
      (words) => words.length > 0 && words.every((word, at) => matches(word, tokens[index + at])),
    );
    if (note) index += note.length;
    else kept.push(tokens[index++] as string);
  }
  return kept;
}

export interface Agreement {
  agrees: boolean;
  /** Up to five words that are in one but not the other, for the report. */
  differing: string[];
}

/** Longest word a reader may have run together from several that is split again (its split is quadratic). */
const RUN_TOGETHER_LIMIT = 80;

/**
 * `token` as the fewest words of `known` (or runs of digits) it is run together from, each of two letters or more:
 * a PDF reader that misses the space between two words ("descholen") gives them as one. Undefined when it is none.
 */
function splitRunTogether(token: string, known: ReadonlySet<string>): string[] | undefined {
  if (token.length < 4 || token.length > RUN_TOGETHER_LIMIT) return undefined;
  const piece = (text: string): boolean => (text.length >= 2 && known.has(text)) || /^\p{N}+$/u.test(text);
  // best[i]: the fewest pieces that make token.slice(0, i), and where the last piece starts.
  const best: ({ count: number; from: number } | undefined)[] = [{ count: 0, from: 0 }];
  for (let end = 1; end <= token.length; end++)
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (!before || !piece(token.slice(start, end))) continue;
      const current = best[end];
      if (!current || before.count + 1 < current.count) best[end] = { count: before.count + 1, from: start };
    }
  const last = best[token.length];
  if (!last || last.count < 2) return undefined;
  const pieces: string[] = [];
  for (let end = token.length; end > 0; end = (best[end] as { from: number }).from)
    pieces.unshift(token.slice((best[end] as { from: number }).from, end));
  return pieces;
}

/**
 * Compares the attached Markdown with the pages' text (lines in reading order); `knownCommit` tells whether a word is
 * a commit of the repository holding the PDF, where there is one.
 */
export function attachmentAgrees(source: string, pageLines: readonly string[], knownCommit?: KnownCommit): Agreement {
  const first = compareWords(source, pageLines, false, knownCommit);
  // Words a reader ran together are the attachment's words once split again: asked only when the words differ, so a
  // text that agrees as it is is never read another way. Every piece is still counted and checked as a word.
  return first.agrees ? first : compareWords(source, pageLines, true, knownCommit);
}

function compareWords(
  source: string,
  pageLines: readonly string[],
  splitting: boolean,
  knownCommit: KnownCommit | undefined,
): Agreement {
  const { policy } = parsePolicy(source, { path: 'attachment.md' });
  const shown: string[] = [];
  for (const section of allSections(policy)) shown.push(...words(section.title));
  for (const { clause } of allClauses(policy)) shown.push(...words(clause.text));
  for (const footnote of Object.values(policy.footnotes)) shown.push(...words(mdastText(footnote as Nodes)));
  // A footnote's number set raised against its word ("directie¹") is the word and the number, as the source has them.
  const pageText = pageLines.join('\n').replace(SUPERSCRIPT_DIGITS, ' $&');
  const inSource = new Set(words(source));
  const labels = printedLabels();
  const known = splitting ? new Set([...inSource, ...labels]) : undefined;
  const pageWords = (text: string): string[] =>
    known
      ? words(text).flatMap((token) => (known.has(token) ? [token] : (splitRunTogether(token, known) ?? [token])))
      : words(text);
  const joined = pageWords(pageText.replace(LINE_END_HYPHEN, ''));
  // Both readings of a line-end hyphen: "onder-|wijs" is "onderwijs", "e-|mail" is "e" and "mail".
  const onPage = counts([...joined, ...pageWords(pageText)]);
  const differing: string[] = [];
  for (const [word, count] of counts(shown)) if ((onPage.get(word) ?? 0) < count) differing.push(word);
  // Words the hyphenator broke (in narrow table cells more than once) come back as runs of adjacent fragments:
  // a fragment is accounted for when a run of up to four tokens around it joins into a word of the source.
  const tokens = pageWords(pageText);
  const covered = new Uint8Array(tokens.length);
  for (let start = 0; start < tokens.length; start++) {
    let joinedRun = '';
    for (let end = start; end < Math.min(tokens.length, start + 4); end++) {
      joinedRun += tokens[end];
      if (inSource.has(joinedRun)) covered.fill(1, start, end + 1);
    }
  }
  // In a table the cells of one row share a line, and the other cells' text stands between a word's two halves
  // ("Algemeen di- Algemeen directeur" over "recteur Aeres MBO"): a fragment before a hyphen that ends a cell or a
  // line, with any word of the page, that joins into a word of the source accounts for both.
  const heads = new Set(
    [...pageText.matchAll(/([\p{L}\p{N}]+)[-\u00AD](?=\s|$)/gu)].map((match) => match[1]!.toLowerCase()),
  );
  const halves = new Set<string>();
  const unknown = new Set(tokens.filter((word) => !inSource.has(word)));
  for (const head of heads)
    for (const tail of unknown)
      if (inSource.has(head + tail)) {
        halves.add(head);
        halves.add(tail);
      }
  const unexcused = tokens.flatMap((word, index) =>
    covered[index] || halves.has(word) || labels.has(word) || PRINTED_FIGURE.test(word) ? [] : [index],
  );
  const commits = printedCommits(tokens, unexcused, knownCommit);
  const foreign = new Set(unexcused.filter((index) => !commits.has(index)).map((index) => tokens[index] as string));
  differing.push(...foreign, ...meaningWordsAdded(policy, source, joined));
  return { agrees: differing.length === 0, differing: differing.slice(0, 5) };
}

/**
 * A negation or a duty ("geen", "niet", "moet") changes what a sentence says and is also a label word: each one on
 * the pages (`onPage`) must be one the attachment has, never excused as a label. Titles are printed again (table of
 * contents, cover, colophon), so their words may stand there more often; the note beside the status of an adoption
 * that records no hash is clausemark's, where it stands whole.
 */
function meaningWordsAdded(policy: Policy, source: string, onPage: readonly string[]): string[] {
  const titles = [policy.meta.title, ...allSections(policy).map((section) => section.title)].flatMap(words);
  const sourceCounts = counts([...words(source), ...titles, ...titles]);
  const unrecorded = policy.meta.approvals.some((approval) => adopts(approval) && !approval.hash);
  const added: string[] = [];
  for (const [word, count] of counts(unrecorded ? withoutNotes(onPage, unrecordedNoteWords()) : onPage))
    if (meaningWordsOf().has(word) && count > (sourceCounts.get(word) ?? 0)) added.push(word);
  return added;
}

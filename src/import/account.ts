// Word-for-word accountability: every word of the source body must be in the written policy, in order, or be
// listed as dropped. This compares the source with the written file itself (not with the reader's blocks), so a
// reader or writer that loses a word cannot also hide it.
import { anchoredDiff } from './anchored-diff.js';
import { withMarksPlain } from './note-marks.js';

/** Words as letters and digits, lower case; punctuation, Markdown syntax and `{#id .unnumbered}` markers are not words. */
export function words(text: string): string[] {
  // A raised note mark ("directie¹", an endnote's "beslist.ⁱ") is written as a reference ("directie[^1]").
  const plainDigits = withMarksPlain(text);
  return (
    plainDigits
      .replace(/\{#[^}\n]*\}/g, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export interface Accounting {
  /** Words in the source. */
  total: number;
  /** Source words in the written policy: what "kept" means. */
  kept: number;
  /** Source words the policy holds as its structure: the numbers it typed that became its numbering ("1.2", "a)"). */
  numbering: number;
  /** Source words left out and listed in the report (page furniture, cover lines, frontmatter). */
  listed: number;
  /** Source words found neither in the output (in order) nor among the dropped text. */
  missing: string[];
  /** Where each missing word stands: its 0-based line in the source text (same order as `missing`). */
  missingLines: number[];
  /** Share of source words in the output or dropped: 1 when nothing is lost. */
  recall: number;
  /** Pages whose words could not be read at all (a PDF's scanned page): in no count, so "0 lost" is not the whole. */
  unreadPages?: number[];
  /** Symbols no character is known for (a Word document's "Wingdings F0FF"): no words, so in no count either. */
  unreadSymbols?: string[];
  /** Word's date fields kept as last shown ("SAVEDATE"): counted as kept, but no dates of the policy. */
  dateFields?: string[];
  /** A school's own fill-ins never filled in ("[naam directeur]"): counted as kept, but still to be filled in. */
  fillIns?: string[];
  /** Pages read across what may be two columns (a PDF's): every word counted, but perhaps out of order. */
  unorderedPages?: number[];
}

/** Words with the 0-based line of the text they stand on. */
function wordsByLine(text: string): { word: string; line: number }[] {
  return text.split('\n').flatMap((line, index) => words(line).map((word) => ({ word, line: index })));
}

/**
 * Source words the diff could not match, after rejoining words the output has hyphenated together ("ver" "spreiden");
 * each with the line it stands on.
 */
function unmatched(
  source: readonly { word: string; line: number }[],
  target: readonly string[],
  leftover: string[] = [],
): { word: string; line: number }[] {
  const lost: { word: string; line: number }[] = [];
  const parts = anchoredDiff(source, target);
  for (const part of parts) if (part.added) leftover.push(...(part.value as string[]));
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (!part?.removed) continue;
    const added = new Set<string>();
    for (const neighbour of [parts[index - 1], parts[index + 1]])
      if (neighbour?.added) for (const word of neighbour.value) added.add(word as string);
    // Removed parts hold source items, added parts target words.
    const removed = part.value as { word: string; line: number }[];
    for (let at = 0; at < removed.length; at++) {
      const here = removed[at] ?? { word: '', line: 0 };
      const next = removed[at + 1];
      if (next !== undefined && added.has(here.word + next.word)) {
        at++;
        continue;
      }
      lost.push(here);
    }
  }
  return lost;
}

/** Takes one `word` out of `counts`, saying whether there was one. */
function take(counts: Map<string, number>, word: string): boolean {
  const left = counts.get(word) ?? 0;
  if (left === 0) return false;
  counts.set(word, left - 1);
  return true;
}

const countsOf = (list: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
};

/**
 * The words the in-order diffs left unmatched although their counterpart is there, out of order: a word broken at a
 * line end whose halves a running header or footer stands between ("onder-" | footer | "wijsinstelling"), which
 * the output holds whole and no diff matched; and a source word whose copy in the listed text no source word
 * claimed (a heading that the table of contents repeats: the output's copy matched the contents', the listed
 * contents' copy was left over). Each counterpart is used once, so a word the source has more often than the
 * output and the listed text together stays lost. `joined`: source words found joined in the output (kept).
 */
function outOfOrder(
  lost: readonly { word: string; line: number }[],
  outputLeft: readonly string[],
  droppedLeft: readonly string[],
): { lost: { word: string; line: number }[]; joined: number } {
  const output = countsOf(outputLeft);
  const dropped = countsOf(droppedLeft);
  const still: { word: string; line: number }[] = [];
  let joined = 0;
  for (let index = 0; index < lost.length; index++) {
    const here = lost[index] as { word: string; line: number };
    const next = lost[index + 1];
    if (next !== undefined && next.line > here.line && take(output, here.word + next.word)) {
      joined += 2;
      index++;
    } else if (!take(dropped, here.word)) still.push(here);
  }
  return { lost: still, joined };
}

/**
 * Source words left when the dropped words are taken out of them, each at its earliest place after the one before.
 * Dropped text is the source's own text in source order, so this finds every dropped word that is there, in time
 * linear in the source (plus a binary search per dropped word): a diff of a whole document against a few dropped
 * lines is almost all difference, its slowest case (quadratic).
 */
function withoutDropped<Word extends { word: string }>(source: readonly Word[], dropped: readonly string[]): Word[] {
  const places = new Map<string, number[]>();
  source.forEach(({ word }, index) => {
    const list = places.get(word);
    if (list) list.push(index);
    else places.set(word, [index]);
  });
  const taken = new Uint8Array(source.length);
  let from = 0;
  for (const word of dropped) {
    const list = places.get(word);
    if (!list) continue;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((list[middle] ?? 0) < from) low = middle + 1;
      else high = middle;
    }
    const at = list[low];
    if (at === undefined) continue;
    taken[at] = 1;
    from = at + 1;
  }
  return source.filter((_, index) => taken[index] === 0);
}

/**
 * The Markdown writer sets emphasis inside a word (NOC*NSF*, a word half italic) with the letters beside its marks as
 * character references ("NO&#x43;_&#x4E;SF"), so that the marks count; the reader sees one word, and so does the
 * account: those marks go, the references become their letters.
 */
function withoutWordInnerMarks(markdown: string): string {
  const letter = (hex: string): string => String.fromCodePoint(Number.parseInt(hex, 16));
  return markdown
    .replace(/&#x([0-9a-f]+);[*_]+/gi, (_match, hex: string) => letter(hex))
    .replace(/[*_]+&#x([0-9a-f]+);/gi, (_match, hex: string) => letter(hex))
    .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => letter(hex));
}

/** A footnote definition's first line ("[^1]: …"); lines indented under it, or running on from it, are its text. */
const DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:/;

/**
 * The written Markdown apart into its footnote definitions and the rest: the writer places a definition where it
 * chooses (after the list that cites it), so footnote words are matched with the definitions only, in their order.
 */
export function splitFootnotes(markdown: string): { body: string; notes: string } {
  const body: string[] = [];
  const notes: string[] = [];
  let inNote = false;
  let blank = false;
  for (const line of markdown.split('\n')) {
    if (DEFINITION.test(line)) inNote = true;
    else if (inNote && line.trim() !== '' && blank && !/^(?: {4}|\t)/.test(line)) inNote = false;
    blank = line.trim() === '';
    (inNote ? notes : body).push(line);
  }
  return { body: body.join('\n'), notes: notes.join('\n') };
}

/**
 * Accounts for the words of `source` against the written `output`, the `dropped` texts and the `structure` (typed
 * numbers the policy holds as its numbering), each in source order. `notes`, when given, is the source's footnote
 * text, apart from `source`, and its labels: its words are matched with the output's footnote definitions only (a
 * label the output renumbered counts as structure), the rest of the source with the rest of the output; its lines
 * count on after the source's.
 */
export function accountWords(
  source: string,
  output: string,
  dropped: readonly string[],
  structure: readonly string[] = [],
  notes?: { text: string; labels: readonly string[] },
): Accounting {
  if (notes === undefined) return accountPart(source, output, dropped, structure);
  const written = splitFootnotes(output);
  const text = accountPart(source, written.body, dropped, structure);
  const noted = accountPart(notes.text, written.notes, [], notes.labels);
  const offset = source.split('\n').length;
  const total = text.total + noted.total;
  const missing = [...text.missing, ...noted.missing];
  return {
    total,
    kept: text.kept + noted.kept,
    numbering: text.numbering + noted.numbering,
    listed: text.listed + noted.listed,
    missing,
    missingLines: [...text.missingLines, ...noted.missingLines.map((line) => line + offset)],
    recall: total === 0 ? 1 : (total - missing.length) / total,
  };
}

function accountPart(
  source: string,
  output: string,
  dropped: readonly string[],
  structure: readonly string[],
): Accounting {
  const sourceWords = wordsByLine(source);
  const body = withoutWordInnerMarks(output.replace(/^---\n[\s\S]*?\n---\n/, ''));
  const outputWords = words(body);
  const droppedWords = words(dropped.join('\n'));
  const structureWords = words(structure.join('\n'));
  // A word can stand both in the dropped text and in the output (a table of contents repeats the headings), and the
  // diff may pair it with either; both orders are tried and the better one counts.
  // Output first is the cheap order (few differences, so the diff is fast); when it already accounts for every word
  // the other order cannot do better and is skipped. The other order takes the dropped words out of the source
  // without a diff (withoutDropped), which would be all difference and so quadratic.
  const outputLeft: string[] = [];
  const droppedLeft: string[] = [];
  const afterOutput = unmatched(sourceWords, outputWords, outputLeft);
  const afterDropped = unmatched(afterOutput, droppedWords, droppedLeft);
  const inOrder = structureWords.length > 0 ? unmatched(afterDropped, structureWords, droppedLeft) : afterDropped;
  const { lost: outputFirst, joined } =
    inOrder.length === 0 ? { lost: inOrder, joined: 0 } : outOfOrder(inOrder, outputLeft, droppedLeft);
  // Listed text is the source's own, in order: taken out of the source first, what is left is matched with the
  // output. That order counts a word left out as left out even where the output holds the same word (a table of
  // contents' "Artikel 1 Doel 2" beside the heading's "Doel" and a clause's "2"): kept means in the policy, never
  // merely listed (issue 68). Where it loses more words than the output-first order, that order counts.
  const listedFirst = droppedWords.length > 0 || outputFirst.length > 0;
  const withoutListed = listedFirst ? withoutDropped(sourceWords, droppedWords) : [];
  const withoutStructure = listedFirst ? withoutDropped(withoutListed, structureWords) : [];
  const droppedFirst = listedFirst ? unmatched(withoutStructure, outputWords) : [];
  const firstOrder = !listedFirst || droppedFirst.length > outputFirst.length;
  const lost = firstOrder ? outputFirst : droppedFirst;
  const total = sourceWords.length;
  // Kept means in the written policy: the source words the output holds.
  const kept = firstOrder ? total - afterOutput.length + joined : withoutStructure.length - droppedFirst.length;
  const numbering = firstOrder ? afterDropped.length - inOrder.length : withoutListed.length - withoutStructure.length;
  return {
    total,
    kept,
    numbering,
    listed: total - kept - numbering - lost.length,
    missing: lost.map(({ word }) => word),
    missingLines: lost.map(({ line }) => line),
    recall: total === 0 ? 1 : (total - lost.length) / total,
  };
}

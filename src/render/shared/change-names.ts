// How a board pack names the clause a change or a Word proposal is about (its tables, in the PDF and the Word
// document alike, and its change cards): as a reader cites the number its policy prints ("Artikel 2, lid 1" for "1."
// under heading 2, "Artikel 2, onder f"), with the ID beside it only where two rows share that number (issue 69
// item 4), and a heading by its place as the cards cite it and its words ("Artikel 2, kop: “Melden van pesten”"). A
// clause or heading that moved or got another number is named by both its places, as its card's location line gives
// them ("Artikel 1 → Artikel 4, kop: “Doel”", "Artikel 2, lid 1 → Artikel 5, lid 3"): a board member who looks for it
// in the version before finds it where it stood.
import type { ClauseChange } from '../../diff/types.js';

/**
 * The first words of a clause, quoted, to tell apart changes that share a number and a heading ("4 Bedenk dat…"
 * twice): “Het gebruik van sociale media…”. Whole words only; "…" says the clause goes on.
 */
export function openingWords(text: string, maxWords = 6): string {
  const words = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  const head = words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[,;:]$/, '');
  return `“${head}${words.length > maxWords ? '…' : ''}”`;
}

/** The numbers that more than one of `numbers` has. */
export function sharedNumbers(numbers: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const number of numbers) {
    if (seen.has(number)) shared.add(number);
    seen.add(number);
  }
  return shared;
}

/**
 * A clause as a reader cites it: in words where the caller worded it (`cited`, "Artikel 3.1, lid 5"; see
 * src/report/documents/printed-diff.ts), else by the number its policy prints ('' where it prints none).
 */
export function citedNumber(ref: { number: string; cited?: string }): string {
  return ref.cited ?? ref.number;
}

/**
 * A clause by its number, cited in words where the caller worded it (citedNumber); with its ID (an author's) or first
 * words (made-up IDs) where `shared` holds the number.
 */
export function numberedName(
  ref: { number: string; cited?: string; id: string; synthetic?: boolean; text?: string },
  shared: ReadonlySet<string>,
): string {
  const shown = citedNumber(ref);
  if (ref.number !== '' && !shared.has(ref.number)) return shown;
  if (!ref.synthetic) return ref.number === '' ? ref.id : `${shown} (${ref.id})`;
  return [shown, openingWords(ref.text ?? '', 4)].filter((part) => part !== '').join(' ');
}

/**
 * Where a changed heading stands, cited as its change card cites it (citedNumber: "Artikel 2", "Hoofdstuk 2"; '' for
 * a heading printed without a number); one that moved or got another number by both places, as the card's location
 * line gives them: "Artikel 1 → Artikel 4" ("—" for a side printed without a number).
 */
function headingPlace(change: ClauseChange): string {
  const now = citedNumber(change.new ?? change.old!);
  if (!change.old || !change.new) return now;
  const was = citedNumber(change.old);
  return was === now ? now : `${was || '—'} → ${now || '—'}`;
}

/** A changed section heading in a table: its place (headingPlace), then the word `heading` and its first words. */
function headingName(change: ClauseChange, heading: string): string {
  const words = `${heading}: ${openingWords((change.new ?? change.old!).text, 4)}`;
  const place = headingPlace(change);
  return place === '' ? words : `${place}, ${words}`;
}

/**
 * A changed clause in a table: numberedName of where it stands; one that moved or got another number (its cited
 * number changed) by its old place, an arrow and that name, as its card's location line ("—" for an old side printed
 * without a number).
 */
function clauseName(change: ClauseChange, shared: ReadonlySet<string>): string {
  const now = numberedName(change.new ?? change.old!, shared);
  if (!change.old || !change.new) return now;
  const was = citedNumber(change.old);
  return was === citedNumber(change.new) ? now : `${was || '—'} → ${now}`;
}

/** Each change's name in a table of `changes`: clauseName, or a heading as headingName names it. */
export function changeNames(changes: readonly ClauseChange[], heading: string): string[] {
  const shared = sharedNumbers(changes.map((change) => (change.new ?? change.old!).number));
  return changes.map((change) => (change.heading ? headingName(change, heading) : clauseName(change, shared)));
}

// Characters a reader cannot see: zero-width spaces and joiners, the byte order mark, soft hyphens, and spaces that
// only differ from an ordinary space in how a line may break (no-break space, narrow and figure spaces). A version
// that differs from the last only in these looks the same on paper, so a diff must call it editorial and, where
// it shows the change at all, show the character by name: an empty redline explains nothing.

/** Characters with no width at all. */
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/gu;
/** Spaces that print like an ordinary space. */
const SPACE_LIKE = /[\u00a0\u2007\u202f]/gu;
const ANY_INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\u00a0\u2007\u202f]/u;
const VISIBLE = /[^\s\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/u;

/** The text as it prints: zero-width characters gone, special spaces as spaces, runs of whitespace as one. */
function asPrinted(text: string): string {
  return text.normalize('NFC').replace(ZERO_WIDTH, '').replace(SPACE_LIKE, ' ').replace(/\s+/gu, ' ').trim();
}

/** Two texts that differ, but only in characters nobody can see. */
export function differsOnlyInvisibly(a: string, b: string): boolean {
  return a !== b && a.normalize('NFC') !== b.normalize('NFC') ? asPrinted(a) === asPrinted(b) : false;
}

/** "U+200B" for a character. */
function codeName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export interface InvisibleMarks {
  open: string;
  close: string;
}

/** The marks around a character's name; "⟨U+200B⟩" unless the output cannot show ⟨ ⟩. */
export const ANGLE_MARKS: InvisibleMarks = { open: '\u27e8', close: '\u27e9' };

/**
 * Changed text with its invisible characters named: "⟨U+200B⟩". Zero-width characters are always named; the
 * special spaces only when the change is nothing but whitespace (a no-break space inside an inserted sentence is
 * not news, one that replaced a space is the whole change).
 */
export function showInvisibles(text: string, marks: InvisibleMarks = ANGLE_MARKS): string {
  if (!ANY_INVISIBLE.test(text)) return text;
  const name = (char: string): string => `${marks.open}${codeName(char)}${marks.close}`;
  const named = text.replace(ZERO_WIDTH, name);
  return VISIBLE.test(text) ? named : named.replace(SPACE_LIKE, name);
}

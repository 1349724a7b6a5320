// Finds what a Dutch user should never read (issue 43): an English sentence, a date written as ISO (2025-09-01), a
// wrong Dutch plural ("1 waarschuwingen"). Not a language detector of whole texts: a line of clausemark's output is
// short and mixed with what is not language at all (paths, IDs, flags, commands, values from the user's own file), so
// those are taken out first and what is left is held against a list of English words that are no Dutch word ("the",
// "with", "written", "approved" …; not "in", "is", "was", "of", "over", "door", which Dutch has too).
// Each line found is returned with why, so a failing test names the line to fix.

/** English words that are not also Dutch words, as a Dutch user would read them in clausemark's output. */
const ENGLISH_WORDS = new Set(
  `the and with from by not this that these those which when where what already written wrote write nothing
  next for are has have into than each use run see should must cannot can't don't your you its or to on at be been
  only files file policies clauses clause pages page changed approved proposed draft errors warnings warning error
  built fix display command commands options option usage arguments argument missing unknown there done up it an
  found no yes one two three folder folders report compared comparison same different differs added removed
  modified moved renumbered merged editorial substantive reason reasons approval steps consent advice adoption
  adopted due overdue waiting council year month months organisations schools template variable language read
  reading updated unchanged deviation kept left lost words characters why how please would could will shall may
  might after before because then so but if else also all any some every none other others new old first last
  here now today`
    .split(/\s+/)
    .filter(Boolean),
);

/** Parts of a line that are no language: taken out before the words are looked at. */
const NOT_LANGUAGE: readonly RegExp[] = [
  /`[^`]*`/g, // code and commands in backticks
  /\bhttps?:\/\/\S+|\bwww\.\S+/g, // addresses
  /[\w.@+-]+@[\w-]+\.[\w.-]+/g, // e-mail addresses
  /(?:^|\s)--?[A-Za-z][\w-]*(?:[= ](?:"[^"]*"|'[^']*'|<[^>]*>|[^\s,;)]+))?/g, // flags, with their value
  /\S*\/\S*/g, // paths (anything with a slash)
  /\b[\w-]+\.(?:md|pdf|html|ics|json|docx|txt|yaml|yml|js|ts|bin|css|svg|png)\b/g, // file names
  /\b[a-z][\w-]*(?:\.[\w-]+)+\b/g, // clause IDs (up.belang), versions, dotted names
  /\{#[^}]*\}/g, // ID markers
  /\b(?:[0-9a-f]{8,}|(?=[0-9a-f]{0,6}\d)[0-9a-f]{7}\b)…?/g, // hashes and commits (a short commit: "7be6dab")
  /\b\p{L}+-(?=\s*$)/gu, // a word broken at the end of a line (a PDF's text, read back)
  /(?:^|\s)(?:- )?(?:date|effective|review|asked|status|step|body|part|outcome)\s*:\s*\S+/g, // a field as typed
  /\b[a-z]+(?:-[a-z0-9]+)+\b/g, // keys (aeres-mbo, social-media, import-kind): ids and rule names
  /\bid@\S+|\b\S+@\S+/g,
];

/** A decimal written with a point, as English writes it (Dutch writes 0,85): a similarity, a score. */
const DECIMAL_POINT = /(?<![\w.])(?:0\.\d{2}|1\.00)(?![\w.])/;

const ISO_DATE = /(?<![\w/.@-])\d{4}-\d{2}-\d{2}(?![\w.-])/;

/** A count of one with a Dutch plural after it: "1 waarschuwingen", "1 bestanden". */
const DUTCH_PLURAL_AFTER_ONE =
  /(?<![\d,.])\b1 (?:fouten|waarschuwingen|bestanden|pagina's|wijzigingen|artikelen|beleidsdocumenten|bepalingen|organisaties|dagen|weken|maanden)\b/;

export interface Found {
  line: string;
  why: string;
}

/** What is left of a line once what is no language is taken out. */
export function languageOf(line: string): string {
  let rest = line;
  for (const pattern of NOT_LANGUAGE) rest = rest.replace(pattern, ' ');
  return rest;
}

/**
 * Every line of `text` a Dutch user should not read: with an English word (outside code, paths, flags, IDs and
 * keys), an ISO date (outside those), or a Dutch plural after a count of one. `allowed` are parts of lines that are
 * the user's own words (a policy title in English, a role as they typed it) and are taken out first.
 */
export function englishIn(text: string, allowed: readonly string[] = []): Found[] {
  const found: Found[] = [];
  for (const line of text.split('\n')) {
    let own = line;
    for (const words of allowed) own = own.split(words).join(' ');
    const rest = languageOf(own);
    const english = (rest.match(/[A-Za-z][A-Za-z']*/g) ?? []).filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
    if (english.length > 0) found.push({ line, why: `English: ${[...new Set(english)].join(', ')}` });
    else if (ISO_DATE.test(rest)) found.push({ line, why: `ISO date: ${ISO_DATE.exec(rest)?.[0]}` });
    else if (DECIMAL_POINT.test(rest)) found.push({ line, why: `decimal point: ${DECIMAL_POINT.exec(rest)?.[0]}` });
    else if (DUTCH_PLURAL_AFTER_ONE.test(rest))
      found.push({ line, why: `plural after 1: ${DUTCH_PLURAL_AFTER_ONE.exec(rest)?.[0]}` });
  }
  return found;
}

// The one owner of clausemark's language decisions (issue 43 item 1). Two questions, asked everywhere, answered here
// only:
// (a) the user's language, which every message, hint, help text, summary and calendar entry is worded in: the first
//     that says one of `--lang`, the project's `lang` (clausemark.yaml) and the locale (LC_ALL, LC_MESSAGES, LANG in
//     POSIX order); English otherwise (userLanguage; src/cli/message-language.ts gathers the three and asks here);
// (b) a document's language tag (a policy's `lang`, written, detected or the default) → its labels (nl or en, as
//     the label files fall back: templates/labels/nl.yaml, else en.yaml), its hyphenation patterns, and how its
//     dates and numbers are written (10 september 2013 and 0,85; 10 September 2013 and 0.85).
// One tag parser (primarySubtag) reads both a BCP-47 tag (nl-BE) and a POSIX locale name (nl_BE.UTF-8@euro), so
// nl-BE gets Dutch labels and Dutch hyphenation alike, and a German policy's numbers are written the same way in
// its PDF and on its page. It sits in src/text, this low, so that hyphenation and the sector template's words use it.

/** The languages clausemark's own words (messages, labels) are written in; English is the source of every other. */
export const OUTPUT_LANGUAGES = ['en', 'nl'] as const;
export type OutputLanguage = (typeof OUTPUT_LANGUAGES)[number];

/** The language of a policy whose `lang` is not written and whose text is too short to tell: Dutch school rules. */
export const DEFAULT_DOCUMENT_LANGUAGE = 'nl';

/** The user's language when nothing names one: English, as POSIX's C locale speaks. */
export const DEFAULT_USER_LANGUAGE: OutputLanguage = 'en';

/**
 * The primary language subtag of a language tag or a locale name, lower case: "nl-BE", "NL_nl", "nl_BE.UTF-8@euro",
 * " nl " → "nl"; "C.UTF-8" → "c"; "" → "". The one parser of tags: every other place asks a function below.
 */
export function primarySubtag(tag: string): string {
  return (
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@\s]/)[0] ?? ''
  );
}

/** Whether a tag names one of the languages clausemark writes its own words in. */
export function isOutputLanguage(value: string): value is OutputLanguage {
  return (OUTPUT_LANGUAGES as readonly string[]).includes(value);
}

// ---- (b) a document's language ------------------------------------------------------------------------------------

/** The labels of a document's `lang`: Dutch for nl, nl-BE, NL_nl; English for everything else (en-GB, de, fy, ''). */
export function outputLanguage(tag: string): OutputLanguage {
  return primarySubtag(tag) === 'nl' ? 'nl' : 'en';
}

/** A language tag as a file name may carry it: two or three letters, then subtags of letters and digits. */
const FILE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/;

/**
 * The names of the <lang>.yaml files a document's `lang` reads its words from, first choice first: the exact tag
 * (nl-be), its language (nl), English; only English for a tag no file could be named by (src/wording/labels.ts).
 */
export function languageFileNames(tag: string): string[] {
  const name = tag.trim().toLowerCase().replace(/_/g, '-');
  return FILE_TAG.test(name) ? [name, name.split('-')[0] ?? name, 'en'] : ['en'];
}

/** The Intl locale dates and numbers are written in, per output language. */
const INTL_LOCALES: Record<OutputLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * The Intl locale of a document's `lang` (or of the user's language), whose dates and numbers clausemark writes:
 * the locale of the language its words are in, so a date or number never reads in another language than the labels
 * beside it ("0,85" beside Dutch labels, "0.85" beside English ones, a German policy included).
 */
export function intlLocale(tag: string): string {
  return INTL_LOCALES[outputLanguage(tag)];
}

/** The hyphenation pattern sets there are, by the tag they are chosen with (src/text/hyphenation.ts loads them). */
const HYPHENATION: Record<string, string> = {
  nl: 'nl',
  en: 'en-us',
  'en-gb': 'en-gb',
  de: 'de',
  fr: 'fr',
};

/**
 * The hyphenation patterns of a document's `lang` ("nl-BE" and "nl_NL" → nl, "en-GB" → en-gb, "en-US" → en-us), or
 * undefined for a language without patterns (its words are then never hyphenated).
 */
export function hyphenationPatterns(tag: string): string | undefined {
  const region =
    tag
      .trim()
      .toLowerCase()
      .replace(/_/g, '-')
      .split(/[.@\s]/)[0] ?? '';
  return HYPHENATION[region] ?? HYPHENATION[primarySubtag(tag)];
}

/** Whether the Dutch rule for the letter after a hyphenation point applies (be-invloeden, not be-ïnvloeden). */
export function dropsDiaeresisAtBreak(tag: string): boolean {
  return primarySubtag(tag) === 'nl';
}

/** The language a page about many documents is worded in: the most common `lang` (ties: first by name). */
export function commonLanguage(tags: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return (
    [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))[0]?.[0] ??
    DEFAULT_DOCUMENT_LANGUAGE
  );
}

/**
 * A number with `digits` decimals as the language `tag` writes it: 0,85 (nl), 0.85 (en and every other). The text is
 * Intl.NumberFormat's in the language's Intl locale without grouping (tests/text/format-date.test.ts holds it so),
 * written here since the first Intl formatter of a process costs 5-12 ms (ICU loads its locale data), for a line like
 * "built 1 PDF in 0,52 s": Intl rounds the shortest decimal that reads back as the number (1.005, not the binary
 * 1.00499…) half away from zero, and writes -0 with its sign.
 */
export function formatDecimal(value: number, tag: string, digits = 2): string {
  if (!Number.isFinite(value)) return intlDecimal(value, intlLocale(tag), digits);
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toExponential().split('e');
  const figures = mantissa.replace('.', '').split('').map(Number);
  // The decimal point stands after `point` figures (before them all when 0); zeros fill in on either side.
  let point = Number(exponent) + 1;
  while (point < 0) {
    figures.unshift(0);
    point++;
  }
  while (figures.length <= point + digits) figures.push(0);
  const kept = figures.slice(0, point + digits);
  if ((figures[point + digits] ?? 0) >= 5) {
    let at = kept.length - 1;
    while (at >= 0 && kept[at] === 9) kept[at--] = 0;
    if (at < 0) {
      kept.unshift(1);
      point++;
    } else kept[at] = (kept[at] ?? 0) + 1;
  }
  const whole =
    kept
      .slice(0, point)
      .join('')
      .replace(/^0+(?=\d)/, '') || '0';
  const separator = outputLanguage(tag) === 'nl' ? ',' : '.';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return digits > 0 ? `${sign}${whole}${separator}${kept.slice(point).join('')}` : `${sign}${whole}`;
}

/** Intl's text of what formatDecimal does not write itself (NaN, ±Infinity). */
function intlDecimal(value: number, locale: string, digits: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);
}

/** A count as the language `tag` writes it: 12.345 (nl), 12,345 (en). */
export function formatCount(value: number, tag: string): string {
  return value.toLocaleString(intlLocale(tag));
}

// ---- (a) the user's language --------------------------------------------------------------------------------------

/** The language a locale name speaks (nl_NL.UTF-8, nl_BE@euro, nl → nl), or undefined for any other or none. */
export function languageOfLocale(env: NodeJS.ProcessEnv): OutputLanguage | undefined {
  // POSIX: the first of these that is set and not empty is the locale of messages.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const language = primarySubtag(locale ?? '');
  return isOutputLanguage(language) ? language : undefined;
}

/** Where the user's language may be said, strongest first. */
export interface UserLanguageSources {
  /** `--lang` on the command line (a language clausemark speaks). */
  argument?: OutputLanguage | undefined;
  /** The project's `lang` (clausemark.yaml). */
  settings?: OutputLanguage | undefined;
  /** The environment, for the locale. */
  env: NodeJS.ProcessEnv;
}

/** The user's language: `--lang`, else the project's `lang`, else the locale; English otherwise. */
export function userLanguage(sources: UserLanguageSources): OutputLanguage {
  return sources.argument ?? sources.settings ?? languageOfLocale(sources.env) ?? DEFAULT_USER_LANGUAGE;
}

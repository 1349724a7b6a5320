// The one language check of clausemark's outputs: a policy's `lang` (a BCP-47 tag) reads Dutch for nl and nl-*,
// English for every other tag, as the label files fall back (templates/labels/: nl.yaml, else en.yaml). Every
// place that words, dates or numbers a document asks here, so a Dutch policy never gets an English date beside
// Dutch labels. It sits this low so that the sector template's words (src/sector) use it too.

/** The languages clausemark's outputs are worded in. */
export type OutputLanguage = 'nl' | 'en';

/** Dutch for nl, nl-BE, NL_nl; English for everything else (en-GB, de, fy, an empty or broken tag). */
export function outputLanguage(tag: string): OutputLanguage {
  return tag.trim().toLowerCase().split(/[-_]/)[0] === 'nl' ? 'nl' : 'en';
}

/** The Intl locale dates and numbers are written in: 10 september 2013 and 0,85; 10 September 2013 and 0.85. */
const INTL_LOCALES: Record<OutputLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The Intl locale of a policy's `lang`, for Intl.DateTimeFormat and Intl.NumberFormat. */
export function intlLocale(tag: string): string {
  return INTL_LOCALES[outputLanguage(tag)];
}

// A short text a data file gives for the reader (a topic list's whom-it-binds and its note on a law that applies
// directly): one string, shown as written in every language, or one per language clausemark writes ({ nl: …, en: … }),
// so an English comparison says it in English beside its English labels. Read here, so every format picks alike.
import { OUTPUT_LANGUAGES, type OutputLanguage, outputLanguage } from './output-language.js';

export type PerLanguage = string | Readonly<Partial<Record<OutputLanguage, string>>>;

/** The text in `lang` (a document's language tag): its own where given, else the Dutch, else any given. */
export function inLanguage(text: PerLanguage, lang: string): string {
  if (typeof text === 'string') return text;
  return text[outputLanguage(lang)] ?? text.nl ?? Object.values(text).find((given) => given !== undefined) ?? '';
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * `value` as a PerLanguage, or null where it is neither a text nor a map of one or more of OUTPUT_LANGUAGES to texts
 * (a language clausemark does not write would never be shown: refused, so a typo is not lost in silence).
 */
export function perLanguageOf(value: unknown): PerLanguage | null {
  if (isText(value)) return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  const known = (key: string): key is OutputLanguage => (OUTPUT_LANGUAGES as readonly string[]).includes(key);
  if (entries.length === 0 || !entries.every(([key, text]) => known(key) && isText(text))) return null;
  return Object.fromEntries(entries) as Partial<Record<OutputLanguage, string>>;
}

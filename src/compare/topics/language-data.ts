// The data file of a language among a folder's `<lang>.yaml` files (templates/negation/, templates/topics/acts/):
// "en-GB" reads en.yaml; a language with no file has none, and what reads it reads nothing for it. Its lists are
// words as normalise() reads them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normalise } from '../../text/normalise.js';

/** The base language of a tag ("en-GB" → "en"), by which each folder's data is kept once. */
export const baseLanguage = (lang: string): string => lang.toLowerCase().split('-')[0] ?? 'nl';

/** `folder`'s file for `lang` as data, or undefined where there is none. */
export function languageData(folder: string, lang: string): Record<string, unknown> | undefined {
  const file = join(folder, `${baseLanguage(lang)}.yaml`);
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>) : undefined;
}

/** A list of the file (`words: [niet, geen]`) as phrases, each its words as normalise() reads them. */
export const phrasesOf = (list: unknown): string[][] =>
  (Array.isArray(list) ? list : []).map((phrase) => normalise(String(phrase)).split(' ').filter(Boolean));

/** A list of the file as words, its phrases' words one by one. */
export const wordsOf = (list: unknown): string[] => phrasesOf(list).flat();

// The data file of a language among a folder's `<lang>.yaml` files (templates/negation/, templates/topics/acts/):
// "en-GB" reads en.yaml; a language with no file has none, and what reads it reads nothing for it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** `folder`'s file for `lang` as data, or undefined where there is none. */
export function languageData(folder: string, lang: string): Record<string, unknown> | undefined {
  const file = join(folder, `${lang.toLowerCase().split('-')[0] ?? 'nl'}.yaml`);
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>) : undefined;
}

/** The base language of a tag ("en-GB" → "en"), by which each folder's data is kept once. */
export const baseLanguage = (lang: string): string => lang.toLowerCase().split('-')[0] ?? 'nl';

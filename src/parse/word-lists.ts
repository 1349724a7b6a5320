// A data file of word lists (templates/import/*.yaml) read with its shape checked: every list a reader names is a list
// of words, none empty. A sector's edit that breaks the file (a list made a single word, a key misspelt, a stray
// colon that makes a word a map) is then told by the file's and the list's name when the words are first needed, not
// met as a pattern that matches nothing or a TypeError deep inside import or compare.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import YAML from 'yaml';

/** A list's words: strings, none of them empty. */
const isWordList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((word) => typeof word === 'string' && word.trim() !== '');

/**
 * The lists `keys` of the YAML file at `path`, each checked to be a list of words; throws naming the file and the list
 * that is not.
 */
export function readWordLists<Key extends string>(path: string, keys: readonly Key[]): Record<Key, string[]> {
  const name = `templates/import/${basename(path)}`;
  let data: unknown;
  try {
    data = YAML.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${name}: cannot be read as YAML (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error(`${name}: must be a map of word lists (${keys.join(', ')})`);
  const record = data as Record<string, unknown>;
  for (const key of keys)
    if (!isWordList(record[key]))
      throw new Error(`${name}: \`${key}\` must be a list of words, none empty ("- word" on a line of its own each)`);
  return Object.fromEntries(keys.map((key) => [key, record[key] as string[]])) as Record<Key, string[]>;
}

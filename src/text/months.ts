// The names of the months, per language, as data (templates/import/month-names.yaml): one source for the dates
// clausemark writes (format-date.ts, check's messages, the diff's word lists in src/text/lexicons) and those it reads
// (src/parse/month-names.ts: import, compare). Each month's first name is its whole name as an output writes it
// ("maart", "March"); its other names are abbreviations a document may write. Read once. The file is found beside the
// running code as src/io/root.ts finds the package root (this file is src/text/ or dist/text/, or bundled into
// dist/chunks/: two levels down either way); text sits below io, so it cannot ask io.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const MONTH_NAMES_FILE = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'),
  'templates',
  'import',
  'month-names.yaml',
);

/** Per language: the twelve months in order, each with every name it is written with, and a day's ordinals. */
export interface MonthNamesData {
  [language: string]: { months: string[][]; ordinals?: string[] };
}

let data: MonthNamesData | undefined;

/** The data file, read once. */
export function monthNamesData(): MonthNamesData {
  data ??= YAML.parse(readFileSync(MONTH_NAMES_FILE, 'utf8')) as MonthNamesData;
  return data;
}

/** The whole names of the twelve months in `language` ('nl', 'en'), as an output writes them: each month's first. */
export const writtenMonths = (language: string): string[] =>
  (monthNamesData()[language]?.months ?? []).map((names) => names[0] ?? '');

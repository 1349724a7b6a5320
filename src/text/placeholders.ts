// The one placeholder syntax of clausemark's words: {{name}}, in the label files (templates/labels/) and in the
// messages file (templates/messages/en.yaml). It sits this low so that every layer that words something, the parser's
// fatal findings as much as a PDF's "Pagina 3 van 9", fills placeholders the same way; src/wording re-exports it.
// `{{name:date}}` says the value is a YYYY-MM-DD date, written as people write it in the words' language ("1
// september 2025", "1 September 2025"), `{{name:month}}` a YYYY-MM month ("september 2025"); the value itself stays ISO
// (in JSON, in files).
import { formatDate, formatMonth } from './format-date.js';

/** `{{ name }}` or `{{ name:format }}`, spaces allowed inside the braces. */
export const PLACEHOLDER = /\{\{\s*([^}\s]*)\s*\}\}/g;

/** A placeholder's name and how its value is written: "date:date" → ["date", "date"]. */
export function placeholderParts(placeholder: string): [name: string, format: string | undefined] {
  const [name = '', format] = placeholder.split(':');
  return [name, format];
}

/**
 * Replace {{name}} placeholders: fillLabel(labels.page, {page: 3, pages: 9}) → "Pagina 3 van 9". A `{{name:date}}`
 * is written in the language `lang` (a document's tag or the user's language; English when not given).
 */
export function fillLabel(label: string, values: Record<string, string | number>, lang = 'en'): string {
  return label.replace(PLACEHOLDER, (whole, placeholder: string) => {
    const [name, format] = placeholderParts(placeholder);
    if (!Object.hasOwn(values, name)) return whole;
    const value = String(values[name]);
    const written = format === 'date' ? formatDate(value, lang) : format === 'month' ? formatMonth(value, lang) : value;
    return written ?? value;
  });
}

/** The names of the {{placeholders}} in a text, in order (without a `:format`). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => placeholderParts(match[1] ?? '')[0]);
}

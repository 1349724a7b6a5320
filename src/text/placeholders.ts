// The one placeholder syntax of clausemark's words: {{name}}, in the label files (templates/labels/) and in the
// messages file (templates/messages/en.yaml). It sits this low so that every layer that words something, the parser's
// fatal findings as much as a PDF's "Pagina 3 van 9", fills placeholders the same way; src/wording re-exports it.

/** `{{ name }}`, spaces allowed inside the braces. */
export const PLACEHOLDER = /\{\{\s*([^}\s]*)\s*\}\}/g;

/** Replace {{name}} placeholders: fillLabel(labels.page, {page: 3, pages: 9}) → "Pagina 3 van 9". */
export function fillLabel(label: string, values: Record<string, string | number>): string {
  return label.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The names of the {{placeholders}} in a text, in order: the one placeholder syntax of labels and messages. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

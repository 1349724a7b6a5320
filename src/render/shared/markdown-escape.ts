// Policy text into Markdown: escaped so nothing in a clause becomes a link, a heading, a list, a table or HTML. The
// diff and the deviation register's Markdown share it.
/**
 * Backslash-escapes Markdown syntax (CommonMark lets any ASCII punctuation be escaped); line breaks become <br>.
 * A bare web address in a clause may still be linked by the host (GFM autolinks work on the text itself); its
 * text stays exactly as written.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#|~&!]/g, (char) => `\\${char}`).replace(/\r?\n/g, '<br>');
}

/** Only at the start of a block do these begin a list item, a setext underline or a numbered item. */
export function escapeBlockStart(markdown: string): string {
  return markdown.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A code span that holds any text: the fence is longer than the longest run of backticks inside. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

// Where a policy's metadata is, by the one rule every reader of it uses. The YAML frontmatter follows
// micromark-extension-frontmatter's rule (which remark and the fast parser follow): `---`, then only spaces or tabs, on
// the very first line, closed by the next line that is `---` then only spaces or tabs. Other tools' metadata (TOML,
// header lines, a licence comment) is found by findForeignMetadata below. The frontmatter editors (approve, adapt,
// upgrade) and fmt find the blocks here too, so a file `check` reads as frontmatter is one they can keep.

/** A fence line: three hyphens, then only spaces or tabs (and a carriage return before the line feed). */
export const FENCE = /^---[ \t]*\r?$/;

export interface FrontmatterBlock {
  /** The opening fence line with its line ending, as written. */
  open: string;
  /** The YAML between the fences, with its line endings. */
  yaml: string;
  /** The closing fence line with its line ending (if the file goes on), as written. */
  close: string;
  /** Offset where the body starts, after the closing fence's line ending. */
  bodyStart: number;
}

export function findFrontmatter(source: string): FrontmatterBlock | undefined {
  if (!source.startsWith('---')) return undefined;
  const firstEnd = source.indexOf('\n');
  if (firstEnd < 0 || !FENCE.test(source.slice(0, firstEnd))) return undefined;
  let start = firstEnd + 1;
  while (start < source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    if (source.charCodeAt(start) === 45 && FENCE.test(source.slice(start, end))) {
      const bodyStart = newline < 0 ? source.length : newline + 1;
      return {
        open: source.slice(0, firstEnd + 1),
        yaml: source.slice(firstEnd + 1, start),
        close: source.slice(start, bodyStart),
        bodyStart,
      };
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return undefined;
}

/**
 * Metadata other tools put at the top of a Markdown file, which clausemark reads as metadata too (never as clauses):
 * - `toml`: Hugo's `+++` fence, closed by the next `+++` line;
 * - `yaml-unfenced`: YAML fields without the opening `---` (`title: …` lines, then a `---` line) — read as Markdown
 *   that would be a setext heading holding every field;
 * - `headers`: Apache CMS / Pelican / MultiMarkdown lines (`Title: Privacy`) up to the first blank line;
 * - `comment`: an HTML comment before anything else (a licence header).
 * The fenced YAML block (`---`) is `findFrontmatter`'s; these never start with `---`, so the two do not overlap.
 */
export type ForeignFormat = 'toml' | 'yaml-unfenced' | 'headers' | 'comment';

export interface ForeignBlock {
  format: ForeignFormat;
  /** The metadata itself: TOML between the fences, the YAML or header lines, the comment's inside. */
  content: string;
  /** Offset of `content` in the source. */
  contentStart: number;
  /** Offset where the body starts, after the block's last line ending. */
  bodyStart: number;
  /** A `+++` fence opened and never closed (then `content` runs to the end and nothing is metadata). */
  unclosed?: boolean;
}

/** A TOML fence line: three pluses, then only spaces or tabs. */
const TOML_FENCE = /^\+\+\+[ \t]*\r?$/;
/** A YAML field line as static-site generators write them: a lower-case key without spaces, a colon, a value. */
const YAML_FIELD = /^[a-z_][\w.-]*:(?:[ \t]|$)/;
/** A line that continues the YAML field above it: indented, or a list item. */
const YAML_CONTINUATION = /^(?:[ \t]+\S|-[ \t])/;
/** A header line: a key without spaces, a colon, a space, a value. */
const HEADER_FIELD = /^([A-Za-z][\w-]*):[ \t]+\S/;
/** Header keys of Apache CMS, Pelican and MultiMarkdown: the first line must be one of these to be metadata. */
const HEADER_KEYS = new Set([
  'title',
  'subtitle',
  'date',
  'modified',
  'author',
  'authors',
  'category',
  'tags',
  'keywords',
  'slug',
  'summary',
  'lang',
  'language',
  'status',
  'version',
  'template',
  'notice',
  'license',
  'layout',
]);
/** Text, not a field value: prose that ends a sentence. */
const SENTENCE_END = /[.!?;]["”’)]?[ \t]*$/u;

interface SourceLine {
  text: string;
  start: number;
  /** Offset after the line's line ending. */
  next: number;
}

function linesOf(source: string, limit = 200): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  while (start < source.length && lines.length < limit) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    lines.push({ text: source.slice(start, end).replace(/\r$/, ''), start, next: newline < 0 ? end : newline + 1 });
    start = end + 1;
  }
  return lines;
}

function tomlBlock(source: string): ForeignBlock | undefined {
  const lines = linesOf(source, Number.POSITIVE_INFINITY);
  const first = lines[0];
  if (!first || !TOML_FENCE.test(first.text)) return undefined;
  const close = lines.findIndex((line, index) => index > 0 && TOML_FENCE.test(line.text));
  if (close < 0)
    return {
      format: 'toml',
      content: source.slice(first.next),
      contentStart: first.next,
      bodyStart: 0,
      unclosed: true,
    };
  const closing = lines[close] as SourceLine;
  return {
    format: 'toml',
    content: source.slice(first.next, closing.start),
    contentStart: first.next,
    bodyStart: closing.next,
  };
}

/** `title: …` lines closed by `---`; the field values must not read as sentences, and one field must be known. */
function unfencedYamlBlock(lines: readonly SourceLine[]): ForeignBlock | undefined {
  const first = lines[0];
  if (!first || !YAML_FIELD.test(first.text)) return undefined;
  const keys: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (FENCE.test(line.text)) {
      const known = keys.some((key) => HEADER_KEYS.has(key));
      if (index === 0 || !(known || keys.length >= 2)) return undefined;
      return {
        format: 'yaml-unfenced',
        content: lines
          .slice(0, index)
          .map((each) => each.text)
          .join('\n')
          .concat('\n'),
        contentStart: 0,
        bodyStart: line.next,
      };
    }
    if (YAML_FIELD.test(line.text)) {
      if (SENTENCE_END.test(line.text)) return undefined;
      keys.push(line.text.slice(0, line.text.indexOf(':')).toLowerCase());
    } else if (!YAML_CONTINUATION.test(line.text)) return undefined;
  }
  return undefined;
}

/** `Title: …` lines from the first line on, up to a blank line or the first line that is not a header. */
function headerBlock(lines: readonly SourceLine[]): ForeignBlock | undefined {
  const first = HEADER_FIELD.exec(lines[0]?.text ?? '');
  if (!first || !HEADER_KEYS.has((first[1] ?? '').toLowerCase())) return undefined;
  let end = 0;
  while (end < lines.length) {
    const text = lines[end]?.text ?? '';
    if (HEADER_FIELD.test(text) || (end > 0 && /^(?: {4}|\t)\S/.test(text))) end++;
    else break;
  }
  const last = lines[end - 1] as SourceLine;
  const content = lines
    .slice(0, end)
    .map((line) => line.text)
    .join('\n');
  return { format: 'headers', content, contentStart: 0, bodyStart: last.next };
}

/** `<!-- … -->` as the first thing in the file, ending on a line of its own. */
function commentBlock(source: string): ForeignBlock | undefined {
  const open = /^(?:[ \t]*\n)*[ \t]{0,3}<!--/.exec(source);
  if (!open) return undefined;
  const close = source.indexOf('-->', open[0].length);
  if (close < 0) return undefined;
  const lineEnd = source.indexOf('\n', close);
  const end = lineEnd < 0 ? source.length : lineEnd;
  if (source.slice(close + 3, end).trim() !== '') return undefined;
  return {
    format: 'comment',
    content: source.slice(open[0].length, close),
    contentStart: open[0].length,
    bodyStart: lineEnd < 0 ? end : lineEnd + 1,
  };
}

/** The foreign metadata block at the top of `source`, if there is one (see ForeignFormat). */
export function findForeignMetadata(source: string): ForeignBlock | undefined {
  if (source.startsWith('+++')) return tomlBlock(source);
  if (source.startsWith('---')) return undefined;
  const comment = commentBlock(source);
  if (comment) return comment;
  const lines = linesOf(source);
  return unfencedYamlBlock(lines) ?? headerBlock(lines);
}

/**
 * TEXT with every character but `\n` (a `\r` too) replaced by a space, so that what follows keeps every offset and
 * line number: the frontmatter or foreign metadata block a Markdown reader must see as blank lines. Made line by line,
 * not by a replace of every character: a 10 MB frontmatter value took ~1.2 s and hundreds of MB of garbage that way.
 */
export function blankKeepingLineBreaks(text: string): string {
  return text
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n');
}

/**
 * The source with the metadata block turned into spaces (line endings kept): the Markdown reader then sees blank
 * lines there, and every position in the body stays what it is in the file.
 */
export function blankForeignMetadata(source: string, block: ForeignBlock | undefined): string {
  if (!block || block.unclosed) return source;
  return blankKeepingLineBreaks(source.slice(0, block.bodyStart)) + source.slice(block.bodyStart);
}

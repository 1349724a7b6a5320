// Where a policy's YAML frontmatter is, by the one rule every reader of it uses (micromark-extension-frontmatter's,
// which remark and the fast parser follow): `---`, then only spaces or tabs, on the very first line, closed by the
// next line that is `---` then only spaces or tabs. The frontmatter editors (approve, adapt, upgrade) find the block
// here too, so a file `check` reads as frontmatter is one they can edit.

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

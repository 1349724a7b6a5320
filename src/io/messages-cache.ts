// The parsed messages files (templates/messages/<lang>.yaml), kept on disk by a SHA-256 of their text. Parsing the
// 80 kB English file with the YAML library took 60–160 ms of CPU in every CLI run that printed one line of it (a
// fresh process runs the parser cold), the largest single item of a cold one-policy `build` after the renderer;
// reading the same entries back as JSON takes about a millisecond. The CLI names the folder (src/cli/cache.ts); tests
// and library callers that name none parse the file as before. Best effort, like the layout cache: a cache that
// cannot be read or written is skipped without a word, and a file whose name is the hash of other text is never read.
import { createHash } from 'node:crypto';
import { cachedJson } from './json-cache.js';

/** Changes when what a cache file holds changes: files of another version are never read. */
const VERSION = 'messages-1';

let folder: string | undefined;

/** Keeps parsed messages files in `dir` from now on (undefined: parse them every run). */
export function keepParsedMessagesIn(dir: string | undefined): void {
  folder = dir;
}

function isEntries(value: unknown): value is [string, string][] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry) =>
        Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string',
    )
  );
}

/**
 * The entries (`<group>.<key>` → words) of a messages file whose text is `text`: from the cache when it holds them
 * for exactly this text, else from `parse`, then kept there for the next run.
 */
export function cachedMessageEntries(text: string, parse: () => Map<string, string>): Map<string, string> {
  const name = `${VERSION}-${createHash('sha256').update(text).digest('hex')}.json`;
  return new Map(cachedJson('messages', folder, name, isEntries, () => [...parse()]));
}

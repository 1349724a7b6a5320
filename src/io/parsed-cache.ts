// Settings files as read and checked once (the label files, templates/labels/<lang>.yaml), kept on disk by a SHA-256
// of their text, like the messages files (src/io/messages-cache.ts). Parsing an 11 kB label file with the YAML
// library and checking every label took about a fortieth of a cold one-policy `build`; reading the same labels back
// as JSON takes well under a millisecond. The CLI names the folder (src/cli/cache.ts); tests and library callers that
// name none parse and check the file as before. Best effort: a cache that cannot be read or written is skipped without
// a word, a stored value that is not of the expected shape is parsed again, and a file whose name is the hash of
// other text is never read.
import { createHash } from 'node:crypto';
import { cachedJson } from './json-cache.js';

let folder: string | undefined;

/** Keeps parsed settings files in `dir` from now on (undefined: parse them every run). */
export function keepParsedFilesIn(dir: string | undefined): void {
  folder = dir;
}

/**
 * What `parse` makes of a file whose text is `text`: from the cache when it holds it for exactly this `kind` (which
 * names the reader and its version) and text, else from `parse` (which throws on a faulty file: nothing is kept), then
 * kept there for the next run. The value must survive JSON as it is.
 */
export function cachedParse<T>(kind: string, text: string, isValid: (value: unknown) => value is T, parse: () => T): T {
  const hash = createHash('sha256').update(kind).update('\0').update(text).digest('hex');
  return cachedJson('parsed', folder, `${kind.replace(/[^a-z0-9-]/gi, '_')}-${hash}.json`, isValid, parse);
}

// parsePolicy through the CLI's cache of parsed policies (src/io/serialized-cache.ts), for the readers of `check`,
// `diff` and `build`: a source parsed before, under the same path (as given and as resolved), Markdown reader and
// encoding, with the same words for the parser's findings (the messages' language and files) and by the same build
// of clausemark, is read back (src/parse/stored.ts) instead of parsed: ~0.2 s of a cold `check` of a 1.3 MB civil
// code. The CLI names the folder (keepParsedPoliciesIn, src/cli/startup/run-caches.ts); tests and library callers that name
// none parse as before.
import { resolve } from 'node:path';
import { messageLanguage, messagesDigest } from '../io/messages.js';
import { decodeSource, readSourceBytes } from '../io/read.js';
import { cachedSerialized, type EntryPart, type SerializedCache, serializedCache } from '../io/serialized-cache.js';
import { type MarkdownEngine, type ParseResult, parsePolicy } from './index.js';
import { DIFF_SHAPE_KIND, restoredForDiff, storedForDiff } from './diff-shape.js';
import { restoredParse, storedParse } from './stored.js';

let cache: SerializedCache | undefined;

/** Keeps parsed policies in `dir` from now on (undefined: parse every time); `code` stamps the build (tests give one). */
export function keepParsedPoliciesIn(dir: string | undefined, code?: string): void {
  cache = serializedCache(dir, code);
}

type ParseOptions = NonNullable<Parameters<typeof parsePolicy>[1]>;

/**
 * What parsePolicy(source, options) gives: from the cache when it holds this very parse, else parsed (then kept).
 * `bytes`: the file's as read, when `source` was decoded from them (the entry is named by them: sourcePartOf).
 */
export function parsePolicyCached(source: string, options: ParseOptions = {}, bytes?: Uint8Array): ParseResult {
  return parseThroughCache(source, sourcePartOf(source, options, bytes), options);
}

/**
 * parsePolicyCached for a diff that writes its report alone: the parse in diff's shape (src/parse/diff-shape.ts) read
 * back from its own entry, else the whole parse (through its entry), kept in that shape.
 */
export function parsePolicyCachedForDiff(source: string, options: ParseOptions = {}, bytes?: Uint8Array): ParseResult {
  if (cache === undefined) return parsePolicy(source, options);
  const sourcePart = sourcePartOf(source, options, bytes);
  return cachedSerialized(
    cache,
    [DIFF_SHAPE_KIND, ...entryParts(sourcePart, options)],
    () => parseThroughCache(source, sourcePart, options),
    storedForDiff,
    (stored) => restoredForDiff(stored, source),
  );
}

/**
 * What names the entry of `source` parsed with `options`, the source named as `sourcePart`. The path as given and
 * as resolved against the working folder: a policy without `organisation:` takes it from the folder it is in
 * (src/parse/meta.ts, orgFromPath), and with it its brand and output folder, so two schools' identical
 * `pestprotocol.md`, each named from its own folder, are two entries.
 */
function entryParts(sourcePart: EntryPart, options: ParseOptions): EntryPart[] {
  const { path = 'policy.md', encoding = { bom: false, eol: '\n' }, markdown = 'auto' } = options;
  const parts = [path, resolve(path), markdown, String(encoding.bom), encoding.eol];
  return [...parts, messageLanguage(), messagesDigest(), sourcePart];
}

/** parsePolicyCached, with the source named in the entry's key as `sourcePart` (the text, or the text with its UTF-8). */
function parseThroughCache(source: string, sourcePart: EntryPart, options: ParseOptions): ParseResult {
  if (cache === undefined) return parsePolicy(source, options);
  return cachedSerialized(
    cache,
    entryParts(sourcePart, options),
    () => parsePolicy(source, options),
    storedParse,
    (stored) => restoredParse(stored, source),
  );
}

const CARRIAGE_RETURN = 0x0d;

/**
 * The source as its entry names it: with the file's bytes (`bytes`, as read) when they are the text's UTF-8, which is
 * when decoding took no BOM off and changed no line end (decoding refuses any other change); the same entry as the
 * text alone names, without encoding a civil code's 1.3 MB again to hash it.
 */
function sourcePartOf(text: string, options: ParseOptions, bytes: Uint8Array | undefined): EntryPart {
  if (bytes === undefined || options.encoding?.bom || bytes.includes(CARRIAGE_RETURN)) return text;
  return { text, utf8: bytes };
}

/**
 * loadPolicy (src/parse/index.ts) through the cache; `bytes` the file's as read (default: read here). Throws
 * ClausemarkError when the file cannot be read at all.
 */
export function loadPolicyCached(
  path: string,
  options: { markdown?: MarkdownEngine } = {},
  bytes: Uint8Array = readSourceBytes(path),
): ParseResult {
  const { text, bom, eol } = decodeSource(bytes, path);
  const parseOptions: ParseOptions = { path, encoding: { bom, eol }, ...(options.markdown ? options : {}) };
  return parseThroughCache(text, sourcePartOf(text, parseOptions, bytes), parseOptions);
}

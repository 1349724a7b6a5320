// Compiled wording templates (templates/layouts/**/*.hbs), kept on disk by a SHA-256 of everything the compiled code
// depends on: the template's text, the compile options, the helpers and partials it may call and the Handlebars
// version. Parsing, checking and compiling the three PDF wording templates in a fresh process took about a twentieth
// of a cold one-policy `build` (the Handlebars compiler runs cold); loading Handlebars' own precompiled form of the
// same template takes well under a millisecond and runs the same code. The CLI names the folder (src/cli/cache.ts);
// tests and library callers that name none compile as before. Best effort, like the other caches: a file that cannot
// be read or written is skipped, and a file whose name is the hash of other input is never read.
// Kept apart from engine.ts so the CLI can name the folder without loading Handlebars.
import { createHash } from 'node:crypto';
import { cachedJson } from '../io/json-cache.js';

/** Changes when what a cache file holds changes: files of another version are never read. */
const VERSION = 'layouts-1';

let folder: string | undefined;

/** Keeps compiled templates in `dir` from now on (undefined: compile them every run). */
export function keepCompiledTemplatesIn(dir: string | undefined): void {
  folder = dir;
}

/** A template as Handlebars precompiles it (the source of its template spec) and the partials it calls. */
export interface PrecompiledTemplate {
  spec: string;
  partials: string[];
}

function isPrecompiled(value: unknown): value is PrecompiledTemplate {
  const stored = value as PrecompiledTemplate | null;
  return (
    typeof stored === 'object' &&
    stored !== null &&
    typeof stored.spec === 'string' &&
    Array.isArray(stored.partials) &&
    stored.partials.every((partial) => typeof partial === 'string')
  );
}

/**
 * The precompiled form of a template whose compiled code depends on exactly `inputs`: from the cache when it holds
 * it for these inputs, else from `compile` (which throws on a faulty template, and then nothing is kept).
 */
export function cachedPrecompile(inputs: readonly string[], compile: () => PrecompiledTemplate): PrecompiledTemplate {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(`${input.length}:${input}`);
  return cachedJson('layouts', folder, `${VERSION}-${hash.digest('hex')}.json`, isPrecompiled, compile);
}

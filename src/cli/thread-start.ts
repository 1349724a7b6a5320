// How the command thread (src/cli/binary.ts starts it) begins: from V8's code cache of its code when it can
// (src/cli/code-cache.ts), else as the ES modules tsc and esbuild write. The cached way runs the CommonJS bundle of
// src/cli/command-thread.ts that scripts/bundle.mjs writes into dist/chunks/ and names here at bundle time; it is
// taken when the caches are on (src/cli/cache.ts) and the cache folder holds this command's cache or could take it.
// Otherwise (caches off, a read-only cache folder, tsc's dist/ without the bundle) the thread imports
// src/cli/command-thread.ts as before, which compiles less on a first run than the whole bundle would.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import { codeCacheDir } from './cache.js';
import { cacheFileFor, cacheKey, canKeepCodeIn, readCodeCache, runWithCodeCache } from './code-cache.js';
import type { CommandThreadData } from './command-thread.js';

/** The bundle's file name in dist/chunks/ (put here by scripts/bundle.mjs) and its text; undefined outside it. */
function bundledScript(): { name: string; file: string; source: string } | undefined {
  if (typeof CLAUSEMARK_THREAD_SCRIPT !== 'string') return undefined;
  const file = fileURLToPath(new URL(`../chunks/${CLAUSEMARK_THREAD_SCRIPT}`, import.meta.url));
  try {
    // ASCII (scripts/bundle.mjs): Latin-1 reads it as it is, into a string of one byte a character
    return { name: CLAUSEMARK_THREAD_SCRIPT, file, source: readFileSync(file, 'latin1') };
  } catch {
    return undefined;
  }
}

/** Runs the command from the bundle and its code cache; false when that way is closed (then nothing ran). */
function startCached(): boolean {
  const dir = codeCacheDir();
  if (dir === undefined) return false;
  const { argv } = workerData as CommandThreadData;
  const file = cacheFileFor(
    dir,
    argv.slice(2).find((arg) => !arg.startsWith('-')),
  );
  const script = bundledScript();
  if (script === undefined) return false;
  const key = cacheKey(script.name);
  const cached = readCodeCache(file, key);
  if (cached === undefined && !canKeepCodeIn(dir)) return false;
  const run = runWithCodeCache(script.file, script.source, cached);
  // Kept once the command is done (this thread's work is over): every function it called is compiled by then.
  if (!run.usedCache) process.once('beforeExit', () => run.keep(file, key));
  return true;
}

if (!startCached()) await import('./command-thread.js');

// How the command thread (src/cli/startup/binary.ts starts it, or runs it in the main thread: src/cli/startup/main-thread-run.ts) begins: from V8's code cache of its code when it can
// (src/cli/startup/code-cache.ts), else as the ES modules tsc and esbuild write. The cached way runs a CommonJS bundle of
// the thread's code that scripts/bundle.mjs writes into dist/chunks/ and names here at bundle time: one of a few
// commands alone when the command is one of them (check's own, 1.9 MB, and one of the other commands that neither
// write nor read a PDF or Word document, 3.2 MB), else the one of every command (11.3 MB). It is taken when the
// caches are on (src/cli/cache.ts) and the cache folder holds this command's cache or could take it (a first run
// starts from the cache `npm run build` prepared, when there is one, and keeps its own), and with the caches off
// when `npm run build` prepared a cache for this node that the command takes (its own; in the bundle of every
// command, else build's: offPreparedAs; src/cli/startup/prepared-code.ts).
// Otherwise (no prepared cache, a read-only cache folder, tsc's dist/ without the bundle) the thread imports
// src/cli/startup/command-thread.ts as before, which compiles less on a first run than the whole bundle would.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { codeCacheDir } from '../cache.js';
import { type BundledScript, bundledScript, cacheFileFor, startFromCodeCache } from './code-cache.js';
import { preparedCodeFor, startFromPreparedCode } from './prepared-code.js';
import { preparedFolder } from '../../io/prepared.js';
import { commandThreadData } from './thread-data.js';
import { raiseJitBudget } from './jit-budget.js';

const command = commandThreadData()
  .argv.slice(2)
  .find((arg) => !arg.startsWith('-'));
/**
 * The bundle this run starts from: the one that holds its command (src/cli/program.ts registers that command alone,
 * found the same way), else the one of every command (help, a word that is no command).
 */
function threadScript(): { script: BundledScript; ofEveryCommand: boolean } | undefined {
  if (typeof CLAUSEMARK_THREAD_SCRIPTS !== 'object') return undefined;
  const { all, commands } = CLAUSEMARK_THREAD_SCRIPTS;
  const holding = command !== undefined && Object.hasOwn(commands, command) ? commands[command] : undefined;
  const { name, sha256 } = holding ?? all;
  return { script: bundledScript(name, sha256), ofEveryCommand: holding === undefined };
}
const chosen = threadScript();
const script = chosen?.script;

/**
 * Whose prepared code a run with the caches off starts from: its command's, else, in the bundle of every command,
 * build's (scripts/prepare-data.mjs prepares check's and build's), so a compare or diff compiles only what build did
 * not run: ~0.06–0.1 s less CPU than the ES modules. Not in the light bundle: from check's, approve and fmt took ~0.03 s
 * more than from the ES modules. Not for a first run with the caches on: the code it keeps would hold build's too
 * (a diff's 2.1 → 3.9 MB), and every later run reading it took ~0.025 s more (alternated runs, 2026-11-26).
 */
function offPreparedAs(folder: string | undefined): string | undefined {
  if (!chosen?.ofEveryCommand || folder === undefined) return command;
  return existsSync(cacheFileFor(join(folder, 'code'), command)) ? command : 'build';
}
// Once node has started this thread, before clausemark's code runs (src/cli/startup/jit-budget.ts says why not sooner).
raiseJitBudget(command);
const cacheDir = codeCacheDir();
// Kept once the command is done (this thread's work is over): every function it called is compiled by then. With the
// caches off, the cache `npm run build` prepared, when there is one for this node (src/cli/startup/prepared-code.ts).
// Every command, `import` too: code run through vm.Script cannot make a real import(), and the one pdfjs has (of its
// worker) is never made, since the import reader loads the worker first (src/import/readers/pdf.ts).
const started =
  cacheDir === undefined
    ? startFromPreparedCode(script, preparedFolder(), offPreparedAs(preparedFolder()))
    : startFromCodeCache(
        script,
        cacheDir,
        command,
        (keep) => process.once('beforeExit', keep),
        () => (script ? preparedCodeFor(script, preparedFolder(), command) : undefined),
      );
// No top-level await: the bundle runs this file as CommonJS (scripts/bundle.mjs), which has none.
if (!started) void import('./command-thread.js');

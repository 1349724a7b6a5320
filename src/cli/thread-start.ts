// How the command thread (src/cli/binary.ts starts it) begins: from V8's code cache of its code when it can
// (src/cli/code-cache.ts), else as the ES modules tsc and esbuild write. The cached way runs the CommonJS bundle of
// src/cli/command-thread.ts that scripts/bundle.mjs writes into dist/chunks/ and names here at bundle time; it is
// taken when the caches are on (src/cli/cache.ts) and the cache folder holds this command's cache or could take it
// (a first run starts from the cache `npm run build` prepared, when there is one, and keeps its own), and with the
// caches off when `npm run build` prepared this command's cache for this node (src/cli/prepared-code.ts).
// Otherwise (no prepared cache, a read-only cache folder, tsc's dist/ without the bundle) the thread imports
// src/cli/command-thread.ts as before, which compiles less on a first run than the whole bundle would.
import { workerData } from 'node:worker_threads';
import { codeCacheDir } from './cache.js';
import { bundledScript, startFromCodeCache } from './code-cache.js';
import { preparedCodeFor, startFromPreparedCode } from './prepared-code.js';
import { preparedFolder } from '../io/prepared.js';
import type { CommandThreadData } from './command-thread.js';
import { raiseJitBudget } from './jit-budget.js';

const script =
  typeof CLAUSEMARK_THREAD_SCRIPT === 'string' && typeof CLAUSEMARK_THREAD_SCRIPT_SHA256 === 'string'
    ? bundledScript(CLAUSEMARK_THREAD_SCRIPT, CLAUSEMARK_THREAD_SCRIPT_SHA256)
    : undefined;
const command = (workerData as CommandThreadData).argv.slice(2).find((arg) => !arg.startsWith('-'));
// Once node has started this thread, before clausemark's code runs (src/cli/jit-budget.ts says why not sooner).
raiseJitBudget(command);
/**
 * Commands whose run loads a module through a real `import()`, which code run through vm.Script cannot make: pdfjs
 * loads its worker so when `import` reads a PDF (from the cache every PDF import failed). They start from the ES
 * modules. The bundle holds no other `import()` esbuild left as it is (tests/cli/bundle.test.ts counts them).
 */
const NEEDS_DYNAMIC_IMPORT = new Set(['import']);
const cacheDir = codeCacheDir();
// Kept once the command is done (this thread's work is over): every function it called is compiled by then. With the
// caches off, the cache `npm run build` prepared, when there is one for this node (src/cli/prepared-code.ts).
const started =
  (command === undefined || !NEEDS_DYNAMIC_IMPORT.has(command)) &&
  (cacheDir === undefined
    ? startFromPreparedCode(script, preparedFolder(), command)
    : startFromCodeCache(
        script,
        cacheDir,
        command,
        (keep) => process.once('beforeExit', keep),
        () => (script ? preparedCodeFor(script, preparedFolder(), command) : undefined),
      ));
if (!started) await import('./command-thread.js');

// Names scripts/bundle.mjs writes into the bundle (esbuild's `define`); outside the bundle they are not defined, and
// code asks `typeof` before it reads one.
/** The file name, in dist/chunks/, of the command thread's CommonJS bundle (src/cli/thread-start.ts). */
declare const CLAUSEMARK_THREAD_SCRIPT: string | undefined;
/** The file name, in dist/chunks/, of the build worker's CommonJS bundle (src/cli/worker-start.ts). */
declare const CLAUSEMARK_WORKER_SCRIPT: string | undefined;
/** The SHA-256 (hex) of each bundle's text, which its code cache is sealed with (src/cli/code-cache.ts). */
declare const CLAUSEMARK_THREAD_SCRIPT_SHA256: string | undefined;
declare const CLAUSEMARK_WORKER_SCRIPT_SHA256: string | undefined;

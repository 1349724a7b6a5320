// Names scripts/bundle.mjs writes into the bundle (esbuild's `define`); outside the bundle they are not defined, and
// code asks `typeof` before it reads one.
/** A CommonJS bundle in dist/chunks/: its file name and the SHA-256 (hex) of its text. */
interface ClausemarkBundleName {
  name: string;
  sha256: string;
}
/**
 * The command thread's CommonJS bundles (src/cli/startup/thread-start.ts): by a command's word, the bundle that holds it
 * when one holds fewer than every command, and `all`, of every command.
 */
declare const CLAUSEMARK_THREAD_SCRIPTS:
  | { all: ClausemarkBundleName; commands: Record<string, ClausemarkBundleName> }
  | undefined;
/** The file name, in dist/cli/, of the command thread's start as CommonJS (src/cli/startup/binary.ts starts it). */
declare const CLAUSEMARK_THREAD_START: string | undefined;
/** The file name, in dist/chunks/, of the build worker's CommonJS bundle (src/cli/startup/worker-start.ts). */
declare const CLAUSEMARK_WORKER_SCRIPT: string | undefined;
/** The SHA-256 (hex) of each bundle's text, which its code cache is sealed with (src/cli/startup/code-cache.ts). */
declare const CLAUSEMARK_WORKER_SCRIPT_SHA256: string | undefined;

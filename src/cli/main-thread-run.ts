// Which runs the binary keeps in its main thread (src/cli/binary.ts), without a command thread: a `check` of a few
// named files, small enough that the main thread, busy with it, still answers a signal within a second. Starting
// node in a thread of its own is ~0.03 s of CPU and ~0.05 s of wall time before the command's first line (node
// compiles its own modules there again): a sixth of a `check` of a civil code read back from the cache. While the
// check computes, a signal waits; its output waits for the event loop's next turn (deferOutput), where a signal that
// came meanwhile is answered first, so a signalled check still prints nothing. Anything else (a folder to search,
// --help, an option it does not know, more or larger files) runs in a command thread as before.
import { statSync } from 'node:fs';
import type { CommandThreadNote } from './thread-data.js';

/**
 * At most this many bytes of named files: a `check` of 2 MiB of policy parsed afresh (the caches off) takes ~0.7 s
 * of CPU (a civil code of 1.3 MB: 0.47 s), read back from the cache less than half of that.
 */
export const MAIN_THREAD_BYTES = 2 * 1024 * 1024;
/** At most this many files: each may ask git for its history (approval-outdated). */
export const MAIN_THREAD_FILES = 16;

/** check's options that take the next argument as their value; its flags; the program's own (before the command). */
const VALUE_OPTIONS: ReadonlySet<string> = new Set(['--format', '--lang']);
const FLAGS: ReadonlySet<string> = new Set(['--strict', '--quiet', '--debug']);

/** The byte size of `path` when it is a regular file, else undefined. */
function fileSize(path: string): number | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/** The paths `args` (after the command) name, or undefined when one of them is an option this does not know. */
function namedPaths(args: readonly string[]): string[] | undefined {
  const paths: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (VALUE_OPTIONS.has(arg)) index++;
    else if (FLAGS.has(arg) || [...VALUE_OPTIONS].some((option) => arg.startsWith(`${option}=`))) continue;
    else if (arg.startsWith('-')) return undefined;
    else paths.push(arg);
  }
  return paths;
}

/** Whether the run of `args` (process.argv after node and the script) is one the main thread runs itself. */
export function fitsMainThread(args: readonly string[]): boolean {
  const at = args.findIndex((arg) => !arg.startsWith('-'));
  if (args[at] !== 'check' || !args.slice(0, at).every((arg) => FLAGS.has(arg))) return false;
  const paths = namedPaths(args.slice(at + 1));
  if (paths === undefined || paths.length === 0 || paths.length > MAIN_THREAD_FILES) return false;
  let bytes = 0;
  for (const path of paths) {
    const size = fileSize(path);
    if (size === undefined) return false;
    bytes += size;
  }
  return bytes <= MAIN_THREAD_BYTES;
}

/**
 * `tell` for a run in the main thread: the output it prints is told once the event loop has polled for what came
 * meanwhile, and not at all when `stopped()` then says a signal came (libuv answers a signal in its poll); the other
 * notes (the run's language, its end) at once. Two hops: a run that ends within a poll's callbacks (a file read
 * back) would see its first setImmediate run before the loop polls again.
 */
export function deferOutput(
  tell: (note: CommandThreadNote) => void,
  stopped: () => boolean,
): (note: CommandThreadNote) => void {
  const pending: CommandThreadNote[] = [];
  const flush = (): void => {
    const notes = pending.splice(0);
    if (!stopped()) for (const note of notes) tell(note);
  };
  return (note) => {
    if (!('stream' in note)) tell(note);
    else if (pending.push(note) === 1) setImmediate(() => setImmediate(flush));
  };
}

// Which runs the binary keeps in its main thread (src/cli/startup/binary.ts), without a command thread: a `check` of a few
// named files, a `diff` of two small named files that prints its report, or a `build` of one small named policy,
// small enough that the main thread, busy with it, still answers a signal within a second. Starting node in a thread
// of its own is ~0.03 s of CPU and ~0.05 s of wall time before the command's first line (node compiles its own
// modules there again): a sixth of a `check` of a civil code read back from the cache. While the run computes, a
// signal waits; its output waits for the event loop's next turn (deferOutput), where a signal that came meanwhile is
// answered first, so a signalled run still prints nothing. The build's files likewise wait in their temp files for
// that turn before they replace anything (src/io/atomic.ts, writeFileAtomicAfterPoll), so a signal that came during
// the work leaves the old files in place. Anything else (a folder to search, --help, an option it does not know, more
// or larger files, a diff written to a file, a PDF build that writes the HTML report, a build into a named pipe or a
// device) runs in a command thread.
import { statSync } from 'node:fs';
import {
  BUILD_OPTIONS,
  CHECK_OPTIONS,
  DEBUG_OPTION,
  DIFF_OPTIONS,
  FORMAT_OPTION,
  LANG_OPTION,
  optionName,
  takesValue,
} from '../command-options.js';
import type { CommandThreadNote } from './thread-data.js';

/**
 * At most this many bytes of named files: a `check` of 2 MiB of policy parsed afresh (the caches off) takes ~0.7 s
 * of CPU (a civil code of 1.3 MB: 0.47 s), read back from the cache less than half of that.
 */
export const MAIN_THREAD_BYTES = 2 * 1024 * 1024;
/** At most this many files: each may ask git for its history (approval-outdated). */
export const MAIN_THREAD_FILES = 16;
/**
 * At most this many bytes of the two files a `diff` compares: a diff costs more than its reading where the texts
 * have little in common, two unrelated laws of 128 KB in all ~0.6 s of CPU with the caches off above the start
 * (256 KB: ~0.9 s). A school's policies are 2-16 KB each.
 */
export const MAIN_THREAD_DIFF_BYTES = 128 * 1024;

/** What of a command the main thread takes: its options that take a value, its flags, its files and their bytes. */
interface MainThreadCommand {
  valueOptions: ReadonlySet<string>;
  flags: ReadonlySet<string>;
  /** The values an option may have here, where not any (diff's --format: those printed, not written to a file). */
  values?: Readonly<Record<string, ReadonlySet<string>>>;
  files: { min: number; max: number };
  bytes: number;
  /** Whether the options given (each by its name, a flag's value `true`) keep the run small, where they may not. */
  bounded?: (given: ReadonlyMap<string, string | true>) => boolean;
}

/**
 * At most this many bytes of the one policy a `build` lays out: a generated policy of 64 KB built as PDF and Word
 * both, caches off, takes ~0.4 s of the build's own time (0.62 s of CPU with node's start), one of 128 KB ~0.7 s;
 * the 10-page policy of `npm run bench:docx` is 28 KB, a school's policies 2-16 KB.
 */
export const MAIN_THREAD_BUILD_BYTES = 64 * 1024;

/** Whether `--out` names a file (x.pdf, x.docx), not a folder: then no HTML report is written beside it. */
function outFileNamed(out: string | true | undefined): boolean {
  return typeof out === 'string' && /\.(pdf|docx)$/i.test(out);
}

/**
 * Whether `--out` is absent or names a regular file or folder, or nothing yet. A named pipe or a device (/dev/stdout)
 * is written into in place, where a reader that stops reading holds the write: in the main thread a signal would wait
 * for it (tests/cli/out-special-files.test.ts), in a command thread the main thread answers it. A stat, not
 * src/io/special-files.ts's inPlaceTarget: that loads the messages, which this thread, answering signals, does not.
 */
function outPlain(out: string | true | undefined): boolean {
  if (typeof out !== 'string') return true;
  try {
    const stat = statSync(out);
    return stat.isFile() || stat.isDirectory();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** The program's own flag, taken before the command too. */
const PROGRAM_FLAGS = [DEBUG_OPTION];

/**
 * The options a command takes (command-options.ts, as its command gives them to commander) but for `large`, those
 * that may make a run large or long: split into those that take a value and flags.
 */
function optionsOf(
  definitions: readonly string[],
  large: readonly string[] = [],
): Pick<MainThreadCommand, 'valueOptions' | 'flags'> {
  const kept = definitions.filter((definition) => !large.includes(definition));
  return {
    valueOptions: new Set(kept.filter(takesValue).map(optionName)),
    flags: new Set([...kept.filter((definition) => !takesValue(definition)).map(optionName), ...PROGRAM_FLAGS]),
  };
}

const MAIN_THREAD_COMMANDS: Readonly<Record<string, MainThreadCommand>> = {
  check: {
    ...optionsOf([...Object.values(CHECK_OPTIONS), FORMAT_OPTION, LANG_OPTION]),
    files: { min: 1, max: MAIN_THREAD_FILES },
    bytes: MAIN_THREAD_BYTES,
  },
  build: {
    // --at reads every version in git's history; --jobs asks for worker threads.
    ...optionsOf([...Object.values(BUILD_OPTIONS), LANG_OPTION], [BUILD_OPTIONS.at, BUILD_OPTIONS.jobs]),
    values: { '--format': new Set(['docx', 'pdf', 'pdf,docx', 'docx,pdf']) },
    files: { min: 1, max: 1 },
    bytes: MAIN_THREAD_BUILD_BYTES,
    // A PDF build into the output folder also writes the HTML report, which reads every policy around it.
    // Its files go to regular files only (outPlain).
    bounded: (given) =>
      outPlain(given.get('--out')) &&
      (given.get('--format') === 'docx' || given.has('--no-site') || outFileNamed(given.get('--out'))),
  },
  diff: {
    // --from and --to read git; --out writes a file, in any format (a board pack, a Word revision); --brand and
    // --author serve only those.
    ...optionsOf(
      [...Object.values(DIFF_OPTIONS), FORMAT_OPTION, LANG_OPTION],
      [DIFF_OPTIONS.from, DIFF_OPTIONS.to, DIFF_OPTIONS.out, DIFF_OPTIONS.brand, DIFF_OPTIONS.author],
    ),
    values: { '--format': new Set(['text', 'md', 'json']) },
    files: { min: 2, max: 2 },
    bytes: MAIN_THREAD_DIFF_BYTES,
  },
};

/** The byte size of `path` when it is a regular file, else undefined. */
function fileSize(path: string): number | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The paths `args` (after the command) name, and the options given, or undefined when one of them is an option
 * `command` does not take.
 */
function namedPaths(
  args: readonly string[],
  command: MainThreadCommand,
): { paths: string[]; given: Map<string, string | true> } | undefined {
  const paths: string[] = [];
  const given = new Map<string, string | true>();
  const allowed = (option: string, value: string | undefined): boolean =>
    value !== undefined && (command.values?.[option]?.has(value) ?? true);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const option = equals === -1 ? arg : arg.slice(0, equals);
    if (command.valueOptions.has(option)) {
      const value = equals === -1 ? args[++index] : arg.slice(equals + 1);
      if (!allowed(option, value)) return undefined;
      given.set(option, value as string);
    } else if (command.flags.has(arg)) given.set(arg, true);
    else if (arg.startsWith('-')) return undefined;
    else paths.push(arg);
  }
  return { paths, given };
}

/** Whether the run of `args` (process.argv after node and the script) is one the main thread runs itself. */
export function fitsMainThread(args: readonly string[]): boolean {
  const at = args.findIndex((arg) => !arg.startsWith('-'));
  const name = args[at] ?? '';
  const command = Object.hasOwn(MAIN_THREAD_COMMANDS, name) ? MAIN_THREAD_COMMANDS[name] : undefined;
  if (!command || !args.slice(0, at).every((arg) => PROGRAM_FLAGS.includes(arg) || command.flags.has(arg)))
    return false;
  const named = namedPaths(args.slice(at + 1), command);
  if (named === undefined || !(command.bounded?.(named.given) ?? true)) return false;
  const { paths } = named;
  if (paths.length < command.files.min || paths.length > command.files.max) return false;
  let bytes = 0;
  for (const path of paths) {
    const size = fileSize(path);
    if (size === undefined) return false;
    bytes += size;
  }
  return bytes <= command.bytes;
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

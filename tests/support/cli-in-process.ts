// Runs the CLI in the test's own process: src/cli/program.ts through vitest's transform, with what a spawned run of
// the built binary gets (tests/support/cli.ts): a working directory (default: the repository), the environment with
// NO_COLOR=1, the lane's cache folder and the test's overrides, and standard output and error that are not a
// terminal, captured as the UTF-8 text spawnSync would decode. A run costs what the command costs, not a Node start
// and the loading of its modules (tests/cli/in-process.test.ts checks that both ways give the same bytes).
// The working directory, the environment and the language of messages belong to the whole process: they are set for
// one run and put back afterwards (also when the run throws), and runs wait for each other, so two never overlap in
// one worker; a later test file sharing the worker's modules (vitest.config.ts) starts from what it would alone. (The
// lanes run in forked processes, vitest.config.ts: a worker thread could not change the working directory.)
import { inject } from 'vitest';
import { COMMANDS } from '../../src/cli/command-table.js';
import { runClausemark } from '../../src/cli/program.js';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import type { TextSink } from '../../src/io/sink.js';
import { PROJECT_ROOT } from './paths.js';

/** What a run said and how it ended: the shape of runCli's answer (tests/support/cli.ts). */
export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface InProcessOptions {
  cwd?: string;
  env?: Record<string, string>;
}

/** A standard output or error that is a pipe, not a terminal: it keeps the bytes written to it. */
class CapturedStream implements TextSink {
  private readonly chunks: Buffer[] = [];

  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
    return true;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/**
 * The CLI's disk cache (word layouts) for this test run, not the user's: the lane's one cache, made by its global
 * setup (tests/support/global-setup.ts), so only the lane's first build lays out words cold.
 */
export function cacheDir(): string {
  const shared = inject('cliCacheDir');
  if (!shared) throw new Error('no CLI cache folder: the lane has no global setup (tests/support/global-setup.ts)');
  return shared;
}

/** Sets `overrides` in process.env and returns what puts the earlier values (or their absence) back. */
function overrideEnv(overrides: Record<string, string>): () => void {
  const before = Object.entries(overrides).map(([name]) => [name, process.env[name]] as const);
  Object.assign(process.env, overrides);
  return () => {
    for (const [name, value] of before) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * A locale that picks clausemark's English messages (src/cli/message-language.ts), so a test reads the same words on
 * a Dutch developer's machine; a test of the Dutch messages sets its own.
 */
export const ENGLISH_LOCALE: Record<string, string> = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

let queue: Promise<unknown> = Promise.resolve();

async function runNow(args: readonly string[], options: InProcessOptions): Promise<InProcessRun> {
  const stdout = new CapturedStream();
  const stderr = new CapturedStream();
  const cwd = process.cwd();
  const language = messageLanguage();
  const restoreEnv = overrideEnv({
    NO_COLOR: '1',
    CLAUSEMARK_CACHE_DIR: cacheDir(),
    ...ENGLISH_LOCALE,
    ...options.env,
  });
  try {
    process.chdir(options.cwd ?? PROJECT_ROOT);
    const code = await runClausemark([process.execPath, 'clausemark', ...args], { stdout, stderr }, COMMANDS);
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    process.chdir(cwd);
    restoreEnv();
    setMessageLanguage(language);
  }
}

/** One run of `clausemark ARGS` in this process, after any run already under way here has finished. */
export function runCliInProcess(args: readonly string[], options: InProcessOptions = {}): Promise<InProcessRun> {
  const run = queue.then(() => runNow(args, options));
  queue = run.catch(() => undefined);
  return run;
}

// `clausemark serve --watch` run as an author runs it, for the CLI and browser tests: a throw-away project with the
// templates and Allure's policy, the server on a free port, saves the way editors make them, bounded waits.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDir } from './cli-in-process.js';
import { PROJECT_ROOT } from './paths.js';

export interface WatchingServer {
  dir: string;
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** The policy being served: <dir>/policies/allure/social-media.md */
  policy: string;
  /** Everything the server printed so far (stdout and stderr). */
  output: { text: string };
  stop(): void;
  /** Resolves once the server's process has ended (after stop()). */
  exited: Promise<void>;
}

/** Resolves with the first match of `pattern` in the output (the output so far in the error when it never comes). */
export function waitFor(output: { text: string }, pattern: RegExp, seconds: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const match = pattern.exec(output.text);
      if (match) {
        clearInterval(poll);
        resolve(match);
      } else if (Date.now() - started > seconds * 1000) {
        clearInterval(poll);
        reject(new Error(`no ${pattern} in:\n${output.text}`));
      }
    }, 100);
  });
}

export interface WatchOptions {
  /** Organisations whose policies the project has besides Allure's (folders of policies/). */
  others?: string[];
  /** Environment variables for the server (the lane's cache folder unless CLAUSEMARK_CACHE_DIR is given). */
  env?: Record<string, string>;
  /**
   * A project an earlier server served, whose process has ended (`exited`), served again as it is now, its out/
   * included: the server builds again only what changed since, as `serve --watch` does after a `build`.
   */
  project?: string;
}

/** A new project: the templates and the policies of Allure and `others`. */
function newProject(others: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-watch-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  for (const org of ['allure', ...others])
    cpSync(join(PROJECT_ROOT, 'policies', org), join(dir, 'policies', org), { recursive: true });
  return dir;
}

/** Starts `clausemark serve --watch --port 0` in a new project (or `options.project`); resolves once it serves. */
export async function serveWatching(options: WatchOptions = {}): Promise<WatchingServer> {
  const dir = options.project ?? newProject(options.others ?? []);
  const output = { text: '' };
  const child: ChildProcess = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), 'serve', '--watch', '--port', '0'],
    // The lane's cache folder, as runBuiltCli's: a test writes nothing into the user's own (~/.cache/clausemark).
    { cwd: dir, env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: cacheDir(), ...options.env } },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  const stop = (): void => void child.kill('SIGINT');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    // The line is in the run's language (serving out/ at …, out/ staat klaar op …): the address is in both.
    const [, url = ''] = await waitFor(output, /out\/ .*(http:\/\/127\.0\.0\.1:\d+\/)/, 90);
    return { dir, url, policy: join(dir, 'policies', 'allure', 'social-media.md'), output, stop, exited };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Saves the way sed -i and most editors do: a new file beside the old one, renamed over it. */
export function saveByRename(file: string, text: string): void {
  const temp = join(file, '..', `.${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, file);
}

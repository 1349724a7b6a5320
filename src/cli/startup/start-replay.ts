// `start` with nothing to do, answered before the program is loaded (src/cli/main.ts): when a stamp proves its inputs
// and its output folder are as a run that wrote nothing left them (src/jobs/start-stamp.ts), what that run said and
// its exit code, for the binary to print and end with. Only for `start` with no other options than --out and --lang
// (each as `--x value` or `--x=value`); anything else, or no stamp that holds, and the run does its work.
import { type Said, upToDateStart } from '../../jobs/start-stamp.js';
import { startStampsDir } from '../cache.js';

export interface StartOptions {
  out: string;
  lang?: string;
}

/** The options of `start` as commander would read `args` (the arguments after the binary); undefined: not only those. */
export function startOptions(args: readonly string[]): StartOptions | undefined {
  if (args[0] !== 'start') return undefined;
  const options: StartOptions = { out: 'out' };
  for (let index = 1; index < args.length; index++) {
    const match = /^--(out|lang)(?:=([\s\S]*))?$/.exec(args[index] ?? '');
    if (!match) return undefined;
    const value = match[2] ?? args[++index];
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('-'))) return undefined;
    if (match[1] === 'out') options.out = value;
    else options.lang = value;
  }
  return options;
}

/** What `start` with `args` would say and end with, when a stamp proves it; else undefined. */
export function replayStart(
  args: readonly string[],
  terminals: { stdoutTTY: boolean; stderrTTY: boolean },
): { said: Said[]; exitCode: number } | undefined {
  try {
    const options = startOptions(args);
    const dir = options && startStampsDir();
    if (!options || !dir) return undefined;
    return upToDateStart(dir, { cwd: process.cwd(), ...options, env: process.env, now: Date.now(), ...terminals });
  } catch {
    return undefined; // whatever went wrong here, the run itself does its work and tells of a real failure
  }
}

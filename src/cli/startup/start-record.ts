// The other half of src/cli/startup/start-replay.ts: a run of `start` that does its work keeps what it said and its exit code
// in a stamp (src/jobs/start-stamp.ts) when it wrote nothing and nothing failed, so the next run in the same state
// answers at once. The stamp's inputs are hashed as the run begins: a file edited while it runs is a change.
import { resolve } from 'node:path';
import { manifestDependencies } from '../../build/manifest.js';
import { keepStartStamp, type Said, type StartSetting, startBefore } from '../../jobs/start-stamp.js';
import { startStampsDir } from '../cache.js';
import type { CommandContext, TextSink } from '../context.js';
import type { StartOptions } from './start-replay.js';

/** A context that says what `context` says, keeping each piece in `said` in order, and shares its exit code. */
function recording(context: CommandContext, said: Said[]): CommandContext {
  const sink = (stream: 0 | 1, to: TextSink): TextSink => ({
    write: (chunk) => {
      said.push([stream, typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')]);
      return to.write(chunk);
    },
    ...(to.isTTY === undefined ? {} : { isTTY: to.isTTY }),
    ...(to.columns === undefined ? {} : { columns: to.columns }),
  });
  const io = { stdout: sink(0, context.io.stdout), stderr: sink(1, context.io.stderr) };
  return {
    io,
    project: context.project,
    get exitCode() {
      return context.exitCode;
    },
    set exitCode(code: number) {
      context.exitCode = code;
    },
    out: (line) => void io.stdout.write(`${line}\n`),
    err: (line) => void io.stderr.write(`${line}\n`),
  };
}

/** Runs `run` as recordedStart does, keeping no stamp (a run whose options a stamp does not hold). */
export async function unrecordedStart(
  context: CommandContext,
  _options: StartOptions,
  run: (context: CommandContext) => Promise<boolean>,
): Promise<void> {
  await run(context);
}

/**
 * Runs `run` (the work of `start`, saying what it says through the context it is given, and telling whether its
 * outcome would be the same on a second run: nothing failed) and keeps the stamp when it changed no output.
 */
export async function recordedStart(
  context: CommandContext,
  options: StartOptions,
  run: (context: CommandContext) => Promise<boolean>,
): Promise<void> {
  const dir = startStampsDir();
  const setting: StartSetting = {
    cwd: process.cwd(),
    ...options,
    env: process.env,
    now: Date.now(),
    stdoutTTY: context.io.stdout.isTTY === true,
    stderrTTY: context.io.stderr.isTTY === true,
  };
  const dependencies = dir ? manifestDependencies(resolve(options.out)) : [];
  const before = dir ? startBefore(setting, dependencies) : undefined;
  if (!dir || !before) {
    await run(context);
    return;
  }
  const said: Said[] = [];
  if (await run(recording(context, said)))
    keepStartStamp(dir, setting, before, dependencies, { said, exitCode: context.exitCode });
}

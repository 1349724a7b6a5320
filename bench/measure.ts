// Timing commands and summarising samples. Every command runs as a new process (what a user's cold run costs),
// under GNU time when it is there for the peak resident memory; the load average is taken with every figure, since
// the machines are shared and wall time follows the load of other processes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './stats.js';

export interface Run {
  ms: number;
  /** Peak resident memory in MB (NaN without /usr/bin/time). */
  peakMb: number;
  /** User + system CPU time of the process and its threads, ms (NaN without /usr/bin/time). */
  cpuMs: number;
  status: number;
  stdout: string;
  stderr: string;
}

export interface Stat {
  /** Median wall time of the measured runs, ms. */
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Highest peak resident memory over the runs, MB. */
  peakMb: number;
  /** Median CPU time (user + system), ms: moves much less with the load of other processes than wall time. */
  cpuMs: number;
  /** 1-minute load average before and after the runs. */
  load: [number, number];
}

export interface CommandOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Exit codes that are not a failure (diff exits 1 when the versions differ). */
  okCodes?: number[];
  timeoutMs?: number;
}

const GNU_TIME = '/usr/bin/time';
const timeDir = mkdtempSync(join(tmpdir(), 'clausemark-bench-time-'));
process.on('exit', () => rmSync(timeDir, { recursive: true, force: true }));

export const load1 = (): number => loadavg()[0] ?? 0;

/** One run of a command: wall time from here, peak memory from GNU time (written to a file, not mixed into stderr). */
export function runCommand(command: string, args: readonly string[], options: CommandOptions = {}): Run {
  const withTime = existsSync(GNU_TIME);
  const timeFile = join(timeDir, 'peak');
  const started = performance.now();
  const result = withTime
    ? spawnSync(GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args], {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        encoding: 'utf8',
        maxBuffer: 1024 ** 3,
        timeout: options.timeoutMs ?? 600_000,
      })
    : spawnSync(command, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        encoding: 'utf8',
        maxBuffer: 1024 ** 3,
        timeout: options.timeoutMs ?? 600_000,
      });
  const ms = performance.now() - started;
  let peakMb = Number.NaN;
  let cpuMs = Number.NaN;
  if (withTime) {
    // GNU time writes "Command exited with non-zero status N" before the figures when the command fails.
    const lines = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n') : [];
    const [user, system, kb] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
    peakMb = (kb ?? Number.NaN) / 1024;
    cpuMs = ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000;
  }
  return {
    ms,
    peakMb,
    cpuMs,
    status: result.status ?? -1,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? String(result.error ?? ''),
  };
}

export class CommandFailed extends Error {}

/**
 * Warm-up runs that leave the cache folder warm for a command's files: an entry is kept the second time its value is
 * made (src/io/serialized-cache.ts), so the first run of a new file reads none and the second also writes them.
 */
export const WARM_CACHE_WARMUP = 2;

/**
 * `warmup` unmeasured runs (returned as `warmups`), then `runs` measured ones; `before` runs ahead of each (e.g. to
 * remove an output).
 */
export function measureCommand(
  command: string,
  args: readonly string[],
  counts: { runs: number; warmup: number },
  options: CommandOptions & { before?: () => void } = {},
): Stat & { last: Run; warmups: Run[] } {
  const ok = options.okCodes ?? [0];
  const samples: Run[] = [];
  const warmups: Run[] = [];
  const loadBefore = load1();
  for (let index = 0; index < counts.warmup + counts.runs; index++) {
    options.before?.();
    const run = runCommand(command, args, options);
    if (!ok.includes(run.status)) {
      throw new CommandFailed(
        `${[command, ...args].join(' ')} exited with ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' | ')}`,
      );
    }
    (index >= counts.warmup ? samples : warmups).push(run);
  }
  const stat = summarise(
    samples.map((sample) => sample.ms),
    Math.max(...samples.map((sample) => sample.peakMb)),
    [loadBefore, load1()],
  );
  return {
    ...stat,
    cpuMs: median(samples.map((sample) => sample.cpuMs)),
    last: samples[samples.length - 1]!,
    warmups,
  };
}

export function summarise(samples: readonly number[], peakMb: number, load: [number, number]): Stat {
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    peakMb,
    cpuMs: Number.NaN,
    load,
  };
}

/** Where a program is: on PATH, or in the folder bench/peers.sh installs Typst into. */
export function findProgram(name: string): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(':'), peersFolder()]) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Where bench/peers.sh puts the peers that are not Debian packages (CLAUSEMARK_PEERS overrides it). */
export function peersFolder(): string {
  return (
    process.env.CLAUSEMARK_PEERS ??
    join(process.env.XDG_CACHE_HOME || join(process.env.HOME ?? '', '.cache'), 'clausemark', 'peers')
  );
}

export const seconds = (ms: number): string =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;

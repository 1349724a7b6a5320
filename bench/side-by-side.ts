// Commands timed turn about (A, B, A, B, …), so that each sees the same load of a shared machine: how issue 30's
// build target is judged against pandoc + wkhtmltopdf on the same document, with CPU time (user + system, which
// moves much less with the load than wall time) as the main figure, and issue 41's Word target against pandoc
// writing .docx.
import {
  CommandFailed,
  type CommandOptions,
  load1,
  type Run,
  runCommand,
  type Stat,
  seconds,
  summarise,
} from './measure.js';
import { median } from './stats.js';

export interface Timed {
  command: string;
  args: readonly string[];
  options?: CommandOptions;
}

/** `warmup` unmeasured rounds, then `runs` measured ones, each round one run of every command in turn. */
export function measureTurnAbout(commands: readonly Timed[], counts: { runs: number; warmup: number }): Stat[] {
  const samples = commands.map((): Run[] => []);
  const loadBefore = load1();
  for (let round = 0; round < counts.warmup + counts.runs; round++) {
    commands.forEach(({ command, args, options = {} }, index) => {
      const run = runCommand(command, args, options);
      if (!(options.okCodes ?? [0]).includes(run.status))
        throw new CommandFailed(
          `${[command, ...args].join(' ')} exited with ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' | ')}`,
        );
      if (round >= counts.warmup) samples[index]!.push(run);
    });
  }
  const loadAfter = load1();
  return samples.map((runs) => ({
    ...summarise(
      runs.map((run) => run.ms),
      Math.max(...runs.map((run) => run.peakMb)),
      [loadBefore, loadAfter],
    ),
    cpuMs: median(runs.map((run) => run.cpuMs)),
  }));
}

/** The target for a cold one-policy build: no slower than the peer in wall time, at most twice its CPU. */
export function buildTarget(ours: Stat, peer: Stat): { text: string; met: boolean } {
  return {
    text: `wall ≤ pandoc + wkhtmltopdf (${seconds(peer.median)} on the same runs), CPU ≤ 2× its ${seconds(peer.cpuMs)}`,
    met: ours.median <= peer.median && ours.cpuMs <= 2 * peer.cpuMs,
  };
}

/** Issue 74's target for a one-policy PDF with caches off: within 1.5× Typst's wall time (npm's node compiler). */
export function typstTarget(ours: Stat, peer: Stat): { text: string; met: boolean } {
  return {
    text: `wall ≤ 1.5× Typst, npm typst-ts-node-compiler (${seconds(peer.median)} wall, ${seconds(peer.cpuMs)} CPU on the same runs)`,
    met: ours.median <= 1.5 * peer.median,
  };
}

/** The target for a Word build: at most twice pandoc's wall time writing .docx of the same policy. */
export function wordTarget(ours: Stat, peer: Stat): { text: string; met: boolean } {
  return {
    text: `wall ≤ 2× pandoc → .docx (${seconds(peer.median)} wall, ${seconds(peer.cpuMs)} CPU on the same runs)`,
    met: ours.median <= 2 * peer.median,
  };
}

// What one run of the CLI writes to and ends with: its standard output and error (CliIO) and its exit code. Every
// command is registered with this context and reports only through it, never through console.* or process.*, so
// the same run gives the same bytes whether it is the binary (src/cli/main.ts passes the process's streams) or a
// call in another program's process (runClausemark in src/cli/program.ts, e.g. a test). The run's project is found
// here, once, and every command hands it to its job.
import { findProject, type Project } from '../io/project.js';
import type { TextSink } from '../io/sink.js';

export type { TextSink } from '../io/sink.js';

export interface CliIO {
  stdout: TextSink;
  stderr: TextSink;
}

export interface CommandContext {
  readonly io: CliIO;
  /** The project the run works in: the one around the working folder when the run began (src/io/project.ts). */
  readonly project: Project;
  /** The code the run exits with: 0 unless a command or a failure sets it. */
  exitCode: number;
  /** One line on standard output. */
  out(line: string): void;
  /** One line on standard error. */
  err(line: string): void;
}

/**
 * From this length on a line is written, then its line end: joined, a civil code's 2 MB `check` report was copied
 * whole once more before it was encoded (~3 ms). Shorter lines go in one write, their end with them.
 */
const WRITTEN_APART = 64 * 1024;

function lineTo(sink: TextSink, line: string): void {
  if (line.length < WRITTEN_APART) {
    sink.write(`${line}\n`);
    return;
  }
  sink.write(line);
  sink.write('\n');
}

export function commandContext(io: CliIO, project: Project = findProject()): CommandContext {
  return {
    io,
    project,
    exitCode: 0,
    out: (line) => lineTo(io.stdout, line),
    err: (line) => lineTo(io.stderr, line),
  };
}

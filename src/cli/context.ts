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

export function commandContext(io: CliIO, project: Project = findProject()): CommandContext {
  return {
    io,
    project,
    exitCode: 0,
    out: (line) => void io.stdout.write(`${line}\n`),
    err: (line) => void io.stderr.write(`${line}\n`),
  };
}

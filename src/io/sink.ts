// Where a report's lines go while a job runs: the least a writable must offer. The CLI passes its standard output
// and error (process.stdout in the binary, a string collector when a test runs the CLI in its own process), so
// library code that reports as it goes (build progress) never reaches for process.stdout or process.stderr itself.
export interface TextSink {
  write(chunk: string | Uint8Array): unknown;
  /** A terminal: colour, progress bars and a refusal to print binary reports depend on it. */
  readonly isTTY?: boolean;
  /** The terminal's width, when it is one. */
  readonly columns?: number;
}

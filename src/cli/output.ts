// Where a command's report goes: standard output, a file named with --out, or a default file. One place for the
// rules diff, compare, deviations and agenda share: `--out -` (or /dev/stdout) is standard output, written in order
// with the rest of the run's output; a named pipe or device is written into (src/io/special-files.ts); a report is
// never written over one of the policies it reports on; a binary report (PDF, Word) is never written to a terminal; a
// report written to a file says where it went. What a format asks for is read from its row of the report's format table
// (src/report/formats/).
import { existsSync, realpathSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { OutputFormat, ReportKind } from '../render/shared/format-table.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { TextSink } from '../io/sink.js';
import { errorById, wordMessage } from '../io/messages.js';

export interface OutputOptions {
  /** --out: a file, `-` for standard output, or nothing. */
  out?: string;
  /** Without --out the report goes to a default file (html, pdf, docx reports) instead of standard output. */
  fileByDefault?: boolean;
  /**
   * A report a terminal cannot show: refused there, with the argument to blame and how to fix it (`fixId`, an entry
   * of templates/messages/en.yaml, given the report's format as {{format}}); `named`: the entry that names the format
   * to a person ("a PDF").
   */
  binary?: { format: string; named: string; argument: string; fixId: string };
  /** Print `wrote <file>` after writing a file (default: yes). */
  announce?: boolean;
  /** The policy files named on the command line, which --out must not name; `example` ends the hint's file name. */
  inputs?: { files: readonly string[]; example: string };
}

/** The names of standard output: the report then goes where the run's other output goes, in its order. */
const STANDARD_OUTPUT = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** A report written over one of the policies it reports on would destroy the policy: refused before any work. */
function refuseOverwritingInputs(out: string | undefined, inputs: OutputOptions['inputs']): void {
  if (out === undefined || STANDARD_OUTPUT.has(out) || !inputs) return;
  const target = resolve(out);
  const clash = inputs.files.find(
    (file) =>
      resolve(file) === target ||
      (existsSync(file) && existsSync(target) && realpathSync(file) === realpathSync(target)),
  );
  if (clash) {
    throw errorById(
      {
        messageId: 'out-is-input.would-replace',
        fixId: 'out-is-input.choose-another',
        params: { example: `${basename(out).replace(/\.md$/, '')}-${inputs.example}` },
      },
      { place: { argument: '--out' }, ruleId: 'out-is-input' },
    );
  }
}

/**
 * The output options of a report in `format`, a row of the report kind's table: to a file by default or not, refused
 * on a terminal when binary, `wrote FILE` said as the kind says it, the hint's file name made with its extension.
 */
export function reportOutputOptions<Input, Result>(
  kind: ReportKind<Input, Result>,
  format: OutputFormat<Input, Result>,
  options: { out?: string; files: readonly string[] },
): OutputOptions {
  const { terminal, output } = kind;
  return {
    ...(options.out !== undefined ? { out: options.out } : {}),
    fileByDefault: format.destination === 'file',
    announce: output?.announce !== 'file-formats' || format.destination === 'file',
    ...(output ? { inputs: { files: options.files, example: output.example(format) } } : {}),
    ...(format.binary && terminal ? { binary: { format: format.name, named: format.named ?? '', ...terminal } } : {}),
  };
}

export class Output {
  /** True when the report goes to standard output. */
  readonly toStdout: boolean;

  /** Refuses at once (before any work) --out naming an input, and a binary report that would go to a terminal. */
  constructor(
    private readonly options: OutputOptions,
    private readonly stdout: TextSink,
  ) {
    refuseOverwritingInputs(options.out, options.inputs);
    this.toStdout =
      (options.out !== undefined && STANDARD_OUTPUT.has(options.out)) ||
      (options.out === undefined && options.fileByDefault !== true);
    const { binary } = options;
    if (binary && this.toStdout && stdout.isTTY) {
      const what = { messageId: binary.named };
      throw errorById(
        { messageId: 'terminal.will-not-write', fixId: binary.fixId, params: { what, format: binary.format } },
        { place: { argument: binary.argument }, ruleId: 'bad-arguments' },
      );
    }
  }

  /** Writes the report; `defaultFile` is where it goes without --out when it goes to a file by default. */
  write(content: string | Uint8Array, defaultFile?: string): void {
    if (this.toStdout) {
      this.stdout.write(content);
      return;
    }
    const target = this.options.out ?? defaultFile;
    if (target === undefined) throw new Error('a report that goes to a file by default needs its default file');
    writeFileAtomic(target, content);
    if (this.options.announce !== false)
      this.stdout.write(`${wordMessage({ messageId: 'output.wrote', params: { file: target } })}\n`);
  }
}

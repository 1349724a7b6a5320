// The shape of an output-format table, one per report kind (as pandoc keeps one writers table): each format a
// command can write, with its extension, whether it is binary, where it goes without --out and its renderer. The
// CLI's --format choices, the output helper (src/cli/output.ts) and docs/formats.md are all read from these tables,
// so a format is added in one row. Renderers load their modules when called: reading a table (for --help, or to
// check --format) loads none of them, which keeps a cold start small. It stands below build and report, whose tables
// have this shape, so the jobs and the CLI that read them import nothing upward.
import { errorById, type MessageIds } from '../../io/messages.js';

/** What a renderer returns: text, or the bytes of a binary file. */
export type Rendered = string | Uint8Array;

export interface OutputFormat<Input, Result = Promise<Rendered>> {
  /** The word --format takes. */
  readonly name: string;
  /** The extension of a file in this format, without the dot. */
  readonly extension: string;
  /** A file a terminal cannot show (PDF, Word): never written to one. */
  readonly binary: boolean;
  /** How a person calls a binary format ("a PDF"): an entry of templates/messages/en.yaml, said when refusing it. */
  readonly named?: string;
  /** Where it goes without --out: standard output, or the report kind's default file. */
  readonly destination: 'stdout' | 'file';
  /** Makes the report in this format from the report kind's input. */
  render(input: Input): Result;
}

export interface ReportKind<Input, Result = Promise<Rendered>> {
  /** The command that writes it (`compare --template` writes deviations), and its heading in docs/formats.md. */
  readonly command: string;
  readonly formats: readonly OutputFormat<Input, Result>[];
  /** The format without --format. */
  readonly fallback: string;
  /** The error for a --format not in the table (templates/messages/en.yaml), given {{format}} and {{formats}}. */
  readonly unknown: Pick<MessageIds, 'messageId' | 'fixId'>;
  /** A binary format asked for a terminal: the argument to blame and the hint (given {{format}}). */
  readonly terminal?: { readonly argument: string; readonly fixId: string };
  /**
   * For a report written by the output helper (src/cli/output.ts): the file name its hint against an --out naming a
   * policy suggests (ending the policy's name), and whether `wrote FILE` is said after writing a file --out named
   * (`always`, or only for the formats written to a file by default).
   */
  readonly output?: {
    example(format: OutputFormat<Input, Result>): string;
    readonly announce: 'always' | 'file-formats';
  };
}

/** The names --format takes, in the table's order. */
export function formatNames(kind: ReportKind<never, unknown>): string[] {
  return kind.formats.map((format) => format.name);
}

/** The row named `name`, or a usage error naming --format that lists the formats the kind has. */
export function formatNamed<Input, Result>(
  kind: ReportKind<Input, Result>,
  name: string | undefined,
): OutputFormat<Input, Result> {
  const wanted = name ?? kind.fallback;
  const found = kind.formats.find((format) => format.name === wanted);
  if (found) return found;
  throw errorById(
    { ...kind.unknown, params: { format: wanted, formats: formatNames(kind).join(', ') } },
    { place: { argument: '--format' }, ruleId: 'bad-arguments' },
  );
}

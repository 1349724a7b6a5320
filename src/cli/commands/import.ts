// `clausemark import FILE…`: Word, PDF, HTML and text documents turned into clausemark policies (src/import/), each
// with its findings and a line saying what was kept of the document and where it was (or would be) written.
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { relative } from 'node:path';
import { errorById, wordMessage } from '../../io/messages.js';
import { ID_PATTERN } from '../../parse/ids.js';
import type { CommandContext } from '../context.js';
import { formatFindings } from '../../render/check/text.js';
import { paletteFor } from '../report.js';
import type { ImportResult } from '../../import/result.js';
import type { MessageRef } from '../../model/diagnostics.js';

interface ImportFlags {
  org?: string;
  out?: string;
  lang?: string;
  force?: boolean;
  /** true, or the clause IDs whose tracked changes to accept (the others are rejected). */
  acceptChanges?: boolean | string;
  rejectChanges?: boolean | string;
  into?: string;
  dryRun?: boolean;
  template?: string;
  kind?: string;
}

/** Clause IDs given to --accept-changes or --reject-changes ("a,b c"), or undefined for the flag alone. */
function listedIds(value: boolean | string | undefined): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value.split(/[\s,]+/).filter(Boolean);
}

/** What the two flags decide: all changes one way, or the listed clauses one way and the others the other way. */
function changeDecision(options: ImportFlags): { changes: 'refuse' | 'accept' | 'reject'; changeIds?: string[] } {
  const accept = listedIds(options.acceptChanges);
  const reject = listedIds(options.rejectChanges);
  if (accept) return { changes: 'accept', changeIds: accept };
  if (reject) return { changes: 'reject', changeIds: reject };
  return { changes: options.acceptChanges ? 'accept' : options.rejectChanges ? 'reject' : 'refuse' };
}

/**
 * --accept-changes with --reject-changes (unless one of them lists clauses, the other then names the rest), a --lang
 * other than nl or en, a --kind that is no ID: usage errors.
 */
function refuseBadFlags(options: ImportFlags): void {
  const lists = [options.acceptChanges, options.rejectChanges].filter((value) => typeof value === 'string').length;
  if (options.acceptChanges && options.rejectChanges && lists !== 1) {
    throw errorById(
      { messageId: 'bad-options.accept-and-reject', fixId: 'bad-options.choose-one' },
      { place: { argument: 'import' } },
    );
  }
  if (options.lang !== undefined && options.lang !== 'nl' && options.lang !== 'en') {
    throw errorById(
      { messageId: 'bad-options.unknown-lang', fixId: 'bad-options.lang-nl-en', params: { lang: options.lang } },
      { place: { argument: '--lang' } },
    );
  }
  if (options.kind !== undefined && !ID_PATTERN.test(options.kind)) {
    throw errorById(
      { messageId: 'bad-options.bad-kind', fixId: 'bad-options.kind-id', params: { kind: options.kind } },
      { place: { argument: '--kind' } },
    );
  }
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('import');
  program
    .command('import')
    .description(words('description'))
    .argument('<files...>', words('arg-files'))
    .option('--org <key>', words('opt-org'))
    .option('--out <path>', words('opt-out'))
    .option('--lang <nl|en>', words('opt-lang'))
    .option('--force', words('opt-force'))
    .option('--accept-changes [ids]', words('opt-accept-changes'))
    .option('--reject-changes [ids]', words('opt-reject-changes'))
    .option('--into <file>', words('opt-into'))
    .option('--dry-run', words('opt-dry-run'))
    .option('--kind <id>', words('opt-kind'))
    .option('--template <template>', words('opt-template'))
    .action((files: string[], options: ImportFlags) => runImport(files, options, context));
}

/** The import job over the files, and its report per document. */
async function runImport(files: string[], options: ImportFlags, context: CommandContext): Promise<void> {
  refuseBadFlags(options);
  // Imported here, not at the top: `clausemark --help` registers every command and should not load the readers.
  const { importDocuments, importSummary } = await import('../../import/index.js');
  const ids = options.template
    ? (await import('../../sector/adopt.js')).templateIdSource(options.template, context.project)
    : undefined;
  const results = await importDocuments(files, {
    project: context.project,
    ...(ids ? { ids } : {}),
    ...(options.org ? { org: options.org } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.out ? { out: options.out } : {}),
    ...(options.lang ? { lang: options.lang as 'nl' | 'en' } : {}),
    ...(options.into ? { into: options.into } : {}),
    force: options.force === true,
    dryRun: options.dryRun === true,
    ...changeDecision(options),
  });
  for (const result of results) reportResult(result, options, context, importSummary);
}

/** One document's findings and its summary line. */
function reportResult(
  result: ImportResult,
  options: ImportFlags,
  context: CommandContext,
  summary: (result: ImportResult) => MessageRef,
): void {
  const target = relative(process.cwd(), result.target) || result.target;
  context.out(formatFindings(target, result.findings, paletteFor(context.io.stdout)));
  if (result.brought) {
    // Brought back into its source: what changed there, and whether the two sides conflict (exit 1).
    const unchanged = !result.written && !options.dryRun;
    context.out(
      wordMessage({
        messageId: unchanged
          ? 'import-summary.into-unchanged'
          : result.written
            ? 'import-summary.into-wrote'
            : 'import-summary.into-would-write',
        params: { target, file: result.file, ...result.brought },
      }),
    );
    if (result.brought.conflicts > 0) context.exitCode = 1;
    return;
  }
  // "Kept" is what the written policy holds; what was left out is counted apart, and so is any loss.
  context.out(wordMessage(summary({ ...result, target })));
}

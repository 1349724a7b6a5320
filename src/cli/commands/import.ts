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

interface ImportFlags {
  org?: string;
  out?: string;
  lang?: string;
  force?: boolean;
  acceptChanges?: boolean;
  rejectChanges?: boolean;
  dryRun?: boolean;
  template?: string;
  kind?: string;
}

/** --accept-changes with --reject-changes, a --lang other than nl or en, a --kind that is no ID: usage errors. */
function refuseBadFlags(options: ImportFlags): void {
  if (options.acceptChanges && options.rejectChanges) {
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
    .option('--accept-changes', words('opt-accept-changes'))
    .option('--reject-changes', words('opt-reject-changes'))
    .option('--dry-run', words('opt-dry-run'))
    .option('--kind <id>', words('opt-kind'))
    .option('--template <template>', words('opt-template'))
    .action(async (files: string[], options: ImportFlags) => {
      refuseBadFlags(options);
      // Imported here, not at the top: `clausemark --help` registers every command and should not load the readers.
      const { importDocuments } = await import('../../import/index.js');
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
        force: options.force === true,
        dryRun: options.dryRun === true,
        changes: options.acceptChanges ? 'accept' : options.rejectChanges ? 'reject' : 'refuse',
      });
      const palette = paletteFor(context.io.stdout);
      for (const result of results) {
        const target = relative(process.cwd(), result.target) || result.target;
        context.out(formatFindings(target, result.findings, palette));
        // "Kept" is what the written policy holds; what was left out is counted apart, and so is any loss.
        const { kept, listed, total, missing } = result.accounting;
        context.out(
          wordMessage({
            messageId: result.written ? 'import-summary.wrote' : 'import-summary.would-write',
            params: { target, file: result.file, kept, total, listed, lost: missing.length },
          }),
        );
      }
    });
}

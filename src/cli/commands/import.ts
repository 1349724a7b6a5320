// `clausemark import FILE…`: Word, PDF, HTML and text documents turned into clausemark policies (src/import/), each
// with its findings and a line saying what was kept of the document and where it was (or would be) written.
import type { Command } from 'commander';
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
  program
    .command('import')
    .description('turn Word, PDF or text documents into clausemark policies (default: policies/<org>/<id>.md)')
    .argument('<files...>', 'documents to import (.txt; .docx and .pdf where supported)')
    .option('--org <key>', 'organisation key: the folder under policies/ (default: the file name)')
    .option('--out <path>', 'write to this .md file, or into this folder')
    .option('--lang <nl|en>', 'language of the document (default: detected)')
    .option('--force', 'overwrite a policy that already exists')
    .option('--accept-changes', 'accept tracked changes in a Word document')
    .option('--reject-changes', 'reject tracked changes in a Word document')
    .option('--dry-run', 'print the report, write nothing')
    .option('--kind <id>', 'the id of the kind of policy it is (default: the kind its title names, else its title)')
    .option('--template <template>', "give the clauses the IDs of the sector template's clauses they match by content")
    .action(async (files: string[], options: ImportFlags) => {
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
        force: options.force === true,
        dryRun: options.dryRun === true,
        changes: options.acceptChanges ? 'accept' : options.rejectChanges ? 'reject' : 'refuse',
      });
      const palette = paletteFor(context.io.stdout);
      for (const result of results) {
        const target = relative(process.cwd(), result.target) || result.target;
        context.out(formatFindings(target, result.findings, palette));
        // "Kept" is what the written policy holds; what was left out is counted apart, and so is any loss.
        context.out(wordMessage(importSummary({ ...result, target })));
      }
    });
}

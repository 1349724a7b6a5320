// `clausemark import FILE…`: Word, PDF, HTML and text documents turned into clausemark policies (src/jobs/import.ts),
// each with its findings and a line saying what was kept of the document and where it was (or would be) written.
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import type { ImportFlags } from '../../jobs/import.js';
import type { CommandContext } from '../context.js';
import { reportResult } from '../say/import.js';
import { documentsInChangeFlags } from '../change-flag-documents.js';

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('import');
  program
    .command('import')
    .description(words('description'))
    // Optional to commander only: a change flag's value may be the document (change-flag-documents.ts).
    .usage('[options] <files...>')
    .argument('[files...]', words('arg-files'))
    .option('--org <key>', words('opt-org'))
    .option('--out <path>', words('opt-out'))
    .option('--document-lang <nl|en>', words('opt-document-lang'))
    .option('--force', words('opt-force'))
    .option('--accept-changes [ids]', words('opt-accept-changes'))
    .option('--reject-changes [ids]', words('opt-reject-changes'))
    .option('--into <file>', words('opt-into'))
    .option('--dry-run', words('opt-dry-run'))
    .option('--kind <id>', words('opt-kind'))
    .option('--template <template>', words('opt-template'))
    .action(async (given: string[], givenOptions: ImportFlags, command: Command) => {
      const { files, options } = documentsInChangeFlags(given, givenOptions, process.cwd());
      if (files.length === 0)
        command.error("error: missing required argument 'files'", { code: 'commander.missingArgument' });
      const [{ importJob }, summaries] = await Promise.all([
        import('../../jobs/import.js'),
        import('../../import/index.js'),
      ]);
      const results = await importJob(files, options, context.project);
      for (const result of results) reportResult(result, options, context, summaries);
    });
}

// `clausemark fmt`: the Markdown normalised and every clause and section given an ID (src/fmt/), printed, checked
// (--check, for CI) or written back (--write).
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import type { FileFormatResult } from '../../fmt/index.js';
import { discoverPolicies } from '../../io/discover.js';
import { countedId, errorById, wordCounted, wordMessage } from '../../io/messages.js';
import type { CommandContext } from '../context.js';

const idCount = (results: readonly FileFormatResult[]): number =>
  results.reduce((sum, result) => sum + result.assigned.length, 0);

interface FmtOptions {
  write?: boolean;
  check?: boolean;
  force?: boolean;
  template?: string;
}

/** --write with --check, or --force without --write: a usage error before any file is read. */
function refuseOptionClash(options: FmtOptions): void {
  if (options.write && options.check) {
    throw errorById(
      { messageId: 'bad-options.write-and-check', fixId: 'bad-options.check-or-write' },
      { place: { argument: 'fmt' } },
    );
  }
  if (options.force && !options.write) {
    throw errorById(
      { messageId: 'bad-options.force-without-write', fixId: 'bad-options.add-write' },
      { place: { argument: '--force' }, ruleId: 'bad-arguments' },
    );
  }
}

/** `fmt --write`: each file rewritten, then how many files and IDs. */
function sayWritten(results: readonly FileFormatResult[], context: CommandContext): void {
  const written = results.filter((result) => result.written);
  for (const result of written)
    context.out(
      result.assigned.length > 0
        ? wordCounted('fmt-report.file-assigned', result.assigned.length, { file: result.file })
        : result.file,
    );
  context.out(
    wordMessage({
      messageId: 'fmt-report.formatted',
      params: {
        files: { messageId: countedId('fmt-report.files', written.length), params: { count: written.length } },
        ids: { messageId: countedId('fmt-report.ids', idCount(written)), params: { count: idCount(written) } },
      },
    }),
  );
}

/** `fmt` and `fmt --check`: the files that would change, and with --check exit 1 when any would. */
function sayWouldChange(results: readonly FileFormatResult[], check: boolean, context: CommandContext): void {
  const changed = results.filter((result) => result.changed);
  for (const result of changed) {
    const file = check
      ? `✖ ${result.file}`
      : wordMessage({ messageId: 'fmt-report.would-format', params: { file: result.file } });
    context.out(
      result.assigned.length > 0 ? wordCounted('fmt-report.file-to-assign', result.assigned.length, { file }) : file,
    );
  }
  if (changed.length === 0) context.out(wordCounted('fmt-report.already-formatted', results.length));
  else context.out(wordCounted('fmt-report.would-change', changed.length, { total: results.length }));
  if (check && changed.length > 0) context.exitCode = 1;
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('fmt');
  program
    .command('fmt')
    .description(words('description'))
    .argument('[paths...]', words('arg-paths'))
    .option('--write', words('opt-write'))
    .option('--check', words('opt-check'))
    .option('--force', words('opt-force'))
    .option('--template <template>', words('opt-template'))
    .action(async (paths: string[], options: FmtOptions) => {
      refuseOptionClash(options);
      // Imported here, not at the top: `clausemark --help` registers every command and should not load the parser.
      const { formatFiles } = await import('../../fmt/index.js');
      const ids = options.template
        ? (await import('../../sector/adopt.js')).templateIdSource(options.template, context.project)
        : undefined;
      const files = discoverPolicies(paths);
      if (options.write) {
        const write = { force: options.force === true, forceOption: '--force' };
        sayWritten(formatFiles(files, { ...(ids ? { ids } : {}), mode: 'write', write }), context);
        return;
      }
      const results = formatFiles(files, { ...(ids ? { ids } : {}), mode: options.check ? 'check' : 'print' });
      const single = results.length === 1 ? results[0] : undefined;
      // Like prettier: one file without flags prints the formatted text, so `fmt file.md > out.md` works.
      if (single && !options.check && paths.length > 0) {
        context.io.stdout.write(single.output);
        return;
      }
      sayWouldChange(results, options.check === true, context);
    });
}

import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { COMPARE_REPORT } from '../../report/formats/compare.js';
import { formatNamed, formatNames } from '../../render/shared/format-table.js';
import { wordMessage } from '../../io/messages.js';
import type { CommandContext } from '../context.js';

interface CompareOptions {
  base?: string;
  kind?: string;
  format?: string;
  out?: string;
  template?: string;
  writeTopics?: string;
  topics?: string;
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('compare');
  program
    .command('compare')
    .description(words('description'))
    .argument('[paths...]', words('arg-paths'))
    .option('--base <org>', words('opt-base'))
    .option('--kind <id>', words('opt-kind'))
    .option(
      '--format <format>',
      words('opt-format', { formats: formatNames(COMPARE_REPORT).join(', ') }),
      COMPARE_REPORT.fallback,
    )
    .option('--out <file>', words('opt-out'))
    .option('--template <template>', words('opt-template'))
    .option('--topics <list>', words('opt-topics'))
    .option('--write-topics <file>', words('opt-write-topics'))
    .action(async (paths: string[], options: CompareOptions) => {
      if (options.template) {
        const { runDeviations } = await import('./deviations.js');
        context.exitCode = runDeviations(paths, context, {
          template: options.template,
          ...(options.format ? { format: options.format } : {}),
          ...(options.out ? { out: options.out } : {}),
        });
        return;
      }
      const [{ compareJob }, { Output, reportOutputOptions }, { cacheOption }] = await Promise.all([
        import('../../jobs/compare.js'),
        import('../output.js'),
        import('../cache.js'),
      ]);
      // --format is checked here, not by commander's choices: with --template it is a deviations format.
      const format = formatNamed(COMPARE_REPORT, options.format);
      const output = new Output(
        reportOutputOptions(COMPARE_REPORT, format, { ...(options.out ? { out: options.out } : {}), files: paths }),
        context.io.stdout,
      );
      const content = await compareJob(paths, {
        root: context.project.root,
        format: format.name,
        ...(options.base ? { base: options.base } : {}),
        ...(options.kind !== undefined ? { kind: options.kind } : {}),
        ...(options.topics !== undefined ? { topics: options.topics } : {}),
        onNotice: (line) => context.err(line),
        ...cacheOption(),
        ...(options.writeTopics !== undefined
          ? {
              writeTopics: options.writeTopics,
              onWroteTopics: (file: string, count: number) =>
                context.err(wordMessage({ messageId: 'compare-job.wrote-topics', params: { file, count } })),
            }
          : {}),
      });
      output.write(content);
    });
}

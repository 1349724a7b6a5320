import type { Command } from 'commander';
import { COMPARE_REPORT } from '../../pipeline/formats/compare.js';
import { formatNamed, formatNames } from '../../pipeline/formats/table.js';
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
  program
    .command('compare')
    .description(
      'align the clauses of policies from different organisations into provisions (or, with --template, list deviations from a sector template)',
    )
    .argument('[paths...]', 'policy files or folders (default: policies/)')
    .option('--base <org>', 'the organisation the others are compared with (default: the first)')
    .option('--kind <id>', 'the kind of policy to compare (frontmatter id) when the paths hold several')
    .option('--format <format>', `output: ${formatNames(COMPARE_REPORT).join(', ')}`, COMPARE_REPORT.fallback)
    .option('--out <file>', 'write to a file instead of standard output (- is standard output)')
    .option('--template <template>', "report each policy's deviations from this sector template instead")
    .option(
      '--topics <list>',
      "compare by this topic list (a file, or a kind such as privacyverklaring) instead of the documents' own kind",
    )
    .option(
      '--write-topics <file>',
      'also write the topics (the topic list, or those induced from shared section headings) as a topic list to edit',
    )
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
        import('../../pipeline/jobs/compare.js'),
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
        onSetAside: (line) => context.err(line),
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

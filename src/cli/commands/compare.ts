import type { Command } from 'commander';
import { ClausemarkError } from '../../model/errors.js';

const FORMATS = ['text', 'md', 'json', 'html', 'pdf'] as const;
type CompareFormat = (typeof FORMATS)[number];

interface CompareOptions {
  base?: string;
  kind?: string;
  format?: string;
  out?: string;
  template?: string;
}

export function register(program: Command): void {
  program
    .command('compare')
    .description(
      'align the clauses of policies from different organisations into provisions (or, with --template, list deviations from a sector template)',
    )
    .argument('[paths...]', 'policy files or folders (default: policies/)')
    .option('--base <org>', 'the organisation the others are compared with (default: the first)')
    .option('--kind <id>', 'the kind of policy to compare (frontmatter id) when the paths hold several')
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'text')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--template <template>', "report each policy's deviations from this sector template instead")
    .action(async (paths: string[], options: CompareOptions) => {
      if (options.template) {
        const { runDeviations } = await import('./deviations.js');
        process.exitCode = runDeviations(paths, {
          template: options.template,
          ...(options.format ? { format: options.format } : {}),
          ...(options.out ? { out: options.out } : {}),
        });
        return;
      }
      const format = (options.format ?? 'text') as CompareFormat;
      if (!FORMATS.includes(format)) {
        throw new ClausemarkError(`compare cannot write ${options.format} yet`, {
          place: { argument: '--format' },
          hint: `use ${FORMATS.join(', ')}`,
          ruleId: 'bad-arguments',
        });
      }
      if (format === 'pdf' && !options.out && process.stdout.isTTY) {
        throw new ClausemarkError('will not write a PDF to the terminal', {
          place: { argument: '--format' },
          hint: 'name a file: --out comparison.pdf (or pipe the output into a file)',
          ruleId: 'bad-arguments',
        });
      }
      const [{ discoverPolicies }, { loadBuildablePolicy }, compare, { findProjectRoot }, { loadLabels }] =
        await Promise.all([
          import('../../io/discover.js'),
          import('../../build/policy.js'),
          import('../../compare/index.js'),
          import('../../io/root.js'),
          import('../../wording/labels.js'),
        ]);
      const files = discoverPolicies(paths, ['policies']);
      // One document per organisation and kind: revisions and older versions are set aside (said on stderr).
      const chosen = compare.chooseComparison(
        compare.comparisonInputs(files.map((file) => loadBuildablePolicy(file))),
        options.kind,
      );
      for (const item of chosen.setAside) console.error(compare.describeSetAside(item));
      const policies = chosen.policies;
      if (policies.length < 2) {
        throw new ClausemarkError('compare needs at least two policies of different organisations', {
          place: { argument: paths.join(' ') || 'policies/' },
          hint: 'name two or more policy files or folders (revisions and older versions of one organisation count once)',
          ruleId: 'bad-arguments',
        });
      }
      const { confirmationsFor } = await import('../../compare/confirmations.js');
      const alignment = compare.alignPolicies(policies, {
        confirmations: confirmationsFor(policies),
        ...(options.base ? { base: options.base } : {}),
      });
      const baseLang = compare.basePolicy(policies, alignment)?.meta.lang;
      const labels = (): ReturnType<typeof loadLabels> => loadLabels(baseLang ?? 'nl', { root: findProjectRoot() });
      let output: string | Uint8Array;
      if (format === 'pdf') {
        const [{ buildComparePdf }, { useShapingCache }, { cacheOption }] = await Promise.all([
          import('../../render/compare/pdf/index.js'),
          import('../../build/shaping-cache.js'),
          import('../cache.js'),
        ]);
        // The disk cache of word layouts, as for policy builds: laying out each word is most of the work.
        const cache = useShapingCache(cacheOption().shapingCache);
        output = await buildComparePdf(policies, alignment, { root: findProjectRoot() });
        cache?.flush();
      } else if (format === 'html') {
        const { renderComparisonHtml } = await import('../../build/site/standalone.js');
        output = renderComparisonHtml(policies, alignment, findProjectRoot());
      } else if (format === 'json') output = `${JSON.stringify(alignment, null, 2)}\n`;
      else if (format === 'md')
        output = (await import('../../render/compare/markdown.js')).renderCompareMarkdown(alignment, labels());
      else output = (await import('../../render/compare/text.js')).renderCompareText(alignment, labels());
      if (options.out) {
        const { writeFileAtomic } = await import('../../io/atomic.js');
        writeFileAtomic(options.out, output);
        console.log(`wrote ${options.out}`);
      } else {
        process.stdout.write(output);
      }
    });
}

// `clausemark upgrade POLICY --template T`: the policy brought to the template's new version (src/jobs/upgrade.ts),
// the upgrade report, and exit 1 while conflicts are left to resolve.
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { wordMessage } from '../../io/messages.js';
import type { UpgradeOptions } from '../../jobs/upgrade.js';
import type { CommandContext } from '../context.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('upgrade');
  program
    .command('upgrade')
    .description(words('description'))
    .argument('<policy>', words('arg-policy'))
    .requiredOption('--template <template>', words('opt-template'))
    .option('--set <name=value>', words('opt-set'), collect)
    .option('--dry-run', words('opt-dry-run'))
    .option('--force', words('opt-force'))
    .action(async (file: string, options: UpgradeOptions) => {
      // Imported here, not at the top: `clausemark --help` registers every command and should not load the template.
      const [{ upgradeJob }, { formatUpgradeReport }] = await Promise.all([
        import('../../jobs/upgrade.js'),
        import('../../template/report.js'),
      ]);
      const result = upgradeJob(file, options, context.project);
      context.io.stdout.write(formatUpgradeReport(result.report, result.lang));
      if (!result.changed)
        context.out(
          wordMessage({ messageId: 'upgrade-report.up-to-date', params: { file, version: result.report.to } }),
        );
      else if (options.dryRun) context.out(wordMessage({ messageId: 'upgrade-report.dry-run', params: { file } }));
      context.exitCode = result.report.conflicts.length > 0 ? 1 : 0;
    });
}

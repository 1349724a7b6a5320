import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { refusedBecause, wordMessage } from '../../io/messages.js';
import { encodeSource } from '../../io/read.js';
import { ClausemarkError } from '../../model/errors.js';
import { loadPolicy } from '../../parse/index.js';
import { formatUpgradeReport } from '../../sector/report.js';
import { resolveTemplateArgument } from '../../sector/store.js';
import { requireUsable } from '../../sector/template.js';
import { upgradePolicy } from '../../sector/upgrade.js';
import { parseAssignments } from '../../sector/variables.js';
import type { CommandContext } from '../context.js';

export interface UpgradeCommandOptions {
  template: string;
  set?: string[];
  dryRun?: boolean;
  force?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Upgrades the policy in place and returns the exit code: 1 when conflicts are left to resolve, else 0. */
function runUpgrade(file: string, options: UpgradeCommandOptions, context: CommandContext): number {
  const parsed = loadPolicy(file);
  const fatal = parsed.findings.find((finding) => finding.fatal);
  if (fatal) {
    throw ClausemarkError.of({
      ...fatal,
      file,
      ...refusedBecause(fatal, 'unreadable-policy.cannot-upgrade', 'unreadable-policy.check-file', { file }),
    });
  }
  const { project } = context;
  const template = requireUsable(resolveTemplateArgument(options.template, project));
  const values = parseAssignments(options.set ?? [], template.declarations, template.file);
  const result = upgradePolicy(parsed.policy, template, { values, project });
  context.io.stdout.write(formatUpgradeReport(result.report, parsed.policy.meta.lang));
  if (!result.changed)
    context.out(wordMessage({ messageId: 'upgrade-report.up-to-date', params: { file, version: result.report.to } }));
  else if (options.dryRun) context.out(wordMessage({ messageId: 'upgrade-report.dry-run', params: { file } }));
  else
    writeFileAtomic(file, encodeSource(result.source, parsed.encoding), {
      force: options.force === true,
      forceOption: '--force',
    });
  return result.report.conflicts.length > 0 ? 1 : 0;
}

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
    .action((file: string, options: UpgradeCommandOptions) => {
      context.exitCode = runUpgrade(file, options, context);
    });
}

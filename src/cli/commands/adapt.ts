import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { writeFileAtomic } from '../../io/atomic.js';
import type { Project } from '../../io/project.js';
import { errorById, wordMessage } from '../../io/messages.js';
import { adaptTemplate, requireOrgKey } from '../../sector/adapt.js';
import { resolveTemplateArgument } from '../../sector/store.js';
import { requireUsable } from '../../sector/template.js';
import { parseAssignments } from '../../sector/variables.js';
import type { CommandContext } from '../context.js';

export interface AdaptCommandOptions {
  org: string;
  set?: string[];
  out?: string;
  force?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Writes the adapted policy and returns its path. */
function runAdapt(templateArgument: string, options: AdaptCommandOptions, project: Project): string {
  const template = requireUsable(resolveTemplateArgument(templateArgument, project));
  requireOrgKey(options.org);
  const values = parseAssignments(options.set ?? [], template.declarations, template.file);
  const adapted = adaptTemplate(template, { org: options.org, values });
  const target = options.out ?? join('policies', options.org, `${adapted.id}.md`);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) {
      throw errorById(
        { messageId: 'adapt-target.is-folder', fixId: 'adapt-target.name-policy-file' },
        { place: { file: target }, ruleId: 'bad-arguments' },
      );
    }
    if (!options.force) {
      throw errorById(
        { messageId: 'adapt-target.exists', fixId: 'adapt-target.other-out-or-force' },
        { place: { file: target }, ruleId: 'file-exists' },
      );
    }
  }
  writeFileAtomic(target, adapted.source, { force: options.force === true, forceOption: '--force' });
  return target;
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('adapt');
  program
    .command('adapt')
    .description(words('description'))
    .argument('<template>', words('arg-template'))
    .requiredOption('--org <key>', words('opt-org'))
    .option('--set <name=value>', words('opt-set'), collect)
    .option('--out <file>', words('opt-out'))
    .option('--force', words('opt-force'))
    .action((templateArgument: string, options: AdaptCommandOptions) => {
      const target = runAdapt(templateArgument, options, context.project);
      context.out(wordMessage({ messageId: 'output.wrote', params: { file: target } }));
      context.out(wordMessage({ messageId: 'adapt-report.next', params: { file: target } }));
    });
}

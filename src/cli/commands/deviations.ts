import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { discoverPolicies } from '../../io/discover.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { ClausemarkError } from '../../model/errors.js';
import { loadPolicy } from '../../parse/index.js';
import { renderHtml, renderJson, renderMarkdown, renderText } from '../../render/deviations/index.js';
import { deviationRegister } from '../../sector/deviations.js';
import { resolveTemplateArgument } from '../../sector/store.js';
import { requireUsable } from '../../sector/template.js';
import { parseRef } from '../../sector/types.js';

export const DEVIATION_FORMATS = ['text', 'md', 'json', 'html'] as const;
export type DeviationFormat = (typeof DEVIATION_FORMATS)[number];

export interface DeviationsOptions {
  /** A template file, or a template id with an optional @version. */
  template: string;
  format?: string;
  out?: string;
}

function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '') || 'template';
}

/**
 * The deviation register of `paths` (files or folders; default: every policy under policies/ derived from the
 * template) against a template, written as asked. Returns the exit code: 0 (trouble is a ClausemarkError).
 * `clausemark compare --template T POLICY…` delegates here.
 */
export function runDeviations(paths: readonly string[], options: DeviationsOptions): number {
  const format = (options.format ?? 'text') as DeviationFormat;
  if (!DEVIATION_FORMATS.includes(format)) {
    throw new ClausemarkError(`--template reports cannot be written as ${options.format}`, {
      place: { argument: '--format' },
      hint: `use ${DEVIATION_FORMATS.join(', ')}`,
      ruleId: 'bad-arguments',
    });
  }
  const template = requireUsable(resolveTemplateArgument(options.template));
  let policies = discoverPolicies(paths, ['policies']).map((file) => loadPolicy(file).policy);
  if (paths.length === 0)
    policies = policies.filter((policy) => parseRef(policy.meta.derivedFrom ?? '')?.id === template.ref.id);
  if (policies.length === 0) {
    throw new ClausemarkError(`no policies to compare with ${template.ref.id}`, {
      place: { argument: options.template },
      hint:
        paths.length === 0
          ? `no policy under policies/ has derivedFrom: ${template.ref.id}@…; name the policy files to compare`
          : 'name one or more policy files or folders',
      ruleId: 'bad-arguments',
    });
  }
  const register = deviationRegister(template, policies);
  const toStdout = options.out === '-' || (options.out === undefined && format !== 'html');
  const output =
    format === 'text'
      ? renderText(register)
      : format === 'md'
        ? renderMarkdown(register)
        : format === 'json'
          ? renderJson(register)
          : renderHtml(register);
  if (toStdout) process.stdout.write(output);
  else {
    const target =
      options.out ?? join('out', 'deviations', `${safeName(template.ref.id)}-${safeName(template.ref.version)}.html`);
    writeFileAtomic(target, output);
    console.log(`wrote ${target}`);
  }
  return 0;
}

export function register(program: Command): void {
  program
    .command('deviations')
    .description('register how policies deviate from a sector template: verbatim, modified, dropped, added, and why')
    .argument(
      '[policies...]',
      'policy files or folders (default: every policy under policies/ derived from the template)',
    )
    .requiredOption('--template <template>', 'the template file, or its id (sector-social-media) or id@version')
    .addOption(new Option('--format <format>', 'output format').choices(DEVIATION_FORMATS).default('text'))
    .option(
      '--out <file>',
      'write to this file (html defaults to out/deviations/<template>-<version>.html; - is stdout)',
    )
    .action((paths: string[], options: DeviationsOptions) => {
      process.exitCode = runDeviations(paths, options);
    });
}

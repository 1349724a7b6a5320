import type { Command } from 'commander';
import { helpWords } from '../help-words.js';
import { parseFormats } from '../../pipeline/formats/policy.js';
import { outputTarget } from '../../pipeline/out-file.js';
import { progressBar } from '../../pipeline/progress.js';
import { discoverPolicies } from '../../io/discover.js';
import { told, wordMessage } from '../../io/messages.js';
import { relative } from 'node:path';
import { cacheOption } from '../cache.js';
import { printBuildOutcome } from '../build-outcome.js';
import type { CommandContext } from '../context.js';

export interface BuildCommandOptions {
  out: string;
  brand?: string;
  showIds?: boolean;
  pdfa?: boolean;
  jobs?: string;
  force?: boolean;
  /** False with --no-site: PDFs only, no HTML report. */
  site?: boolean;
  /** Refuse to build while a policy claims an adoption its text does not have (CI). */
  strict?: boolean;
  /** --format: pdf, docx or pdf,docx. */
  format: string;
  /** --at DATE: the versions in force on that date (from the files and their git history), with a page listing them. */
  at?: string;
}

/** `build --at DATE`: the versions in force then, one line each, and the page listing them. */
async function buildInForce(paths: string[], options: BuildCommandOptions, context: CommandContext): Promise<number> {
  const { inForceDate, inForceJob, sourceWords } = await import('../../pipeline/jobs/in-force.js');
  const at = inForceDate(options.at ?? '');
  const result = await inForceJob(discoverPolicies(paths, ['policies']), {
    root: context.project.root,
    outDir: options.out,
    at,
    showIds: options.showIds === true,
    pdfa: options.pdfa === true,
    formats: parseFormats(options.format),
    ...cacheOption(),
    ...(options.brand ? { brand: options.brand } : {}),
  });
  for (const failure of result.failed) context.err(`clausemark: ${told(failure.error)}`);
  for (const entry of result.entries) {
    const { version } = entry;
    context.out(
      version
        ? wordMessage({
            messageId: 'in-force-report.line',
            params: {
              org: entry.org,
              title: entry.title,
              version: version.policy.meta.version,
              adopted: version.adoption.date,
              from: version.inForceFrom,
              source: sourceWords(version.source),
              output: entry.outputs.map((output) => relative('.', output)).join(', '),
            },
          })
        : wordMessage({
            messageId: 'in-force-report.none-line',
            params: { org: entry.org, title: entry.title, date: at },
          }),
    );
  }
  context.out(
    wordMessage({
      messageId: 'in-force-report.summary',
      params: {
        count: String(result.entries.filter((entry) => entry.version).length),
        total: String(result.entries.length),
        date: at,
        page: relative('.', result.page),
      },
    }),
  );
  return result.failed.length > 0 ? 2 : 0;
}

/** `build`: the policies in `paths` into PDFs (or Word) and the HTML report; the exit code. */
async function buildPolicies(
  paths: string[],
  options: BuildCommandOptions,
  formatGiven: boolean,
  context: CommandContext,
): Promise<number> {
  // Imported here, not at the top: the build loads the PDF renderer (pdfkit, fontkit), which `--help` does not need.
  const { buildJob } = await import('../../pipeline/jobs/build.js');
  const files = discoverPolicies(paths, ['policies']);
  const { outDir, outFile, formats } = outputTarget(
    options.out,
    files.length,
    parseFormats(options.format),
    formatGiven,
  );
  const progress = progressBar(files.length, context.io.stderr);
  const jobs = options.jobs === undefined ? undefined : Math.max(1, Number.parseInt(options.jobs, 10) || 1);
  const result = await buildJob(files, {
    root: context.project.root,
    sectorRoot: context.project.sectorRoot,
    outDir,
    ...(outFile ? { outFile } : {}),
    showIds: options.showIds === true,
    pdfa: options.pdfa === true,
    formats,
    ...cacheOption(),
    ...(options.brand ? { brand: options.brand } : {}),
    ...(jobs ? { jobs } : {}),
    force: options.force === true,
    strict: options.strict === true,
    site: options.site !== false,
    onProgress: (file) => progress.tick(file),
  });
  progress.done();
  return printBuildOutcome(result, { out: options.out, formats, ...(outFile ? { outFile } : {}) }, context);
}

export function register(program: Command, context: CommandContext): void {
  const words = helpWords('build');
  program
    .command('build')
    .description(words('description'))
    .argument('[paths...]', words('arg-paths'))
    .option('--out <dir|file>', words('opt-out'), 'out')
    .option('--brand <name>', words('opt-brand'))
    .option('--show-ids', words('opt-show-ids'))
    .option('--pdfa', words('opt-pdfa'))
    .option('--format <formats>', words('opt-format'), 'pdf')
    .option('--jobs <n>', words('opt-jobs'))
    .option('--force', words('opt-force'))
    .option('--no-site', words('opt-no-site'))
    .option('--strict', words('opt-strict'))
    .option('--at <YYYY-MM-DD>', words('opt-at'))
    .action(async (paths: string[], options: BuildCommandOptions, command: Command) => {
      if (options.at !== undefined) {
        context.exitCode = await buildInForce(paths, options, context);
        return;
      }
      context.exitCode = await buildPolicies(
        paths,
        options,
        command.getOptionValueSource('format') !== 'default',
        context,
      );
    });
}

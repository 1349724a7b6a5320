import type { Command } from 'commander';
import { join, relative } from 'node:path';
import { progressBar } from '../../build/progress.js';
import { findProjectRoot } from '../../io/root.js';
import { cacheOption } from '../cache.js';
import { discoverPolicies } from '../../io/discover.js';
import { ClausemarkError } from '../../model/errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../build/formats.js';
import { buildWarnings, paletteFor } from '../report.js';

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
}

/** "pdf,docx" → ['pdf', 'docx']; anything else is a usage error naming the option. */
export function parseFormats(value: string): OutputFormat[] {
  const formats: OutputFormat[] = [];
  for (const part of value.split(',').map((entry) => entry.trim().toLowerCase())) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(part)) {
      throw new ClausemarkError(`unknown output format "${part}"`, {
        place: { argument: '--format' },
        hint: `use ${OUTPUT_FORMATS.join(', ')} or both separated by a comma (--format pdf,docx)`,
        ruleId: 'bad-arguments',
      });
    }
    if (!formats.includes(part as OutputFormat)) formats.push(part as OutputFormat);
  }
  return formats;
}

/** "PDF", "Word document", or "document" when both are written, with a plural s. */
function noun(formats: readonly OutputFormat[], count: number): string {
  const word = formats.length > 1 ? 'policy' : formats[0] === 'docx' ? 'Word document' : 'PDF';
  if (count === 1) return word;
  return word === 'policy' ? 'policies' : `${word}s`;
}

export function register(program: Command): void {
  program
    .command('build')
    .description('compile policies into branded PDFs (default: every policy under policies/)')
    .argument('[paths...]', 'policy files or folders')
    .option('--out <dir>', 'output folder', 'out')
    .option(
      '--brand <name>',
      "brand from templates/brands/ (default: the policy's own, else its organisation's, else default)",
    )
    .option('--show-ids', 'print each clause ID in the margin (review copies)')
    .option('--pdfa', 'produce PDF/A-3 with the Markdown source embedded')
    .option('--format <formats>', 'pdf, docx (Word), or pdf,docx for both', 'pdf')
    .option('--jobs <n>', 'parallel workers (default: one per core)')
    .option('--force', 'rebuild every policy, also those unchanged since the last build into the output folder')
    .option('--no-site', 'write only the PDFs, not the HTML report (out/index.html and the pages it links to)')
    .option(
      '--strict',
      'build nothing (exit 1) while a policy is marked approved but its text changed after its approval',
    )
    .action(async (paths: string[], options: BuildCommandOptions) => {
      // Imported here, not at the top: the PDF renderer (pdfkit, fontkit) is most of a cold start, and only
      // `build` and `start` need it, not `--help`.
      const formats = parseFormats(options.format);
      const { buildBatch } = await import('../../build/batch.js');
      const files = discoverPolicies(paths, ['policies']);
      const palette = paletteFor(process.stdout);
      if (options.strict) {
        const { outdatedAdoptions } = await import('../../build/adoption-gate.js');
        const refusals = outdatedAdoptions(files);
        if (refusals.length > 0) {
          for (const refusal of refusals) console.error(`clausemark: ${refusal.format()}`);
          console.error(
            `nothing built (--strict): ${refusals.length} polic${refusals.length === 1 ? 'y claims' : 'ies claim'} an adoption that does not cover its text`,
          );
          process.exitCode = 1;
          return;
        }
      }
      const progress = progressBar(files.length);
      const jobs = options.jobs === undefined ? undefined : Math.max(1, Number.parseInt(options.jobs, 10) || 1);
      const report = await buildBatch(files, {
        root: findProjectRoot(),
        outDir: options.out,
        showIds: options.showIds === true,
        pdfa: options.pdfa === true,
        formats,
        ...cacheOption(),
        ...(options.brand ? { brand: options.brand } : {}),
        ...(jobs ? { jobs } : {}),
        incremental: true,
        // Rendering in workers only: Ctrl-C and SIGTERM are answered at once, however long a policy takes.
        keepThreadFree: true,
        force: options.force === true,
        onProgress: (file) => progress.tick(file),
      });
      progress.done();
      for (const failure of report.failed) console.error(`clausemark: ${failure.error.format()}`);
      for (const warning of buildWarnings(report.built)) console.error(warning);
      const seconds = (report.milliseconds / 1000).toFixed(2);
      const where = report.built[0] || report.upToDate[0] ? relative('.', options.out) || '.' : options.out;
      const upToDate = report.upToDate.length > 0 ? `, ${report.upToDate.length} up to date` : '';
      console.log(
        `${palette.green('built')} ${report.built.length} ${noun(formats, report.built.length)}${formats.length > 1 ? ` (${formats.join(', ')})` : ''} in ${seconds} s → ${where}/${upToDate}${report.failed.length ? palette.red(`, ${report.failed.length} failed`) : ''}`,
      );
      // A policy marked approved whose text changed after its approval was built as a draft: say so, once each.
      for (const built of report.built.filter((entry) => entry.status === 'outdated')) {
        console.log(
          palette.red(
            `  ${built.output}: built as a draft (CONCEPT): ${built.file} is marked approved, but its text changed after the approval; \`clausemark check\` names the clauses`,
          ),
        );
      }
      // The report covers the policies that have a PDF (it links to them); when none has, nothing more is written.
      const ready = [...report.built, ...report.upToDate].map((entry) => entry.file);
      if (options.site !== false && formats.includes('pdf') && ready.length > 0) {
        const { writeSite } = await import('../../build/site/index.js');
        const site = writeSite(
          files.filter((file) => ready.includes(file)),
          { root: findProjectRoot(), outDir: options.out },
        );
        console.log(`report: ${join(options.out, 'index.html')} (${site.pages.length} pages, ${site.written} changed)`);
      }
      if (report.failed.length > 0) process.exitCode = 2;
    });
}

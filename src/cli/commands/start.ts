import { join } from 'node:path';
import type { Command } from 'commander';
import type { Alignment } from '../../align/types.js';
import { progressBar } from '../../build/progress.js';
import { findProjectRoot } from '../../build/root.js';
import { discoverPolicies } from '../../io/discover.js';
import { revisionPairs } from '../../build/revisions.js';
import { diffOutputPath } from '../../build/paths.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { loadPolicy } from '../../parse/index.js';
import { isClausemarkError } from '../../model/errors.js';
import { paletteFor } from '../report.js';
import { textTable } from '../table.js';
import { cacheOption } from '../cache.js';

/** A board pack (PDF redline for approval) for every policy in the corpus that supersedes another one in it. */
async function writeBoardPacks(files: readonly string[], outDir: string): Promise<string[]> {
  const policies = files.map((file) => loadPolicy(file).policy);
  const pairs = revisionPairs(policies);
  if (pairs.length === 0) return [];
  // Loaded only when there is a pair: the diff engine and board pack renderer are not needed otherwise.
  const [{ diffPolicies }, { buildBoardPack }] = await Promise.all([import('../../compare/index.js'), import('../../build/boardpack.js')]);
  const written: string[] = [];
  for (const pair of pairs) {
    try {
      const pdf = await buildBoardPack(diffPolicies(pair.old, pair.new), pair.old, pair.new, { root: findProjectRoot() });
      const target = diffOutputPath(outDir, pair.old, pair.new, 'pdf');
      writeFileAtomic(target, pdf);
      written.push(`${target} (board pack ${pair.old.meta.version} → ${pair.new.meta.version})`);
    } catch (error) {
      if (!isClausemarkError(error)) throw error;
      console.error(`clausemark: ${error.format()}`);
      process.exitCode = 1;
    }
  }
  return written;
}

/** The cross-organisation comparison of the corpus: one version per organisation and policy id (the newest). */
async function writeComparison(files: readonly string[], outDir: string): Promise<{ lines: string[]; alignment?: Alignment }> {
  const policies = files.map((file) => loadPolicy(file).policy);
  const superseded = new Set(revisionPairs(policies).map((pair) => pair.old));
  const current = policies.filter((policy) => !superseded.has(policy));
  if (new Set(current.map((policy) => policy.meta.org)).size < 2) return { lines: [] };
  const [{ alignPolicies }, { renderCompareMarkdown }, { buildComparePdf }] = await Promise.all([
    import('../../align/index.js'), import('../../render/compare/markdown.js'), import('../../render/compare/pdf/index.js'),
  ]);
  const alignment = alignPolicies(current);
  const base = join(outDir, 'compare', 'corpus');
  writeFileAtomic(`${base}.json`, `${JSON.stringify(alignment, null, 2)}\n`);
  writeFileAtomic(`${base}.md`, renderCompareMarkdown(alignment));
  writeFileAtomic(`${base}.pdf`, await buildComparePdf(current, alignment, { root: findProjectRoot() }));
  // The .html is the comparison page of the report (written with the site below).
  return { lines: [`${base}.json, .md, .pdf and .html (${alignment.provisions.length} provisions across ${alignment.documents.length} organisations)`], alignment };
}

/** The main job on the policies in this repository: check the corpus, then build every PDF into out/. */
export function register(program: Command): void {
  program
    .command('start')
    .description('the main job on the policies in this repository (what `npm start` runs)')
    .option('--out <dir>', 'output folder', 'out')
    .action(async (options: { out: string }) => {
      // Imported here, not at the top, so `clausemark --help` loads neither the checker nor the PDF renderer.
      const [{ summariseCorpus }, { buildBatch }] = await Promise.all([import('../../check/corpus.js'), import('../../build/batch.js')]);
      const palette = paletteFor(process.stdout);
      const files = discoverPolicies([], ['policies']);
      const rows = summariseCorpus(files);
      const findings = (row: (typeof rows)[number]): string =>
        row.fatal ? 'unreadable' : row.errors + row.warnings === 0 ? 'clean' : `${row.errors} errors, ${row.warnings} warnings`;
      console.log(textTable(
        ['org', 'title', 'version', 'status', 'clauses', 'findings'],
        rows.map((row) => [row.org, row.title, row.version, row.status, String(row.clauses), findings(row)]),
      ));
      const buildable = rows.filter((row) => !row.fatal).map((row) => row.file);
      const progress = progressBar(buildable.length);
      const report = await buildBatch(buildable, {
        root: findProjectRoot(),
        outDir: options.out,
        showIds: false,
        pdfa: false,
        ...cacheOption(),
        onProgress: (file) => progress.tick(file),
      });
      progress.done();
      for (const failure of report.failed) console.error(`clausemark: ${failure.error.format()}`);
      console.log(`\n${palette.green('built')} ${report.built.length} PDFs in ${(report.milliseconds / 1000).toFixed(2)} s → ${options.out}/`);
      for (const built of report.built) console.log(`  ${built.output}`);
      const boardPacks = await writeBoardPacks(buildable, options.out);
      for (const pack of boardPacks) console.log(`  ${pack}`);
      const comparison = await writeComparison(buildable, options.out);
      for (const written of comparison.lines) console.log(`  ${written}`);
      const { writeSite } = await import('../../build/site/index.js');
      const built = new Set(report.built.map((entry) => entry.file));
      const site = writeSite(buildable.filter((file) => built.has(file)), { root: findProjectRoot(), outDir: options.out, ...(comparison.alignment ? { alignment: comparison.alignment } : {}) });
      console.log(`  ${join(options.out, 'index.html')} (HTML report: ${site.pages.length} pages)`);
      const bad = rows.filter((row) => row.fatal || row.errors > 0);
      if (bad.length > 0) console.log(palette.red(`\n${bad.length} polic${bad.length === 1 ? 'y has' : 'ies have'} errors: run \`npx clausemark check\` for details`));
      if (bad.length > 0 || report.failed.length > 0) process.exitCode = 1;
    });
}

// The one build job behind `build`, `start` and `serve --watch`: the policies' PDFs (and Word documents) built
// incrementally (the manifest in the output folder skips what is unchanged; the disk cache of word layouts serves
// what is rebuilt), then the HTML report over the policies that have a PDF, and for `start` the board packs and the
// comparison of the organisations. The commands only choose the options and print the outcome.
import { type ClausemarkError, isClausemarkError } from '../model/errors.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { buildBatch, type BatchOptions, type BatchReport } from '../build/batch.js';
import { builtBefore } from '../build/manifest.js';
import { outputTarget } from '../build/out-file.js';
import { parseFormats } from '../build/policy-formats.js';
import { discoverPolicies } from '../io/discover.js';
import type { Project } from '../io/project.js';
import type { CorpusWork } from '../report/corpus/plan.js';
import type { CorpusReports } from '../report/corpus/reports.js';
import type { SiteReport } from '../report/site/index.js';
import type { KeptOutput } from '../build/manifest-prune.js';

export interface BuildJobOptions extends Omit<BatchOptions, 'incremental'> {
  /** Build nothing while a policy claims an adoption its text does not have (`build --strict`). */
  strict?: boolean;
  /** Write the HTML report (out/index.html and the pages it links to); only when PDFs are written. */
  site?: boolean;
  /** Write the report even when no policy has a PDF (`start`, `serve --watch`: there is always a page to show). */
  siteWhenEmpty?: boolean;
  /** Also the board pack of every revision and the comparison of the organisations (`start`). */
  corpusReports?: boolean;
  /** The command's Project.sectorRoot: where the HTML report's deviation registers find sector templates (default: root). */
  sectorRoot?: string;
  /** The cache folder of the comparisons' alignments (src/report/corpus/alignment-cache.ts). */
  alignmentCache?: string;
  /** The run's reading of the corpus, when the caller has begun one (`start`: its table); else one is begun here. */
  work?: CorpusWork;
  /** The day the report's overview of what every school must have is made for (YYYY-MM-DD); default today. */
  overviewDate?: string;
  /**
   * Policies the caller found unreadable and does not pass to build (`start`'s rows that cannot be read): asked for
   * all the same, so their outputs of the run before are removed (src/build/manifest-prune.ts).
   */
  unreadable?: readonly string[];
}

export interface BuildJobResult {
  /** With `strict`: the policies that stopped the build (nothing else was done when there are any). */
  refusals: ClausemarkError[];
  report: BatchReport;
  /** The HTML report, when it was written. */
  site?: SiteReport;
  /** The board packs and the comparison, with `corpusReports`. */
  corpus?: CorpusReports;
  /**
   * The pages that now say the HTML report could not be made (out/index.html first), where it was to be written and
   * was not: the report of the run before is gone (src/report/site/failed.ts), its errors are in report.unwritten.
   */
  reportFailed?: string[];
  /**
   * The files of the run before that this run could not vouch for, removed from the output folder
   * (src/build/manifest-prune.ts): those of a policy that failed or cannot be read, a board pack or comparison no
   * longer made (src/report/corpus/reports.ts), and with reportFailed, every one not made again or found up to date
   * (removeNotVouched).
   */
  removed?: string[];
  /**
   * The files of the run before made from a policy whose file is gone (deleted, renamed), removed from the output
   * folder with the policy's page of the report (src/build/manifest-prune.ts, removeOutputsOfGone), and, by a run that
   * makes none, the board packs and comparisons an earlier `start` made from it (src/report/corpus/record.ts).
   */
  gone?: string[];
  /**
   * The outputs of a policy whose file is gone that were kept, since a policy that failed now would replace them (a
   * policy renamed whose new file fails to build), or may: one that cannot be read (src/build/manifest-prune.ts).
   */
  kept?: KeptOutput[];
}

/**
 * The policies built into `outDir` by earlier builds and not named now, whose PDFs are still those of their sources:
 * a build of some files updates their pages and keeps the rest of the report (its overview, the comparison).
 */
function builtEarlier(files: readonly string[], outDir: string): string[] {
  const named = new Set(files.map((file) => resolve(file)));
  return builtBefore(outDir)
    .filter((source) => !named.has(source))
    .map((source) => {
      const fromHere = relative('.', source);
      return fromHere.startsWith('..') || isAbsolute(fromHere) ? source : fromHere;
    });
}

/** Paths compared folder by folder, name by name, as src/io/discover.ts walks a folder. */
function inWalkOrder(a: string, b: string): number {
  const left = resolve(a).split(sep);
  const right = resolve(b).split(sep);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const order = (left[index] ?? '').localeCompare(right[index] ?? '', 'en');
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

const EMPTY_REPORT: BatchReport = { built: [], failed: [], upToDate: [], milliseconds: 0 };

/** Builds `files` into `options.outDir` (see the options for what beside the PDFs). */
export async function buildJob(files: readonly string[], options: BuildJobOptions): Promise<BuildJobResult> {
  const {
    strict,
    site,
    siteWhenEmpty,
    corpusReports,
    sectorRoot: _sectorRoot,
    alignmentCache: _alignmentCache,
    work: _work,
    overviewDate: _overviewDate,
    unreadable = [],
    ...batchOptions
  } = options;
  if (strict) {
    const { outdatedAdoptions } = await import('../build/adoption-gate.js');
    const refusals = outdatedAdoptions(files, options.root);
    if (refusals.length > 0) return { refusals, report: EMPTY_REPORT };
  }
  // Into a file of the user's naming (--out x.pdf) there is no output folder of clausemark's to keep a manifest in.
  const incremental = options.outFile === undefined;
  // A policy that cannot be read now has no output this run can vouch for: the one of the run before goes at once.
  const unread = incremental ? await removeOutputsOfUnreadable(options.outDir, unreadable) : [];
  const report = await buildBatch(files, { ...batchOptions, incremental });
  // The report covers the policies that have a PDF (it links to them).
  const readySet = new Set([...report.built, ...report.upToDate].map((entry) => entry.file));
  const ready = files.filter((file) => readySet.has(file));
  const result: BuildJobResult = { refusals: [], report };
  const removedNow = [...unread, ...(report.removed ?? [])];
  if (removedNow.length > 0) result.removed = removedNow;
  if (incremental) await removeOutputsOfGonePolicies(options.outDir, result, unreadable, !corpusReports);
  try {
    await writeShared(files, ready, options, result);
  } catch (error) {
    // A full disk while writing the report, or a people list or procedure.yaml it cannot read, must not lose the
    // report of the PDFs: it is told beside them. Nor may the report of the run before stay as if it were current,
    // nor what this run could not make again.
    if (!isClausemarkError(error)) throw error;
    report.unwritten = [...(report.unwritten ?? []), error];
    if (withSite(options, ready)) {
      const { replaceFailedReport } = await import('../report/site/failed.js');
      delete result.site;
      result.reportFailed = replaceFailedReport(options.outDir, [error]);
    }
    // A full disk is no fault of the inputs: a file not written keeps its earlier version, and is named as not written.
    if (error.ruleId !== 'unwritable-output') {
      const asked = [...files, ...unreadable];
      const removed = await removeNotVouched(options.outDir, ready, asked, result.corpus);
      result.removed = [...new Set([...(result.removed ?? []), ...(result.corpus?.removed ?? []), ...removed])];
      // The page that says the report could not be made lists them too: written first, so nothing of the old report
      // showed while they were removed, then again with the list.
      if (result.reportFailed) {
        const { listRemovedOnFailedReport } = await import('../report/site/failed.js');
        listRemovedOnFailedReport(result.reportFailed, [error], result.removed, result.gone);
      }
    }
  }
  if (result.corpus?.removed.length)
    result.removed = [...new Set([...(result.removed ?? []), ...result.corpus.removed])];
  return result;
}

/** The outputs of the run before of the policies in `files`, removed (their sources cannot be read now). */
async function removeOutputsOfUnreadable(outDir: string, files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return [];
  const { removeOutputsOf } = await import('../build/manifest-prune.js');
  return removeOutputsOf(outDir, new Set(files.map((file) => resolve(file))));
}

/**
 * The outputs of the run before of the policies whose file is gone, and their pages of the report as its manifest
 * records them written (out/.clausemark-site.json), removed (no run can make them again), into `result.gone`; those a
 * policy that failed now would replace (or, `unreadable` or not read by the batch, may) kept, into `result.kept`.
 * After the build, so a renamed policy's outputs made again under the same name are its own and stay. With
 * `reports` (a run that makes no board pack or comparison: `build`, `serve --watch`), also the board packs and
 * comparisons of an earlier `start` made from a policy whose file is gone (src/report/corpus/record.ts); `start`
 * removes those it no longer makes itself (src/report/corpus/reports.ts).
 */
async function removeOutputsOfGonePolicies(
  outDir: string,
  result: BuildJobResult,
  unreadable: readonly string[],
  reports: boolean,
): Promise<void> {
  const [{ removeOutputsOfGone }, { readSiteManifest }, { removeReportsOfGone }] = await Promise.all([
    import('../build/manifest-prune.js'),
    import('../report/site/manifest.js'),
    import('../report/corpus/record.js'),
  ]);
  const pages = new Map([...readSiteManifest(outDir)].map(([name, page]) => [name, page.html]));
  const failed = result.report.claims;
  const claims = {
    named: failed?.named ?? new Map<string, string>(),
    unread: [...(failed?.unread ?? []), ...unreadable],
  };
  const { removed, kept, unwritten } = removeOutputsOfGone(outDir, pages, claims);
  const gone = [...removed, ...(reports ? removeReportsOfGone(outDir) : [])];
  if (gone.length > 0) result.gone = gone;
  if (kept) result.kept = kept;
  // The manifest not written (a full disk): told beside the PDFs, as the batch's own manifest is.
  if (unwritten === undefined) return;
  if (!isClausemarkError(unwritten)) throw unwritten;
  result.report.unwritten = [...(result.report.unwritten ?? []), unwritten];
}

/**
 * After a report that could not be made from the inputs: the outputs of the run before this one could not vouch for,
 * removed (the PDFs and Word documents of the policies asked for and not built or found up to date now, and of those
 * not asked for that are no longer as built; the board packs and comparisons not made now: a run that does not make
 * them, `build`, cannot vouch for them), so that none stays in out/ as if current; each comes back with the next run
 * once the error is fixed.
 */
async function removeNotVouched(
  outDir: string,
  ready: readonly string[],
  asked: readonly string[],
  corpus: CorpusReports | undefined,
) {
  const [{ removeOutputsNotVouched }, { removeReportsNotMade }] = await Promise.all([
    import('../build/manifest-prune.js'),
    import('../report/corpus/record.js'),
  ]);
  const absolute = (files: readonly string[]): Set<string> => new Set(files.map((file) => resolve(file)));
  const policies = removeOutputsNotVouched(outDir, absolute(ready), absolute(asked));
  const reports = removeReportsNotMade(outDir, new Set((corpus?.made ?? []).map((path) => resolve(path))));
  return [...policies, ...reports];
}

/** Whether the HTML report is to be written: asked for, of PDFs, into an output folder, with a policy or always. */
function withSite(options: BuildJobOptions, ready: readonly string[]): boolean {
  const pdfs = (options.formats ?? ['pdf']).includes('pdf');
  return Boolean(options.site && pdfs && options.outFile === undefined && (ready.length > 0 || options.siteWhenEmpty));
}

/** The board packs and comparison (with `corpusReports`) and the HTML report (with `site`), into `result`. */
async function writeShared(
  files: readonly string[],
  ready: readonly string[],
  options: BuildJobOptions,
  result: BuildJobResult,
): Promise<void> {
  const { corpusReports } = options;
  const { root, outDir, shapingCache, alignmentCache } = options;
  const site = withSite(options, ready);
  if (!corpusReports && !site) return;
  // One reading of the corpus for both: each policy parsed once, each revision diffed once (src/report/corpus/plan.ts).
  const { corpusWork } = await import('../report/corpus/plan.js');
  const work = options.work ?? corpusWork(root);
  if (corpusReports) {
    const { writeCorpusReports } = await import('../report/corpus/reports.js');
    result.corpus = await writeCorpusReports(ready, {
      root,
      outDir,
      work,
      ...(shapingCache ? { shapingCache } : {}),
      ...(alignmentCache ? { alignmentCache } : {}),
    });
  }
  if (site) {
    const { writeSite } = await import('../report/site/index.js');
    const comparisons = result.corpus?.comparisons;
    const earlier = builtEarlier(files, outDir);
    // In the order a build of them all reads them (a folder walk), so the report reads as that build wrote it.
    const inReport = earlier.length > 0 ? [...ready, ...earlier].sort(inWalkOrder) : ready;
    result.site = writeSite(inReport, {
      root,
      ...(options.sectorRoot ? { sectorRoot: options.sectorRoot } : {}),
      outDir,
      work,
      ...(comparisons ? { comparisons } : {}),
      ...(alignmentCache ? { alignmentCache } : {}),
      ...(options.overviewDate ? { today: options.overviewDate } : {}),
      // The pages of a gone policy's outputs kept (removeOutputsOfGonePolicies) stay with them.
      ...(result.kept ? { keep: new Set(result.kept.map((kept) => resolve(kept.file))) } : {}),
    });
    // The pages of a policy whose file is gone (a revision's diff), told with its outputs.
    if (result.site.removed.length > 0) result.gone = [...(result.gone ?? []), ...result.site.removed];
    // Beside out/overview.html, its PDF for the board meeting.
    if (result.site.overview) {
      const { writeOverviewPdf } = await import('../report/site/overview-pdf.js');
      await writeOverviewPdf(result.site.overview, { root, outDir });
    }
  }
}

/** `build`'s options as the command line gives them. */
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

export interface BuildPathsHooks {
  /** Whether --format was given (else an --out file's extension chooses it). */
  formatGiven: boolean;
  /** Folder of the disk cache of word layouts (src/build/shaping-cache.ts). */
  shapingCache?: string;
  /** The cache folder of the comparisons' alignments (src/report/corpus/alignment-cache.ts). */
  alignmentCache?: string;
  /** The number of policies about to be built, before the first. */
  onBuildStart?: (count: number) => void;
  onProgress?: (file: string) => void;
}

export interface BuildPathsResult {
  result: BuildJobResult;
  formats: string[];
  /** The one file --out named, when it names one. */
  outFile?: string;
}

/** `build [paths…]`: the policies found under `paths` into PDFs (or Word) and the HTML report. */
export async function buildPathsJob(
  paths: readonly string[],
  options: BuildCommandOptions,
  project: Project,
  hooks: BuildPathsHooks,
): Promise<BuildPathsResult> {
  const files = discoverPolicies([...paths], ['policies']);
  const { outDir, outFile, formats } = outputTarget(
    options.out,
    files.length,
    parseFormats(options.format),
    hooks.formatGiven,
  );
  const jobs = options.jobs === undefined ? undefined : Math.max(1, Number.parseInt(options.jobs, 10) || 1);
  hooks.onBuildStart?.(files.length);
  const result = await buildJob(files, {
    root: project.root,
    sectorRoot: project.sectorRoot,
    outDir,
    ...(outFile ? { outFile } : {}),
    showIds: options.showIds === true,
    pdfa: options.pdfa === true,
    formats,
    ...(hooks.shapingCache !== undefined ? { shapingCache: hooks.shapingCache } : {}),
    ...(hooks.alignmentCache !== undefined ? { alignmentCache: hooks.alignmentCache } : {}),
    ...(options.brand ? { brand: options.brand } : {}),
    ...(jobs ? { jobs } : {}),
    force: options.force === true,
    strict: options.strict === true,
    site: options.site !== false,
    ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
  });
  return { result, formats, ...(outFile ? { outFile } : {}) };
}

// `serve --watch` as a library job: build the report of policies/ with the same incremental build job as `build`
// and `start` (src/jobs/build.ts: the manifest skips unchanged policies, the disk cache of word layouts serves
// the rest), then rebuild after every burst of saves in policies/ or templates/, handing each outcome to the pages
// (a new build number, and the errors to show instead of the page while a rebuild fails). The files a rebuild removes
// from out/ (what it cannot vouch for, as `build` removes it) are said as `build` says them (build-removed.ts).
import { discoverPolicies } from '../io/discover.js';
import { announceBuild, type LiveState } from '../io/live-reload.js';
import { watchFolders } from '../io/watch.js';
import { messageLanguage, told, wordCounted, wordMessage } from '../io/messages.js';
import { isClausemarkError } from '../model/errors.js';
import { renderServeErrorPage } from '../render/html/serve-error-page.js';
import { buildJob } from './build.js';
import { removedLines } from './build-removed.js';

export interface WatchOptions {
  /**
   * The command's Project.root (src/io/project.ts), whose templates/ the job reads. The root alone is enough for the
   * PDFs and the corpus reports (brands, layouts, labels, topics, procedures); the HTML report's deviation registers,
   * the one part that reads sector templates, take the Project's sectorRoot beside it (`sectorRoot`, build job).
   */
  root: string;
  /** The command's Project.sectorRoot: where the HTML report's deviation registers find sector templates (default: root). */
  sectorRoot?: string;
  outDir: string;
  /** Folder of the disk cache of word layouts (src/build/shaping-cache.ts). */
  shapingCache?: string;
  /** The cache folder of the comparisons' alignments (src/report/corpus/alignment-cache.ts). */
  alignmentCache?: string;
  /** The policies folder (default: policies/ in the working folder, as `build` finds it). */
  policiesDir?: string;
  /** Where the outcome of each (re)build is told: a line for standard output, one for standard error. */
  log: { info(line: string): void; error(line: string): void };
}

export interface RebuildResult {
  summary: string;
  /** Each failure as clausemark prints it: `file:line:col: message` and the fix. */
  errors: string[];
  /** A line for each file of the run before the rebuild removed, as `build` says it (build-removed.ts). */
  removed: string[];
}

const describe = (error: unknown): string =>
  isClausemarkError(error)
    ? told(error)
    : wordMessage({
        messageId: 'serve-watch.internal-error',
        params: { message: error instanceof Error ? error.message : String(error) },
      });

/** Builds the PDFs and the HTML report of policies/ into the output folder, incrementally. */
export async function rebuildReport(options: Omit<WatchOptions, 'log'>): Promise<RebuildResult> {
  const { root, sectorRoot, outDir, shapingCache, alignmentCache } = options;
  const files = discoverPolicies([], [options.policiesDir ?? 'policies']);
  const { report, site, removed, gone, kept } = await buildJob(files, {
    root,
    ...(sectorRoot ? { sectorRoot } : {}),
    outDir,
    showIds: false,
    pdfa: false,
    ...(shapingCache ? { shapingCache } : {}),
    ...(alignmentCache ? { alignmentCache } : {}),
    site: true,
    siteWhenEmpty: true,
  });
  const built = report.built.length;
  const count = (messageId: string, value: number): string =>
    value > 0 ? wordMessage({ messageId, params: { count: value } }) : '';
  const summary = wordMessage({
    messageId: 'serve-report.summary',
    params: {
      pdfs: wordMessage({
        messageId: built === 1 ? 'build-report.pdf-one' : 'build-report.pdf-many',
        params: { count: built },
      }),
      upToDate: count('build-report.up-to-date', report.upToDate.length),
      pages: wordCounted('build-report.pages-changed', site?.written ?? 0),
      failed: count('build-report.failed', report.failed.length),
    },
  });
  return {
    summary,
    // The report or the manifest not written (a full disk) is an error of the rebuild as a policy's failure is.
    errors: [...report.failed.map((failure) => failure.error), ...(report.unwritten ?? [])].map((error) => told(error)),
    removed: removedLines(removed, gone, kept),
  };
}

/**
 * The page shown for every page while the last rebuild failed: its findings, in the CLI's own words
 * (serve-report.failed-*) and the run's language like its other messages.
 */
export function serveErrorPage(errors: readonly string[]): string {
  const words = {
    lang: messageLanguage(),
    title: wordMessage({ messageId: 'serve-report.failed-title' }),
    heading: wordMessage({ messageId: 'serve-report.failed-heading' }),
    fix: wordMessage({
      messageId: errors.length === 1 ? 'serve-report.failed-fix-one' : 'serve-report.failed-fix-many',
    }),
  };
  return renderServeErrorPage(words, errors);
}

/** Rebuilds, tells the outcome, and hands it to the pages: a new build number, and the errors (none on success). */
export async function rebuildInto(
  live: LiveState,
  label: 'serve-report.building' | 'serve-report.rebuilt',
  options: WatchOptions,
): Promise<void> {
  try {
    const result = await rebuildReport(options);
    live.errors = result.errors;
    for (const error of result.errors) options.log.error(`clausemark: ${error}`);
    options.log.info(
      wordMessage({
        messageId: 'serve-report.outcome',
        params: { label: wordMessage({ messageId: label }), summary: result.summary },
      }),
    );
    // What the rebuild removed from out/, said as `build` says it: the files go either way, the user is told which.
    for (const line of result.removed) options.log.info(line);
  } catch (error) {
    live.errors = [describe(error)];
    options.log.error(`clausemark: ${describe(error)}`);
  }
  announceBuild(live);
}

/** How long after a change more changes of the same save may come. */
const SAVE_BURST_MS = 40;

/** Rebuilds after every burst of saves in policies/ or templates/, one rebuild at a time. */
export function rebuildOnChange(live: LiveState, options: WatchOptions): void {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const schedule = (): void => {
    clearTimeout(timer);
    // Editors save in bursts (a temp file written, then renamed): a few milliseconds apart. Wait that long, no
    // longer: the wait is part of the time a saved edit takes to show (bench/serve-watch.ts).
    timer = setTimeout(() => {
      running = running.then(() => rebuildInto(live, 'serve-report.rebuilt', options));
    }, SAVE_BURST_MS);
  };
  watchFolders(['policies', 'templates'], schedule, (folder) => {
    options.log.error(`clausemark: ${wordMessage({ messageId: 'serve-watch.not-watched', params: { folder } })}`);
  });
}

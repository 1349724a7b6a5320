// `clausemark start`, what `npm start` runs, as a library job: the corpus in policies/ checked (a row per policy, with
// the version in force under a proposal revised in place), then every readable policy built into the output folder
// with the board packs, the comparisons and the HTML report (the one build job, src/jobs/build.ts).
import type { CorpusRow } from '../check/corpus.js';
import { discoverPolicies } from '../io/discover.js';
import type { Project } from '../io/project.js';
import type { InForce } from '../report/corpus/in-force.js';
import type { BuildJobResult } from './build.js';

export interface StartOptions {
  /** The output folder (out/). */
  out: string;
  /** Folder of the disk cache of word layouts (src/build/shaping-cache.ts). */
  shapingCache?: string;
  /** The cache folder of the comparisons' alignments (src/report/corpus/alignment-cache.ts). */
  alignmentCache?: string;
  /** Called once the corpus is checked, before the build: the rows, and each file's version in force. */
  onChecked?: (rows: readonly CorpusRow[], inForce: ReadonlyMap<string, InForce>) => void;
  /** The day the overview of what every school must have is made for (YYYY-MM-DD); default today. */
  overviewDate?: string;
  /** Called as each policy is built. */
  onProgress?: (file: string) => void;
  /** The number of policies about to be built, before the first. */
  onBuildStart?: (count: number) => void;
}

export interface StartResult {
  rows: CorpusRow[];
  built: BuildJobResult;
}

export async function startJob(project: Project, options: StartOptions): Promise<StartResult> {
  // Imported here, not at the top, so `clausemark --help` loads neither the checker nor the PDF renderer.
  const [{ summariseCorpus }, { corpusWork, inForceOfFiles }, { buildJob }] = await Promise.all([
    import('../check/corpus.js'),
    import('../report/corpus/plan.js'),
    import('./build.js'),
  ]);
  const overviewDate =
    options.overviewDate === undefined
      ? undefined
      : (await import('./build-at.js')).inForceDate(options.overviewDate, '--overview-date');
  const rows = summariseCorpus(discoverPolicies([], ['policies']), project);
  const buildable = rows.filter((row) => !row.fatal).map((row) => row.file);
  // One reading of the corpus for the table and the reports: each file read once, each asked of git once.
  const work = corpusWork(project.root);
  // A proposal revised in place: its version in force lives in git only, and is listed under it (issue 26 item 8).
  options.onChecked?.(rows, inForceOfFiles(buildable, work));
  options.onBuildStart?.(buildable.length);
  const built = await buildJob(buildable, {
    root: project.root,
    sectorRoot: project.sectorRoot,
    outDir: options.out,
    showIds: false,
    pdfa: false,
    ...(options.shapingCache !== undefined ? { shapingCache: options.shapingCache } : {}),
    ...(options.alignmentCache !== undefined ? { alignmentCache: options.alignmentCache } : {}),
    corpusReports: true,
    site: true,
    ...(overviewDate === undefined ? {} : { overviewDate }),
    siteWhenEmpty: true,
    // A policy that cannot be read is not built; its PDF of the run before must not stay as if current.
    unreadable: rows.filter((row) => row.fatal).map((row) => row.file),
    work,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { rows, built };
}

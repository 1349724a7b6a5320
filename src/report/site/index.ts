// The static HTML report of a corpus, written into out/ beside the PDFs: out/index.html, a page per policy, the
// cross-organisation comparisons (one per kind of policy), version diffs and deviation registers. Opens straight
// from the file system. Three steps: planned (plan.ts: the pages and what each is made from, with a content hash),
// rendered (render.ts: through the one page shell) and written (write.ts: only pages whose hash changed).
import { existsSync } from 'node:fs';
import { resolveBrandName } from '../../brand/load.js';
import { relative, resolve, sep } from 'node:path';
import { outputPath } from '../../io/output-paths.js';
import { ACKNOWLEDGEMENTS_DIR } from '../../io/acknowledgements.js';
import { toolVersion } from '../../io/version.js';
import type { Policy } from '../../model/policy.js';
import { findTemplate } from '../../template/store.js';
import { parseRef } from '../../template/types.js';
import { loadLabels } from '../../wording/labels.js';
import { loadSiteWords } from '../../wording/site-words.js';
import { type CorpusPlan, type CorpusWork, corpusWork, planCorpus } from '../corpus/plan.js';
import { corpusComparisons, type CorpusComparison, reportAlignment } from '../corpus/reports.js';
import { templatesDigest } from '../corpus/templates-digest.js';
import { loadSiteAssets } from '../documents/site-assets.js';
import { inForcePages } from './in-force-pages.js';
import { href, overviewPath, planSite, type Register, type SiteInput, type SiteOverview } from './plan.js';
import { schoolOverview, wordOverview } from '../documents/school-overview.js';
import { todayIso } from '../../procedure/evaluate.js';
import { corpusLang } from '../corpus/lang.js';
import { sayIn } from '../../wording/messages.js';
import { writeSitePlan } from './write.js';

export interface SiteOptions {
  /** The project root (templates/). */
  root: string;
  /** The project's sectorRoot, whose templates/sector the deviation registers come from (default: root). */
  sectorRoot?: string;
  outDir: string;
  /** The corpus comparisons when the caller already has them (npm start), so they are not computed twice. */
  comparisons?: CorpusComparison[];
  /** The run's shared reading of the corpus (src/report/corpus/plan.ts), so no policy is parsed or diffed twice. */
  work?: CorpusWork;
  /** The cache folder of alignments (src/report/corpus/alignment-cache.ts), when the comparisons are aligned here. */
  alignmentCache?: string;
  /** The day the overview of what every school must have is made for (YYYY-MM-DD); default today. */
  today?: string;
  /** Pages (absolute paths) not to remove though their policy's file is gone: kept with its PDF (src/jobs/build.ts). */
  keep?: ReadonlySet<string>;
}

export interface SiteReport {
  /** Every page of the report (written or already up to date), relative paths under outDir. */
  pages: string[];
  /** How many of them changed on disk. */
  written: number;
  /** Policies left out because they cannot be read (check says why). */
  skipped: string[];
  /** What every school must have, when an organisation declares itself: for its PDF (src/report/site/overview-pdf.ts). */
  overview?: SiteOverview;
  /** Pages of the run before made from a policy whose file is gone, removed (write.ts): outDir joined with each name. */
  removed: string[];
}

export function writeSite(files: readonly string[], options: SiteOptions): SiteReport {
  const { root, outDir } = options;
  const work = options.work ?? corpusWork(root);
  const corpus = planCorpus(files, work);
  const input = siteInput(corpus, work, options);
  const plan = planSite(input);
  const { written, removed } = writeSitePlan(plan, { root, outDir, ...(options.keep ? { keep: options.keep } : {}) });
  return {
    pages: plan.pages.map((page) => relative(outDir, page.path).split(sep).join('/')),
    written,
    removed,
    skipped: corpus.skipped,
    ...(input.overview ? { overview: input.overview } : {}),
  };
}

/** What the plan needs from disk besides the corpus: comparisons, registers, the PDFs there are, the wording. */
export function siteInput(corpus: CorpusPlan, work: CorpusWork, options: SiteOptions): SiteInput {
  const { root, outDir } = options;
  // One comparison per kind of policy, one document per organisation (src/compare/read/inputs.ts).
  const comparisons =
    options.comparisons ??
    corpusComparisons(corpus.policies, outDir, (chosen) => reportAlignment(chosen, root, options.alignmentCache));
  const pdfs = new Set(
    corpus.policies.map((policy) => outputPath(outDir, policy, 'pdf')).filter((pdf) => existsSync(pdf)),
  );
  return {
    root,
    outDir,
    corpus,
    comparisons,
    registers: registersOf(corpus.policies, options.sectorRoot ?? root),
    pdfs,
    inForcePages: inForcePages(outDir),
    brandOf: work.brandOf,
    assets: loadSiteAssets(root),
    labels: (lang) => loadLabels(lang, { root }),
    words: (lang) => loadSiteWords(lang, { root }),
    digest: `${toolVersion()}\0${templatesDigest(root)}`,
    ...siteOverview(corpus, options),
  };
}

/** What every school must have, when organisations declare themselves (src/report/documents/school-overview.ts). */
function siteOverview(corpus: CorpusPlan, options: SiteOptions): Pick<SiteInput, 'overview'> {
  const { root, outDir } = options;
  const overview = schoolOverview(
    corpus.policies,
    root,
    options.today ?? todayIso(),
    undefined,
    undefined,
    corpus.skipped,
    root,
    ACKNOWLEDGEMENTS_DIR,
  );
  const [first] = overview.organisations;
  if (!first) return {};
  const board = corpus.policies.find((policy) => policy.meta.org === first.org)?.meta ?? { org: first.org };
  const page = overviewPath(outDir);
  const pages = new Map(
    corpus.policies.map((policy) => [
      relative(resolve(root), resolve(policy.path)).split(sep).join('/'),
      href(page, outputPath(outDir, policy, 'html')),
    ]),
  );
  const lang = corpusLang(corpus.policies);
  return {
    overview: {
      overviews: overview.organisations.map((organisation) =>
        wordOverview(organisation, overview, { lang, hrefOf: (file) => pages.get(file) }),
      ),
      // Served beside the workplace, the page says what to do on the workplace's pages, not which command to run.
      served: overview.organisations.map((organisation) =>
        wordOverview(organisation, overview, { lang, hrefOf: (file) => pages.get(file), served: true }),
      ),
      title: sayIn(lang)('school-overview.page-title'),
      lang,
      json: `${JSON.stringify(overview, null, 2)}\n`,
      date: overview.date,
      brand: resolveBrandName(board, undefined, root),
    },
  };
}

/** A deviation register per sector template version the policies derive from (`derivedFrom`) that can be found. */
function registersOf(policies: readonly Policy[], root: string): Register[] {
  const derived = new Map<string, Policy[]>();
  for (const policy of policies) {
    const ref = parseRef(policy.meta.derivedFrom ?? '');
    if (ref) derived.set(`${ref.id}@${ref.version}`, [...(derived.get(`${ref.id}@${ref.version}`) ?? []), policy]);
  }
  return [...derived.entries()].flatMap(([key, members]) => {
    const ref = parseRef(key);
    const template = ref ? findTemplate(root, ref) : undefined;
    return template ? [{ key, template, members }] : [];
  });
}

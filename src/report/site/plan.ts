// The HTML report planned: from the corpus (its policies, versions in force and revisions) to the list of pages,
// each with its path, its kind, what it is made from and the content hash of that. Pure: what the plan needs from
// disk (the PDFs that exist, the pages `build --at` wrote, the brands, the label files) is read by the caller and
// given in SiteInput; nothing is rendered here (render.ts) and nothing written (write.ts).
import { dirname, join, relative, sep } from 'node:path';
import type { Brand } from '../../brand/types.js';
import { basePolicy, comparisonLanguage } from '../../compare/read/base-policy.js';
import type { Alignment } from '../../compare/read/types.js';
import { reviewCount } from '../../render/html/review-page.js';
import { shortCommit } from '../../io/git.js';
import { gitEvidence } from '../../procedure/adoption-git.js';
import { todayIso } from '../../procedure/evaluate.js';
import { diffOutputPath, outputPath } from '../../io/output-paths.js';
import type { Policy } from '../../model/policy.js';
import { DEFAULT_HOUSE_STYLE, type NumberStyle } from '../../model/numbering.js';
import type { IndexEntry, IndexReport } from '../../render/html/index-page.js';
import type { NavLink, PageFrame, SiteAssets } from '../../render/html/page.js';
import type { PolicyPageLinks } from '../../render/html/policy-page.js';
import type { SectorTemplate } from '../../template/template.js';
import { fillLabel, type Labels, statusLabel } from '../../wording/labels.js';
import type { SiteWords } from '../../wording/site-words.js';
import type { WordedOverview } from '../../render/shared/school-overview.js';
import type { CorpusPlan, Revision } from '../corpus/plan.js';
import { inForceLabel } from '../corpus/in-force.js';
import type { CorpusComparison } from '../corpus/reports.js';
import { corpusLang } from '../corpus/lang.js';
import { indexEntry, sortEntries } from './index-entries.js';
import { pageHash } from './page-hash.js';
import { formatDate } from '../../text/format-date.js';

/** A deviation register of the report: a sector template and the policies derived from it. */
export interface Register {
  /** "<template id>@<version>". */
  key: string;
  template: SectorTemplate;
  members: Policy[];
}

export interface SiteInput {
  root: string;
  outDir: string;
  corpus: CorpusPlan;
  /** One per kind of policy that two organisations or more have (src/report/corpus/reports.ts). */
  comparisons: readonly CorpusComparison[];
  registers: readonly Register[];
  /** The PDFs that exist in outDir: a page links only to those. */
  pdfs: ReadonlySet<string>;
  /** The pages `build --at DATE` wrote (in-force-pages.ts), oldest first. */
  inForcePages: readonly { date: string; path: string }[];
  brandOf(policy: Policy): Brand | undefined;
  assets: SiteAssets;
  labels(lang: string): Labels;
  words(lang: string): SiteWords;
  /** What every page is also made of: the templates' content and clausemark's version. */
  digest: string;
  /** What every school must have, per declared board (out/overview.html); none when no organisation declares itself. */
  overview?: SiteOverview;
}

/** The overview's page inputs, and what its data file and its PDF (out/overview.pdf) are made of besides. */
export interface SiteOverview {
  overviews: WordedOverview[];
  /** The same worded for the page as `serve` shows it beside the workplace (src/text/served-words.ts): no command. */
  served: WordedOverview[];
  title: string;
  lang: string;
  /** overview.json. */
  json: string;
  /** The day it is made for (YYYY-MM-DD). */
  date: string;
  /** The brand of the PDF: the first board's. */
  brand: string;
}

/** What each kind of page is rendered from (render.ts), besides its frame. */
export interface PageInputs {
  policy: { policy: Policy; labels: Labels; links: PolicyPageLinks };
  /** `house`: the new version's brand's list styles, which its clauses are cited in (src/report/documents/printed-diff.ts). */
  diff: { revision: Revision; labels: Labels; house: readonly NumberStyle[] };
  deviations: { template: SectorTemplate; members: Policy[] };
  compare: { alignment: Alignment; labels: Labels; lang: string; review?: { href: string; count: number } };
  review: { alignment: Alignment; labels: Labels; lang: string; compareHref: string };
  index: { entries: IndexEntry[]; reports: IndexReport[]; labels: Labels };
  overview: { overviews: WordedOverview[]; served: WordedOverview[]; title: string; lang: string };
}

export type SitePage = {
  [Kind in keyof PageInputs]: {
    path: string;
    kind: Kind;
    inputs: PageInputs[Kind];
    frame: PageFrame;
    hash: string;
    /** The policy files a comparison's pages are made from: one of them gone, a page no longer planned goes. */
    sources?: readonly string[];
  };
}[keyof PageInputs];

export interface SitePlan {
  pages: SitePage[];
  /** Files the pages load beside the fonts: each brand's logo, under out/assets/logos/. */
  files: { path: string; data: Uint8Array }[];
}

/** A link from the page at `from` (a path under outDir) to `to`, with forward slashes. */
export function href(from: string, to: string): string {
  return relative(dirname(from), to).split(sep).join('/');
}

/** A corpus report in the navigation and the overview: a comparison or a deviation register. */
interface Report {
  path: string;
  text: string;
  about: string;
}

interface Planning {
  input: SiteInput;
  indexPath: string;
  words: SiteWords;
  reports: Report[];
  /** The frame of the page at `path` in `lang`, with the page's own style (a brand's colour) if any. */
  frame(path: string, lang: string, extraCss?: string): PageFrame;
  page<Kind extends keyof PageInputs>(kind: Kind, path: string, inputs: PageInputs[Kind], frame: PageFrame): SitePage;
}

/**
 * A comparison's page and its review page beside it: its open questions by topic, answered under serve
 * (review-page.ts); the comparison links to it when it has questions.
 */
function comparisonPages(
  planning: Planning,
  item: { policies: readonly Policy[]; alignment: Alignment; path: string },
): SitePage[] {
  const baseLang = comparisonLanguage(item.policies, item.alignment);
  const labels = planning.input.labels(baseLang);
  const reviewPath = item.path.replace(/\.html$/, '-review.html');
  const review = { href: href(item.path, reviewPath), count: reviewCount(item.alignment, labels) };
  const inputs = { alignment: item.alignment, labels, lang: baseLang, review };
  const reviewInputs = { alignment: item.alignment, labels, lang: baseLang, compareHref: href(reviewPath, item.path) };
  const sources = item.policies.map((policy) => policy.path);
  return [
    { ...planning.page('compare', item.path, inputs, planning.frame(item.path, baseLang)), sources },
    { ...planning.page('review', reviewPath, reviewInputs, planning.frame(reviewPath, baseLang)), sources },
  ];
}

export function planSite(input: SiteInput): SitePlan {
  const indexPath = join(input.outDir, 'index.html');
  const lang = corpusLang(input.corpus.policies);
  const words = input.words(lang);
  const comparisons = input.comparisons.map((item) => ({
    ...item,
    path: `${item.base}.html`,
    title: basePolicy(item.policies, item.alignment)?.meta.title ?? item.kind,
  }));
  const registers = input.registers.map((register) => ({ ...register, path: registerPath(input.outDir, register) }));
  const reports: Report[] = [
    ...comparisons.map((item) => ({
      path: item.path,
      // Two kinds of policy, two comparisons: the title says which is which.
      text: comparisons.length > 1 ? `${words.comparison} (${item.title})` : words.comparison,
      about: item.alignment.documents.map((document) => document.name).join(', '),
    })),
    ...registers.map((register) => ({
      path: register.path,
      text: `${words.deviations}: ${register.template.policy.meta.title}`,
      about: register.key,
    })),
    ...overviewReport(input),
  ];
  const planning: Planning = {
    input,
    indexPath,
    words,
    reports,
    frame: (path, pageLang, extraCss) => frameOf(planning, path, pageLang, extraCss),
    page: (kind, path, inputs, frame) =>
      ({ path, kind, inputs, frame, hash: pageHash(kind, hashed(kind, inputs, frame), input.digest) }) as SitePage,
  };
  const pages: SitePage[] = [];
  const diffLinks = new Map<Policy, { text: string; path: string }[]>();
  for (const revision of input.corpus.revisions) pages.push(diffPage(planning, revision, diffLinks));
  for (const register of registers)
    pages.push(
      planning.page(
        'deviations',
        register.path,
        { template: register.template, members: register.members },
        planning.frame(register.path, register.template.policy.meta.lang),
      ),
    );
  for (const item of comparisons) pages.push(...comparisonPages(planning, item));
  const files = overviewPage(planning, pages);
  const comparisonOf = new Map<Policy, string>();
  for (const item of comparisons) for (const policy of item.policies) comparisonOf.set(policy, item.path);
  const policies = policyPages(planning, diffLinks, comparisonOf);
  pages.push(...policies.pages, indexPage(planning, lang, policies.entries));
  return { pages, files: [...policies.files, ...files] };
}

/** The overview of what every school must have, among the reports (the navigation and the index). */
function overviewReport(input: SiteInput): Report[] {
  if (!input.overview) return [];
  const about = input.overview.overviews.map((overview) => overview.title).join(', ');
  return [{ path: overviewPath(input.outDir), text: input.overview.title, about }];
}

/** The page of what every school must have (pushed onto `pages`), and the same as data beside it. */
function overviewPage(planning: Planning, pages: SitePage[]): SitePlan['files'] {
  const { input } = planning;
  if (!input.overview) return [];
  const { json, date: _date, brand: _brand, ...inputs } = input.overview;
  const path = overviewPath(input.outDir);
  pages.push(planning.page('overview', path, inputs, planning.frame(path, inputs.lang)));
  return [{ path: path.replace(/\.html$/, '.json'), data: Buffer.from(json, 'utf8') }];
}

/** The page of what every school must have. */
export function overviewPath(outDir: string): string {
  return join(outDir, 'overview.html');
}

function registerPath(outDir: string, register: Register): string {
  return join(outDir, 'deviations', `${register.key.replace(/[^A-Za-z0-9._-]+/g, '-')}.html`);
}

function frameOf(planning: Planning, page: string, lang: string, extraCss?: string): PageFrame {
  const { input, indexPath, words, reports } = planning;
  const links: NavLink[] = [
    { href: href(page, indexPath), text: words.home, current: page === indexPath },
    ...reports.map((report) => ({
      href: href(page, report.path),
      text: report.text.split(':')[0] ?? report.text,
      current: page === report.path,
    })),
  ];
  return {
    root: input.root,
    assets: input.assets,
    words: input.words(lang),
    up: '../'.repeat(relative(input.outDir, dirname(page)).split(sep).filter(Boolean).length),
    links,
    ...(extraCss ? { extraCss } : {}),
  };
}

/**
 * What a page's hash is taken over: its inputs and frame, with a sector template by its file and source (what it is
 * parsed from: the parse holds a Handlebars syntax tree) and a revision by its two versions (its diff follows).
 */
function hashed<Kind extends keyof PageInputs>(kind: Kind, inputs: PageInputs[Kind], frame: PageFrame): unknown {
  if (kind === 'deviations') {
    const { template, members } = inputs as PageInputs['deviations'];
    return { template: { file: template.file, source: template.source }, members, frame };
  }
  if (kind === 'diff') {
    const { revision, labels, house } = inputs as PageInputs['diff'];
    return { old: revision.old, new: revision.new, labels, house, frame };
  }
  return { inputs, frame };
}

function diffPage(
  planning: Planning,
  revision: Revision,
  diffLinks: Map<Policy, { text: string; path: string }[]>,
): SitePage {
  const path = diffOutputPath(planning.input.outDir, revision.old, revision.new, 'html');
  const text = `${planning.words.versionDiff} ${revision.old.meta.version} → ${revision.new.meta.version}`;
  for (const policy of [revision.old, revision.new])
    diffLinks.set(policy, [...(diffLinks.get(policy) ?? []), { text, path }]);
  const lang = revision.new.meta.lang;
  const house = planning.input.brandOf(revision.new)?.numbering ?? DEFAULT_HOUSE_STYLE;
  const inputs = { revision, labels: planning.input.labels(lang), house };
  return planning.page('diff', path, inputs, planning.frame(path, lang));
}

/** Each policy's page (a version in force from git beside its proposal's) and its row in the overview. */
function policyPages(
  planning: Planning,
  diffLinks: ReadonlyMap<Policy, readonly { text: string; path: string }[]>,
  comparisonOf: ReadonlyMap<Policy, string>,
): { pages: SitePage[]; entries: IndexEntry[]; files: SitePlan['files'] } {
  const { input, indexPath, words } = planning;
  const { outDir } = input;
  const { policies, inForce } = input.corpus;
  const pageOf = pagesOfPolicies(input);
  const lang = corpusLang(policies);
  const siteLabels = input.labels(lang);
  const inForceOf = new Map([...inForce].map(([proposal, found]) => [found.policy, proposal] as const));
  const linksFrom = versionLinks(input, pageOf, diffLinks);
  const pages: SitePage[] = [];
  const entries: IndexEntry[] = [];
  const files = new Map<string, Uint8Array>();
  for (const policy of [...policies, ...[...inForce.values()].map((found) => found.policy)]) {
    const path = pageOf.get(policy) as string;
    // A version in force from git was not built here: its PDF, if any, may be another version's.
    const candidate = inForceOf.has(policy) ? undefined : outputPath(outDir, policy, 'pdf');
    const pdf = candidate && input.pdfs.has(candidate) ? candidate : undefined;
    const brand = input.brandOf(policy);
    const logo = brand?.logo ? join(outDir, 'assets', 'logos', `${brand.name}.${brand.logo.kind}`) : undefined;
    if (brand?.logo && logo) files.set(logo, brand.logo.data);
    // An adoption without a hash: what git shows of its words, said as the PDF's cover says it (adoption-git.ts); of
    // a version in force from git too, whose words are those of the commit they were read from (for one adopted by
    // hand, the commit that wrote the adoption down: the adopted text per git). In the page's inputs, so a page is
    // made again when git shows otherwise.
    const adoptionGit = gitEvidence(policy.path, policy, todayIso());
    const links: PolicyPageLinks = {
      ...(pdf ? { pdf: href(path, pdf) } : {}),
      ...(logo ? { logo: href(path, logo) } : {}),
      diffs: linksFrom(policy, path),
      ...(adoptionGit ? { adoptionGit } : {}),
    };
    const brandCss = brand ? `:root { --brand: ${brand.colours.primary}; }` : undefined;
    const inputs = { policy, labels: input.labels(policy.meta.lang), links };
    pages.push(planning.page('policy', path, inputs, planning.frame(path, policy.meta.lang, brandCss)));
    const compared = comparisonOf.get(policy);
    const diffs = [
      ...linksFrom(policy, indexPath),
      ...(compared ? [{ href: href(indexPath, compared), text: words.compareLink }] : []),
    ];
    entries.push(
      indexEntry(
        policy,
        { words, labels: siteLabels, lang },
        {
          page: href(indexPath, path),
          ...(pdf ? { pdf: href(indexPath, pdf) } : {}),
          diffs,
        },
        adoptionGit,
      ),
    );
  }
  return { pages, entries: sortEntries(entries), files: [...files].map(([path, data]) => ({ path, data })) };
}

/** The links from a page to a policy's other versions: its version in force (from git), its version diffs. */
function versionLinks(
  input: SiteInput,
  pageOf: ReadonlyMap<Policy, string>,
  diffLinks: ReadonlyMap<Policy, readonly { text: string; path: string }[]>,
): (policy: Policy, from: string) => { href: string; text: string }[] {
  const inForceLink = (proposal: Policy, from: string): { href: string; text: string }[] => {
    const found = input.corpus.inForce.get(proposal);
    if (!found) return [];
    const labels = input.labels(proposal.meta.lang);
    const text = `${statusLabel(labels, 'approved')}: ${labels.version} ${found.policy.meta.version} (${inForceLabel(found, labels)})`;
    return [{ href: href(from, pageOf.get(found.policy) as string), text }];
  };
  return (policy, from) => [
    ...inForceLink(policy, from),
    ...(diffLinks.get(policy) ?? []).map((link) => ({ href: href(from, link.path), text: link.text })),
  ];
}

/** The page of each policy; a version in force beside the proposal's, with its commit when both share a version. */
function pagesOfPolicies(input: SiteInput): Map<Policy, string> {
  const { outDir } = input;
  const pageOf = new Map<Policy, string>();
  for (const policy of input.corpus.policies) pageOf.set(policy, outputPath(outDir, policy, 'html'));
  for (const [proposal, found] of input.corpus.inForce) {
    const own = outputPath(outDir, found.policy, 'html');
    pageOf.set(
      found.policy,
      own === pageOf.get(proposal) ? own.replace(/\.html$/, `-${shortCommit(found.commit)}.html`) : own,
    );
  }
  return pageOf;
}

function indexPage(planning: Planning, lang: string, entries: IndexEntry[]): SitePage {
  const { input, indexPath } = planning;
  const labels = input.labels(lang);
  const reports: IndexReport[] = planning.reports.map((report) => ({
    href: href(indexPath, report.path),
    text: report.text,
    about: report.about,
  }));
  // Pages `build --at DATE` wrote: linked from the index only, not from every page's navigation.
  for (const page of input.inForcePages)
    reports.push({
      href: href(indexPath, page.path),
      text: fillLabel(labels.inForceTitle, { date: formatDate(page.date, labels.lang) ?? page.date }),
    });
  return planning.page('index', indexPath, { entries, reports, labels }, planning.frame(indexPath, lang));
}

// The static HTML report of a corpus, written into out/ beside the PDFs: out/index.html, a page per policy, the
// cross-organisation comparisons (one per kind of policy), version diffs and deviation registers. Opens straight from the file system.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { alignPolicies, basePolicy, topicsFor } from '../../compare/index.js';
import { absencesFor, confirmationsFor } from '../../compare/confirmations.js';
import { loadBrand, resolveBrandName } from '../../brand/load.js';
import { numberByBrand } from '../../parse/own-numbering.js';
import { diffPolicies } from '../../diff/index.js';
import { isClausemarkError } from '../../model/errors.js';
import { adoptionOf } from '../../model/adoption.js';
import type { Policy } from '../../model/policy.js';
import { loadPolicy } from '../../parse/index.js';
import { attachProcedure } from '../../procedure/attach.js';
import { renderComparePage } from '../../render/html/compare-page.js';
import { renderIndexPage, type IndexEntry, type IndexReport } from '../../render/html/index-page.js';
import type { NavLink, PageFrame, SiteAssets } from '../../render/html/page.js';
import { renderPage } from '../../render/html/page.js';
import { renderPolicyPage } from '../../render/html/policy-page.js';
import { procedureView } from '../../render/html/procedure-view.js';
import { prepareReport } from '../../render/diff/report.js';
import { renderHtmlParts as diffParts } from '../../render/diff/html.js';
import { renderHtmlParts as deviationParts } from '../../render/deviations/html.js';
import { deviationRegister } from '../../sector/deviations.js';
import { findTemplate } from '../../sector/store.js';
import { parseRef } from '../../sector/types.js';
import { formatDate } from '../../text/format-date.js';
import { fillLabel, loadLabels, statusLabel } from '../../wording/labels.js';
import { loadSiteWords } from '../../wording/site-words.js';
import { allClauses } from '../../model/walk.js';
import { diffOutputPath, outputPath } from '../../io/output-paths.js';
import { shortCommit } from '../../io/git.js';
import { corpusComparisons, type CorpusComparison } from '../reports.js';
import { corpusLang } from '../corpus-lang.js';
import { inForceLabel, versionsInForce } from '../in-force.js';
import { revisionPairs } from '../revisions.js';
import { copySiteFonts, loadSiteAssets, writeIfChanged } from './assets.js';
import { inForcePages } from './in-force-pages.js';

export interface SiteOptions {
  /** The project root (templates/). */
  root: string;
  outDir: string;
  /** The corpus comparisons when the caller already has them (npm start), so they are not computed twice. */
  comparisons?: CorpusComparison[];
}

export interface SiteReport {
  /** Every page of the report (written or already up to date), relative paths under outDir. */
  pages: string[];
  /** How many of them changed on disk. */
  written: number;
  /** Policies left out because they cannot be read (check says why). */
  skipped: string[];
}

/** A link from the page at `from` (a path under outDir) to `to`, with forward slashes. */
function href(from: string, to: string): string {
  return relative(dirname(from), to).split(sep).join('/');
}

const upFrom = (outDir: string, page: string): string =>
  '../'.repeat(relative(outDir, dirname(page)).split(sep).filter(Boolean).length);

interface Page {
  path: string;
  render(frame: (lang: string, extraCss?: string) => PageFrame): string;
}

export function writeSite(files: readonly string[], options: SiteOptions): SiteReport {
  const { root, outDir } = options;
  const skipped: string[] = [];
  const policies: Policy[] = [];
  for (const file of files) {
    try {
      const parsed = loadPolicy(file);
      if (parsed.findings.some((finding) => finding.fatal)) skipped.push(file);
      else policies.push(attachProcedure(parsed.policy));
    } catch (error) {
      if (!isClausemarkError(error)) throw error;
      skipped.push(file);
    }
  }
  const assets: SiteAssets = loadSiteAssets(root);
  const lang = corpusLang(policies);
  const words = loadSiteWords(lang, { root });
  const labels = loadLabels(lang, { root });
  const indexPath = join(outDir, 'index.html');

  // A proposal revised in place keeps the version in force beside it, found in git (in-force.ts).
  const inForce = versionsInForce(policies);
  const pairs = [
    ...revisionPairs(policies),
    ...[...inForce].map(([proposal, found]) => ({ old: found.policy, new: proposal })),
  ];
  // One comparison per kind of policy, one document per organisation (src/compare/inputs.ts).
  const comparisons = (
    options.comparisons ??
    corpusComparisons(policies, outDir, (chosen) =>
      alignPolicies(chosen, {
        confirmations: confirmationsFor(chosen),
        topics: topicsFor(chosen, root) ?? 'induce',
        absences: absencesFor(chosen),
      }),
    )
  ).map((item) => ({
    ...item,
    path: `${item.base}.html`,
    title: basePolicy(item.policies, item.alignment)?.meta.title ?? item.kind,
  }));
  const comparisonOf = new Map<Policy, string>();
  for (const item of comparisons) for (const policy of item.policies) comparisonOf.set(policy, item.path);

  const derived = new Map<string, Policy[]>();
  for (const policy of policies) {
    const ref = parseRef(policy.meta.derivedFrom ?? '');
    if (ref) derived.set(`${ref.id}@${ref.version}`, [...(derived.get(`${ref.id}@${ref.version}`) ?? []), policy]);
  }
  const registers = [...derived.entries()].flatMap(([key, members]) => {
    const ref = parseRef(key);
    const template = ref ? findTemplate(root, ref) : undefined;
    return template
      ? [{ key, template, members, path: join(outDir, 'deviations', `${key.replace(/[^A-Za-z0-9._-]+/g, '-')}.html`) }]
      : [];
  });

  const reports: { path: string; text: string; about: string }[] = [];
  for (const item of comparisons)
    reports.push({
      path: item.path,
      // Two kinds of policy, two comparisons: the title says which is which.
      text: comparisons.length > 1 ? `${words.comparison} (${item.title})` : words.comparison,
      about: item.alignment.documents.map((document) => document.name).join(', '),
    });
  for (const register of registers)
    reports.push({
      path: register.path,
      text: `${words.deviations}: ${register.template.policy.meta.title}`,
      about: register.key,
    });

  const frameFor =
    (page: string) =>
    (pageLang: string, extraCss?: string): PageFrame => {
      const links: NavLink[] = [
        { href: href(page, indexPath), text: words.home, current: page === indexPath },
        ...reports.map((report) => ({
          href: href(page, report.path),
          text: report.text.split(':')[0] ?? report.text,
          current: page === report.path,
        })),
      ];
      return {
        root,
        assets,
        words: loadSiteWords(pageLang, { root }),
        up: upFrom(outDir, page),
        links,
        ...(extraCss ? { extraCss } : {}),
      };
    };

  const diffLinks = new Map<Policy, { href: string; text: string; path: string }[]>();
  const pages: Page[] = [];
  for (const pair of pairs) {
    const path = diffOutputPath(outDir, pair.old, pair.new, 'html');
    const text = `${words.versionDiff} ${pair.old.meta.version} → ${pair.new.meta.version}`;
    for (const policy of [pair.old, pair.new])
      diffLinks.set(policy, [...(diffLinks.get(policy) ?? []), { href: '', text, path }]);
    pages.push({
      path,
      render: (frame) => {
        const pairLabels = loadLabels(pair.new.meta.lang, { root });
        const parts = diffParts(
          prepareReport(diffPolicies(pair.old, pair.new), { labels: pairLabels, lang: pair.new.meta.lang }),
        );
        // The diff report's own stylesheet, with the report's typeface and frame taking over its page settings.
        const css = `${parts.style}\nbody { font-family: "Source Sans 3", system-ui, sans-serif; } .page { padding: 0; max-width: none; }`;
        return renderPage(frame(parts.lang, css), {
          title: parts.title,
          lang: parts.lang,
          body: `${parts.header}<div class="report">${parts.content}</div></div>`,
        });
      },
    });
  }
  for (const register of registers) {
    pages.push({
      path: register.path,
      render: (frame) => {
        const parts = deviationParts(deviationRegister(register.template, register.members));
        const css = `${parts.style}\nbody { font-family: "Source Sans 3", system-ui, sans-serif; }`;
        return renderPage(frame(parts.lang, css), { title: parts.title, lang: parts.lang, body: parts.content });
      },
    });
  }
  for (const item of comparisons) {
    pages.push({
      path: item.path,
      render: (frame) => {
        const baseLang = basePolicy(item.policies, item.alignment)?.meta.lang ?? lang;
        return renderComparePage(item.alignment, loadLabels(baseLang, { root }), baseLang, frame(baseLang));
      },
    });
  }

  // The page of a version in force: its own, or beside the proposal's when both carry the same version number.
  const pageOf = new Map<Policy, string>();
  for (const policy of policies) pageOf.set(policy, outputPath(outDir, policy, 'html'));
  for (const [proposal, found] of inForce) {
    const own = outputPath(outDir, found.policy, 'html');
    pageOf.set(
      found.policy,
      own === pageOf.get(proposal) ? own.replace(/\.html$/, `-${shortCommit(found.commit)}.html`) : own,
    );
  }
  const inForceOf = new Map([...inForce].map(([proposal, found]) => [found.policy, proposal] as const));
  const inForceLink = (proposal: Policy, from: string): { href: string; text: string }[] => {
    const found = inForce.get(proposal);
    if (!found) return [];
    const proposalLabels = loadLabels(proposal.meta.lang, { root });
    const text = `${statusLabel(proposalLabels, 'approved')}: ${proposalLabels.version} ${found.policy.meta.version} (${inForceLabel(found)})`;
    return [{ href: href(from, pageOf.get(found.policy) as string), text }];
  };

  const entries: IndexEntry[] = [];
  for (const policy of [...policies, ...[...inForce.values()].map((found) => found.policy)]) {
    const { meta } = policy;
    const path = pageOf.get(policy) as string;
    // A version in force from git was not built here: its PDF, if any, may be another version's.
    const pdf = inForceOf.has(policy) ? undefined : outputPath(outDir, policy, 'pdf');
    const policyLabels = loadLabels(meta.lang, { root });
    const diffs = [
      ...inForceLink(policy, path),
      ...(diffLinks.get(policy) ?? []).map((link) => ({ href: href(path, link.path), text: link.text })),
    ];
    const brand = brandOf(policy, root);
    // The page numbers the policy as its PDF does: a brand's label patterns where it names no numbering of its own.
    numberByBrand(policy, brand?.labels);
    const logo = brand?.logo ? join(outDir, 'assets', 'logos', `${brand.name}.${brand.logo.kind}`) : undefined;
    if (brand?.logo && logo) writeIfChanged(logo, brand.logo.data);
    pages.push({
      path,
      render: (frame) =>
        renderPolicyPage(
          policy,
          policyLabels,
          {
            ...(pdf && existsSync(pdf) ? { pdf: href(path, pdf) } : {}),
            ...(logo ? { logo: href(path, logo) } : {}),
            diffs,
          },
          frame(meta.lang, brand ? `:root { --brand: ${brand.colours.primary}; }` : undefined),
        ),
    });
    const latest = [...meta.approvals].sort((a, b) => b.date.localeCompare(a.date))[0];
    entries.push({
      organisation: meta.organisation,
      title: meta.title,
      version: meta.version,
      status: adoptionOf(policy).status,
      statusLabel: statusLabel(labels, adoptionOf(policy).status),
      alerts: procedureView(policy, words)?.alerts ?? [],
      effective: meta.effective ? (formatDate(meta.effective, lang) ?? meta.effective) : words.effectiveUnknown,
      clauses: allClauses(policy).length,
      approvals: latest
        ? fillLabel(words.approvedOn, {
            count: meta.approvals.length,
            date: formatDate(latest.date, lang) ?? latest.date,
          })
        : words.notApproved,
      page: href(indexPath, path),
      ...(pdf && existsSync(pdf) ? { pdf: href(indexPath, pdf) } : {}),
      diffs: [
        ...inForceLink(policy, indexPath),
        ...(diffLinks.get(policy) ?? []).map((link) => ({ href: href(indexPath, link.path), text: link.text })),
        ...(comparisonOf.has(policy)
          ? [{ href: href(indexPath, comparisonOf.get(policy) as string), text: words.compareLink }]
          : []),
      ],
    });
  }
  entries.sort(
    (a, b) =>
      a.organisation.localeCompare(b.organisation, 'nl') ||
      a.title.localeCompare(b.title, 'nl') ||
      a.version.localeCompare(b.version, 'nl', { numeric: true }),
  );
  const indexReports: IndexReport[] = reports.map((report) => ({
    href: href(indexPath, report.path),
    text: report.text,
    about: report.about,
  }));
  // Pages `build --at DATE` wrote: linked from the index only, not from every page's navigation.
  for (const page of inForcePages(outDir))
    indexReports.push({ href: href(indexPath, page.path), text: fillLabel(labels.inForceTitle, { date: page.date }) });
  pages.push({ path: indexPath, render: (frame) => renderIndexPage(entries, indexReports, labels, frame(lang)) });

  copySiteFonts(root, outDir);
  let written = 0;
  for (const page of pages) if (writeIfChanged(page.path, page.render(frameFor(page.path)))) written++;
  return { pages: pages.map((page) => relative(outDir, page.path).split(sep).join('/')), written, skipped };
}

/** The policy's brand for colours and logo; a brand that cannot be loaded leaves the page in the default style. */
function brandOf(policy: Policy, root: string): ReturnType<typeof loadBrand> | undefined {
  try {
    return loadBrand(resolveBrandName(policy.meta, undefined, root), { root });
  } catch (error) {
    if (isClausemarkError(error)) return undefined;
    throw error;
  }
}

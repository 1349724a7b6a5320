// `build --at DATE` (issue 27 item 4): per organisation, the version of each policy that was in force on that date,
// read from the files in the project (a policy's versions may be files of their own) and from each file's git
// history, built as a PDF (and Word) like any other, and a page listing them with their adoption
// (out/in-force-<date>.html, worded in the policies' language; the report's index links it). A policy with no
// version in force then is listed so, not an error.
import { join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { shortCommit } from '../io/git.js';
import { errorById, refusedBecause, wordMessage } from '../io/messages.js';
import { isCalendarDate } from '../model/dates.js';
import { ClausemarkError, isClausemarkError } from '../model/errors.js';
import { todayIso } from '../procedure/evaluate.js';
import { type PolicyVersion, type VersionInForce, versionInForce } from '../procedure/in-force.js';
import type { InForceOrganisation } from '../render/html/in-force-page.js';
import { fillLabel, loadLabels, type Labels } from '../wording/labels.js';
import { corpusLang } from '../report/corpus/lang.js';
import type { Policy } from '../model/policy.js';
import type { BuildOptions } from '../build/policy.js';
import { historyBegins, type ReadVersion, readVersions } from '../build/versions.js';
import { parseFormats } from '../build/policy-formats.js';
import { discoverPolicies } from '../io/discover.js';
import type { Project } from '../io/project.js';
import type { BuildCommandOptions } from './build.js';
import { formatDate } from '../text/format-date.js';

export interface InForceJobOptions extends BuildOptions {
  /** The date (YYYY-MM-DD). */
  at: string;
}

export interface InForceEntry {
  org: string;
  organisation: string;
  id: string;
  title: string;
  /** The version shown: the one in force, else the newest (its language words the page). */
  policy: Policy;
  /** The version in force, absent when there was none on the date. */
  version?: VersionInForce;
  /** With no version found: the day its files' git history begins, when after the date (so none is not known). */
  historyFrom?: string;
  /**
   * The version's text may not be the one in force on the date: git holds no version of its file on or before the
   * date, and its adoption records no hash. `historyFrom`: the day the file's history begins; absent: not in git.
   */
  textUnsure?: { historyFrom?: string };
  /** The files written for it. */
  outputs: string[];
}

export interface InForceJobResult {
  at: string;
  entries: InForceEntry[];
  failed: { file: string; error: ClausemarkError }[];
  /** The page listing them. */
  page: string;
}

/** The date given to --at (or `argument`), refused when it is not a calendar date. */
export function inForceDate(at: string, argument = '--at'): string {
  if (!isCalendarDate(at))
    throw errorById(
      { messageId: 'invalid-date.not-a-date', fixId: 'invalid-date.write-date', params: { date: at } },
      { place: { argument }, ruleId: 'invalid-date' },
    );
  return at;
}

const displayFile = (file: string): string => relative('.', file).split(sep).join('/') || file;

/** Where a version was read, as the CLI says it (in the run's language). */
export function sourceWords(source: PolicyVersion['source']): string {
  const file = displayFile(source.file);
  return source.kind === 'file'
    ? wordMessage({ messageId: 'in-force-report.from-file', params: { file } })
    : wordMessage({
        messageId: 'in-force-report.from-commit',
        params: { file, commit: shortCommit(source.commit), date: source.date },
      });
}

export async function inForceJob(files: readonly string[], options: InForceJobOptions): Promise<InForceJobResult> {
  const at = inForceDate(options.at);
  const { renderPolicyFiles } = await import('../build/policy.js');
  const entries: InForceEntry[] = [];
  const failed: InForceJobResult['failed'] = [];
  const { groups, unreadable } = readVersions(files, options.root);
  // Only its history is read of a file that cannot be read as it stands: what it holds now may be the version in force.
  for (const { file, problem } of unreadable)
    failed.push({
      file,
      error: ClausemarkError.of({
        ...problem,
        file,
        ...refusedBecause(problem, 'in-force-report.unreadable', 'unreadable-policy.check-file', {
          file: displayFile(file),
          date: at,
        }),
      }),
    });
  for (const versions of groups) {
    const newest = versions[0]!.policy.meta;
    const chosen = versionInForce(versions, at, todayIso()) as (VersionInForce & ReadVersion) | undefined;
    const entry: InForceEntry = {
      org: newest.org,
      organisation: newest.organisation,
      id: newest.id,
      title: (chosen?.policy ?? versions[0]!.policy).meta.title,
      policy: chosen?.policy ?? versions[0]!.policy,
      outputs: [],
    };
    const begins = historyBegins(versions);
    if (!chosen && begins !== undefined && at < begins) entry.historyFrom = begins;
    if (chosen) {
      entry.version = chosen;
      const unsure = textUnsure(chosen, versions, at);
      if (unsure) entry.textUnsure = unsure;
      try {
        const rendered = await renderPolicyFiles(chosen.source.file, { ...options, day: at }, chosen.read);
        for (const file of rendered.files) writeFileAtomic(file.output, file.bytes);
        entry.outputs = rendered.files.map((file) => file.output);
      } catch (error) {
        if (!isClausemarkError(error)) throw error;
        failed.push({ file: chosen.source.file, error });
      }
    }
    entries.push(entry);
  }
  entries.sort((a, b) => a.organisation.localeCompare(b.organisation, 'nl') || a.title.localeCompare(b.title, 'nl'));
  const page = join(options.outDir, `in-force-${at}.html`);
  writeFileAtomic(page, await pageOf(at, entries, options.root, page));
  return { at, entries, failed, page };
}

/**
 * Whether the text of `chosen` may differ from the one in force on `at`: read from a file none of whose versions in
 * git is dated on or before `at` (or that is not in git), adopted by a row without a hash. With a hash, the text is
 * the one adopted (an edit makes it no version in force); a version committed by `at` was the text on that day.
 */
function textUnsure(
  chosen: VersionInForce,
  versions: readonly ReadVersion[],
  at: string,
): InForceEntry['textUnsure'] | undefined {
  if (chosen.adoption.hash) return undefined;
  const days = versions.flatMap(({ source }) =>
    source.kind === 'git' && source.file === chosen.source.file ? [source.date] : [],
  );
  const begins = days.sort()[0];
  if (begins !== undefined && begins <= at) return undefined;
  return begins !== undefined ? { historyFrom: begins } : {};
}

/** Where a version was read, as the page says it (in the policies' language). */
function sourceLabel(source: PolicyVersion['source'], labels: Labels): string {
  const file = displayFile(source.file);
  return source.kind === 'file'
    ? file
    : fillLabel(labels.inForceFromCommit, {
        file,
        commit: shortCommit(source.commit),
        date: formatDate(source.date, labels.lang) ?? source.date,
      });
}

async function pageOf(at: string, entries: readonly InForceEntry[], root: string, page: string): Promise<string> {
  const [{ renderInForcePage }, { standaloneFrame }] = await Promise.all([
    import('../render/html/in-force-page.js'),
    import('../report/documents/standalone.js'),
  ]);
  const lang = corpusLang(entries.map((entry) => entry.policy));
  const labels = loadLabels(lang, { root });
  const organisations: InForceOrganisation[] = [];
  for (const entry of entries) {
    let group = organisations.find((item) => item.organisation === entry.organisation);
    if (!group) organisations.push((group = { organisation: entry.organisation, rows: [] }));
    const version = entry.version;
    const pdf = entry.outputs.find((output) => output.endsWith('.pdf'));
    group.rows.push({
      id: entry.id,
      title: entry.title,
      ...(entry.historyFrom ? { historyFrom: entry.historyFrom } : {}),
      ...(version
        ? {
            version: {
              version: version.policy.meta.version,
              adopted: { date: version.adoption.date, name: version.adoption.name, role: version.adoption.role },
              from: version.inForceFrom,
              source: sourceLabel(version.source, labels),
              ...(entry.textUnsure ? { textUnsure: entry.textUnsure } : {}),
              ...(pdf ? { pdf: relative(join(page, '..'), pdf).split(sep).join('/') } : {}),
            },
          }
        : {}),
    });
  }
  return renderInForcePage(at, organisations, standaloneFrame(root, lang), labels);
}

/** `build --at DATE [paths…]`: the versions in force on the date, built, and the page listing them. */
export function buildAtJob(
  paths: readonly string[],
  options: BuildCommandOptions,
  project: Project,
  shapingCache?: string,
): Promise<InForceJobResult> {
  return inForceJob(discoverPolicies([...paths], ['policies']), {
    root: project.root,
    outDir: options.out,
    at: inForceDate(options.at ?? ''),
    showIds: options.showIds === true,
    pdfa: options.pdfa === true,
    formats: parseFormats(options.format),
    ...(shapingCache !== undefined ? { shapingCache } : {}),
    ...(options.brand ? { brand: options.brand } : {}),
  });
}

// What `clausemark start` writes beside the PDFs: a board pack for every revision in the corpus (a proposal revised
// in place included: from its version in force in git) and, per kind of
// policy (src/model/kind.ts), the comparison of the organisations (out/compare/<kind>.json, .md, .pdf, rendered by the
// compare command's format table): one document
// per organisation, revisions and older versions set aside (src/compare/read/inputs.ts). Both are skipped when nothing they
// are made from changed since the last run (a stamp in out/, record.ts: a hash of the sources' and templates' content
// and clausemark's version), so a no-change `npm start` stays fast; the record also names the files written, which a
// run that does not make them again removes (here, and after a report that could not be made: src/jobs/build.ts),
// and the policy files each is made from, so that `build` removes one made from a policy whose file is gone.
// The revisions and their diffs come from the run's one corpus plan (src/report/corpus/plan.ts), which the HTML
// report shares.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  absencesFor,
  confirmationsFor,
  provisionAbsencesFor,
  topicVerdictsFor,
} from '../../compare/read/confirmations.js';
import { alignPolicies, comparisonKind, comparisonTopics, topicsFor } from '../../compare/index.js';
import { addLawView } from '../../compare/topics/law-view.js';
import { comparisonInputs } from '../../compare/read/inputs.js';
import type { Alignment } from '../../compare/read/types.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { wordMessage } from '../../io/messages.js';
import { isClausemarkError, type ClausemarkError } from '../../model/errors.js';
import { sha256 } from '../../model/fingerprint.js';
import type { Policy } from '../../model/policy.js';
import { diffOutputPath } from '../../io/output-paths.js';
import { corpusWork, planCorpus, type CorpusWork, type Revision } from './plan.js';
import { templatesDigest } from './templates-digest.js';
import { toolVersion } from '../../io/version.js';
import { useShapingCache } from '../../build/shaping-cache.js';
import { cachedAlignment } from './alignment-cache.js';
import { readReportsRecord, recordReports, removeReportsNotMade, type WrittenReport } from './record.js';

export interface CorpusReports {
  /** One line per file written (or found up to date). */
  lines: string[];
  /** Failures to report; the other reports are still written. */
  failures: ClausemarkError[];
  /** What was not made and why: a revision whose `supersedes` names a version no file has gets no board pack. */
  notes: string[];
  /** One comparison per kind that two organisations or more have (for the HTML report). */
  comparisons: CorpusComparison[];
  /** The files written or found up to date (as planned: in the output folder), recorded in record.ts. */
  made: string[];
  /**
   * The files an earlier run wrote that this one no longer makes (a board pack whose revision is gone, a comparison
   * one of whose two organisations' policies cannot be read now), removed (record.ts): none stays as if current.
   */
  removed: string[];
}

export interface CorpusComparison {
  kind: string;
  /** Where its files go, without extension: out/compare/<kind>. */
  base: string;
  policies: Policy[];
  alignment: Alignment;
}

/** The file name (without extension) of a kind's comparison: the kind itself, readable and safe in a path. */
function comparisonStem(kind: string): string {
  return kind.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'no-id';
}

/** The comparisons a corpus makes: one per kind that at least two organisations have. */
export function corpusComparisons(
  policies: readonly Policy[],
  outDir: string,
  align: (policies: Policy[]) => Alignment,
): CorpusComparison[] {
  return comparisonInputs(policies)
    .filter((input) => input.policies.length >= 2)
    .map((input) => ({
      kind: input.kind,
      base: join(outDir, 'compare', comparisonStem(input.kind)),
      policies: input.policies,
      alignment: align(input.policies),
    }));
}

function stampOf(policies: readonly Policy[], root: string): string {
  return sha256(
    JSON.stringify({
      tool: toolVersion(),
      sources: policies.map((policy) => [policy.path, sha256(policy.source)]),
      templates: templatesDigest(root),
      epoch: process.env.SOURCE_DATE_EPOCH ?? null,
    }),
  );
}

interface Planned {
  target: string;
  line: string;
  /** The policy files it is made from (record.ts). */
  sources: readonly string[];
  make(): Promise<Uint8Array | string>;
}

/** The reports of the policies in `files` (readable ones: the build has read them), into `options.outDir`. */
export async function writeCorpusReports(
  files: readonly string[],
  options: { root: string; outDir: string; shapingCache?: string; alignmentCache?: string; work?: CorpusWork },
): Promise<CorpusReports> {
  const { root, outDir } = options;
  // The comparison and board packs lay out the same words as the policies: the disk cache of word layouts serves them too.
  const cache = useShapingCache(options.shapingCache);
  // A proposal revised in place is a revision too: of its version in force, read from git (in-force.ts).
  const { policies, inForce, revisions, unpaired } = planCorpus(files, options.work ?? corpusWork(root));
  const comparisons = corpusComparisons(policies, outDir, (chosen) =>
    reportAlignment(chosen, root, options.alignmentCache),
  );
  const planned = [
    ...(await boardPacks(revisions, root, outDir)),
    ...(await comparisonFiles(comparisons, root, options.shapingCache)),
  ];
  // The versions in force count among the sources: a new adoption committed changes the board pack.
  const stamp = stampOf([...policies, ...[...inForce.values()].map((found) => found.policy)], root);
  const { lines, failures, made } = await writePlanned(planned, outDir, stamp);
  cache?.flush();
  // What this run no longer plans goes; one planned that failed keeps its earlier file, as a policy's PDF does.
  const removed = removeReportsNotMade(outDir, new Set(planned.map((item) => resolve(item.target))));
  const notes = unpaired.map((policy) =>
    wordMessage({
      messageId:
        policy.meta.supersedes === policy.meta.version
          ? 'start-report.no-board-pack-own'
          : 'start-report.no-board-pack',
      params: { file: relative('.', policy.path) || policy.path, supersedes: policy.meta.supersedes ?? '' },
    }),
  );
  return { lines: lines.map((line) => relative('.', line) || line), failures, notes, comparisons, made, removed };
}

/** A board pack for each revision, from its diff (computed once for the run: plan.ts). */
async function boardPacks(revisions: readonly Revision[], root: string, outDir: string): Promise<Planned[]> {
  if (revisions.length === 0) return [];
  const { buildBoardPack } = await import('../documents/boardpack.js');
  return revisions.map((pair) => ({
    target: diffOutputPath(outDir, pair.old, pair.new, 'pdf'),
    sources: [...new Set([pair.old.path, pair.new.path])],
    line: wordMessage({
      messageId: 'start-report.board-pack',
      params: { old: pair.old.meta.version, new: pair.new.meta.version },
    }),
    make: () => buildBoardPack(pair.diff(), pair.old, pair.new, { root }),
  }));
}

/**
 * A comparison's alignment as the reports show it: with the confirmations, topics and verdicts recorded for these
 * policies, from the alignment cache (alignment-cache.ts) when an entry for exactly these inputs holds.
 */
export function reportAlignment(chosen: Policy[], root: string, alignmentCache?: string): Alignment {
  const kind = comparisonKind(chosen);
  const topics = topicsFor(chosen, root);
  const options = {
    confirmations: confirmationsFor(chosen),
    ...comparisonTopics(topics, chosen, root),
    absences: absencesFor(chosen),
    provisionAbsences: provisionAbsencesFor(chosen),
    topicVerdicts: topicVerdictsFor(chosen),
    ...(kind.fromTitles ? { kindFromTitles: kind.kind } : {}),
  } as const;
  const alignment = cachedAlignment(chosen, options, () => alignPolicies(chosen, options), {
    root,
    dir: alignmentCache,
  });
  // Not cached: it follows each organisation's procedure.yaml, which the cache's key does not hold.
  addLawView(alignment, chosen, root);
  return alignment;
}

/**
 * The formats of COMPARE_REPORT (src/report/formats/compare.ts) each comparison is written in, as
 * out/compare/<kind>.<extension>: the HTML is the report's own page of it (src/report/site/).
 */
const CORPUS_COMPARISON_FORMATS = ['json', 'md', 'pdf'] as const;

/** Each comparison in the corpus formats, each file rendered by its row of the compare format table. */
async function comparisonFiles(
  comparisons: readonly CorpusComparison[],
  root: string,
  shapingCache: string | undefined,
): Promise<Planned[]> {
  const [{ COMPARE_REPORT, compareRenderInput }, { formatNamed }] = await Promise.all([
    import('../formats/compare.js'),
    import('../../render/shared/format-table.js'),
  ]);
  const rows = CORPUS_COMPARISON_FORMATS.map((name) => formatNamed(COMPARE_REPORT, name));
  const made = await Promise.all(
    comparisons.map(async (comparison) => ({
      comparison,
      input: await compareRenderInput(comparison.policies, comparison.alignment, { root, shapingCache }),
    })),
  );
  return made.flatMap(({ comparison: { base, alignment, kind, policies }, input }) => {
    const comparison = wordMessage({ messageId: 'start-report.comparison' });
    // The first file's line says what the comparison is of; the others, that they are the comparison too.
    const about = wordMessage({
      messageId: 'start-report.comparison-of',
      params: {
        kind: kind || wordMessage({ messageId: 'start-report.no-id' }),
        provisions: alignment.provisions.length,
        documents: alignment.documents.length,
      },
    });
    return rows.map((row, index) => ({
      target: `${base}.${row.extension}`,
      sources: policies.map((policy) => policy.path),
      line: index === 0 ? about : comparison,
      make: () => row.render(input),
    }));
  });
}

/**
 * Every planned file made and written, unless the stamp says none changed and all are there; what was made recorded
 * (record.ts), with the stamp where all was.
 */
async function writePlanned(
  planned: readonly Planned[],
  outDir: string,
  stamp: string,
): Promise<{ lines: string[]; failures: ClausemarkError[]; made: string[] }> {
  const previous = readReportsRecord(outDir).stamp;
  const upToDate = previous === stamp && planned.every((item) => existsSync(item.target));
  const lines: string[] = [];
  const failures: ClausemarkError[] = [];
  const made: string[] = [];
  const written: WrittenReport[] = [];
  for (const item of planned) {
    if (upToDate) {
      lines.push(
        wordMessage({ messageId: 'start-report.up-to-date', params: { target: item.target, what: item.line } }),
      );
      made.push(item.target);
      continue;
    }
    try {
      const data = await item.make();
      writeFileAtomic(item.target, data);
      written.push({ path: item.target, sha256: sha256(data), sources: item.sources });
      lines.push(wordMessage({ messageId: 'start-report.written', params: { target: item.target, what: item.line } }));
      made.push(item.target);
    } catch (error) {
      if (!isClausemarkError(error)) throw error;
      failures.push(error);
    }
  }
  // Only a complete run is stamped: after a failure the next run tries again.
  const complete = !upToDate && failures.length === 0 && planned.length > 0;
  recordReports(outDir, made, complete ? stamp : undefined, written);
  return { lines, failures, made };
}

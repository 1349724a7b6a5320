// Everything the comparison PDF needs besides the alignment, resolved from the project: the default brand, the
// labels in the base document's language, the day it was made up and a document-ID seed from the documents'
// files (or SOURCE_DATE_EPOCH) — so the same policies always give the same bytes. Reads templates/;
// writes nothing (the caller does). Prepared here, as the board pack's input is (boardpack.ts): every
// renderer under src/render is a pure function of what it is given.
import { isAbsolute, relative, sep } from 'node:path';
import type { Alignment } from '../../compare/read/types.js';
import { comparisonLanguage } from '../../compare/read/base-policy.js';
import { loadBrand } from '../../brand/load.js';
import { madeDay, reportDate, sourceHash } from '../../io/reproducible.js';
import { toolVersion } from '../../io/version.js';
import { sha256 } from '../../model/fingerprint.js';
import type { Policy } from '../../model/policy.js';
import { isInside } from '../../io/paths.js';
import { formatDate } from '../../text/format-date.js';
import { cellEvidence, cellWords, emptyCellWords } from '../../render/shared/compare/cell-kind.js';
import { clauseNamer } from '../../render/shared/compare/clause-name.js';
import { leftOutSection } from '../../render/shared/compare/left-out.js';
import { partLabel, rowSummary } from '../../render/shared/compare/parts.js';
import { lawNote, requirementGroups, topicRows, topicsNote } from '../../render/shared/compare/topics.js';
import { fillLabel, loadLabels, type Labels } from '../../wording/labels.js';
import type { ComparePdfInput, ComparePdfTexts } from '../../render/compare/pdf/input.js';
import { renderComparePdf } from '../../render/compare/pdf/render.js';

export interface ComparePdfBuildOptions {
  /** Project root (templates/ lives here). */
  root: string;
  /** Brand name (default: the project's `default` brand: a comparison belongs to no one organisation). */
  brand?: string;
  /** For SOURCE_DATE_EPOCH; process.env when omitted. */
  env?: NodeJS.ProcessEnv;
  /** The comparison's language, when the caller has decided it already (src/compare/read/base-policy.ts). */
  lang?: string;
}

/** The report's wording from the label file of its language, `day` (YYYY-MM-DD) the day it was made up; pure. */
function comparePdfTexts(alignment: Alignment, labels: Labels, lang: string, day: string): ComparePdfTexts {
  const base = alignment.documents.find((document) => document.key === alignment.base) ?? alignment.documents[0];
  const subject = base?.title ?? '';
  const keys = alignment.documents.map((document) => document.key);
  const shared = alignment.provisions.filter((provision) => keys.every((key) => key in provision.members)).length;
  const name = clauseNamer(alignment, labels);
  return {
    lang,
    title: labels.compareTitle,
    subject,
    date: formatDate(day, lang) ?? day,
    summary: fillLabel(labels.compareSummary, {
      documents: keys.length,
      provisions: alignment.provisions.length,
      shared,
    }),
    header: subject ? `${labels.compareTitle} · ${subject}` : labels.compareTitle,
    page: (page, pages) => fillLabel(labels.page, { page, pages }),
    documents: labels.compareDocuments,
    organisation: labels.organisation,
    version: labels.version,
    file: labels.compareFile,
    documentTitle: labels.compareDocumentTitle,
    dateLabel: labels.buildDate,
    base: labels.compareBase,
    provisions: labels.compareProvisions,
    provision: labels.compareProvision,
    sideBySide: labels.compareTexts,
    own: labels.compareOwn,
    legend: labels.compareLegend,
    continued: labels.compareContinued,
    absentIn: labels.compareAbsentIn,
    inserted: labels.compareInserted,
    deleted: labels.compareDeleted,
    missing: labels.compareMissing,
    missingNote: labels.compareMissingNote,
    missingAt: (name, count) => fillLabel(labels.compareMissingAt, { name, count }),
    missingHeld: (held, others) => fillLabel(labels.compareMissingHeld, { held, others }),
    missingNone: labels.compareMissingNone,
    topics: labels.compareTopics,
    topicsNote: topicsNote(alignment, labels),
    topicProvisions: labels.compareTopicProvisions,
    topicRows: topicRows(alignment, labels, name),
    law: labels.compareLaw,
    lawNote: lawNote(alignment, labels),
    lawGroups: requirementGroups(alignment, labels, name),
    cells: cellWords(labels),
    adds: (words) => fillLabel(labels.compareAdds, { words }),
    evidence: (provision, key) => cellEvidence(provision, key, labels, 2, name, true),
    emptyCell: (provision, key) => emptyCellWords(provision, key, labels, name, true),
    clause: name,
    unmatchedNote: labels.compareUnmatchedNote,
    part: (part) => partLabel(part, labels),
    rows: (rows) => rowSummary(rows, labels),
    leftOut: leftOutSection(alignment, labels),
  };
}

/**
 * A document's file as the report names it: relative to the project when it lies inside it, so the report reads
 * the same wherever the project is checked out (and an absolute path, long in a deep checkout, does not fill the
 * table's file column).
 */
function projectFile(root: string, path: string): string {
  if (!isAbsolute(path) || !isInside(root, path)) return path;
  return relative(root, path).split(sep).join('/');
}

/** The renderer's input for `policies` (the ones `alignment` was made from). */
export function prepareComparePdf(
  policies: readonly Policy[],
  alignment: Alignment,
  options: ComparePdfBuildOptions,
): ComparePdfInput {
  const env = options.env ?? process.env;
  const lang = options.lang ?? comparisonLanguage(policies, alignment);
  // The day it was made up (its newest document's commit or file, or today), not a date the documents state.
  const date = reportDate(policies, env);
  const file = (path: string): string => projectFile(options.root, path);
  const seed = sha256(
    [
      'clausemark compare',
      alignment.base,
      ...policies.map((policy) => `${file(policy.path)}\n${sourceHash(policy.source)}`),
    ].join('\n'),
  );
  return {
    alignment: {
      ...alignment,
      documents: alignment.documents.map((document) => ({ ...document, path: file(document.path) })),
    },
    brand: loadBrand(options.brand ?? 'default', {
      root: options.root,
      ...(options.brand ? { requestedAt: { argument: '--brand' } } : {}),
    }),
    texts: comparePdfTexts(alignment, loadLabels(lang, { root: options.root }), lang, madeDay(date, env)),
    options: { creationDate: date, producer: `clausemark ${toolVersion()}`, sourceHash: seed },
  };
}

export async function buildComparePdf(
  policies: readonly Policy[],
  alignment: Alignment,
  options: ComparePdfBuildOptions,
): Promise<Uint8Array> {
  return renderComparePdf(prepareComparePdf(policies, alignment, options));
}

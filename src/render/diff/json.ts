// The machine-readable diff: PolicyDiff plus a schema version so consumers can tell formats apart. Each change
// carries its reasons twice: `reasons`, worded in the report's language as every other output words them, and
// `reasonCodes`, the same reasons as data ({code, params}) for programs. docs/diff.md documents every field; a
// change to the shape bumps schemaVersion.
import type { ChangeCounts, ClauseChange, DocumentRef, MetaChange, Reason } from '../../diff/types.js';
import { reasonsOf, type DiffReport } from './report.js';

/**
 * 3: `changes` holds the section headings that changed too (`heading: true`), counted in `summary`; 2: reasons worded
 * in the report's language, reasonCodes and lang added (1: reasons in English only).
 */
export const JSON_SCHEMA_VERSION = 3;

export type ClauseChangeJson = Omit<ClauseChange, 'reasons'> & { reasons: string[]; reasonCodes: Reason[] };

export interface DiffJson {
  schemaVersion: typeof JSON_SCHEMA_VERSION;
  /** The language of the worded reasons and the lexicon they were judged with: the new version's. */
  lang: string;
  old: DocumentRef;
  new: DocumentRef;
  summary: ChangeCounts;
  changes: ClauseChangeJson[];
  meta: MetaChange[];
  /** Present with --ignore-editorial: the editorial changes that were left out of `changes` and `summary`. */
  ignoredEditorial?: number;
}

function changeJson(change: ClauseChange, report: DiffReport): ClauseChangeJson {
  const { reasons, ...rest } = change;
  // Key order as before (kinds, significance, reasons, …), with the codes right after the words.
  const json = { kinds: rest.kinds, significance: rest.significance, reasons: reasonsOf(change, report) };
  return { ...json, reasonCodes: reasons, ...rest };
}

export function toDiffJson(report: DiffReport): DiffJson {
  const { diff } = report;
  const json: DiffJson = {
    schemaVersion: JSON_SCHEMA_VERSION,
    lang: diff.lang,
    old: diff.old,
    new: diff.new,
    summary: diff.summary,
    changes: diff.changes.map((change) => changeJson(change, report)),
    meta: diff.meta,
  };
  if (report.ignoreEditorial) json.ignoredEditorial = report.hiddenEditorial;
  return json;
}

export function renderJson(report: DiffReport): string {
  return `${JSON.stringify(toDiffJson(report), null, 2)}\n`;
}

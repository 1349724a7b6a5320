// The machine-readable diff: PolicyDiff as it is, plus a schema version so consumers can tell formats apart.
// docs/diff.md documents every field; a change to the shape bumps schemaVersion.
import type { ChangeCounts, ClauseChange, DocumentRef, MetaChange } from '../../diff/types.js';
import type { DiffReport } from './report.js';

export const JSON_SCHEMA_VERSION = 1;

export interface DiffJson {
  schemaVersion: typeof JSON_SCHEMA_VERSION;
  old: DocumentRef;
  new: DocumentRef;
  summary: ChangeCounts;
  changes: ClauseChange[];
  meta: MetaChange[];
  /** Present with --ignore-editorial: the editorial changes that were left out of `changes` and `summary`. */
  ignoredEditorial?: number;
}

export function toDiffJson(report: DiffReport): DiffJson {
  const { diff } = report;
  const json: DiffJson = {
    schemaVersion: JSON_SCHEMA_VERSION,
    old: diff.old,
    new: diff.new,
    summary: diff.summary,
    changes: diff.changes,
    meta: diff.meta,
  };
  if (report.ignoreEditorial) json.ignoredEditorial = report.hiddenEditorial;
  return json;
}

export function renderJson(report: DiffReport): string {
  return `${JSON.stringify(toDiffJson(report), null, 2)}\n`;
}

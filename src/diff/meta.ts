// Frontmatter changes between two versions: title, version, status, effective date, approvals added or removed,
// and any other field that changed: a line only when the metadata a reader sees changed. A title taken from the
// heading counts as written (the reader sees the heading); a field clausemark made up where the author wrote none (an
// id, title or organisation from the file's name or folder, a detected language) is no metadata of the document: two
// copies of one text under two names have the same metadata (issue 26 item 1, issue 39 item 5).
import { approvalKey } from '../model/adoption.js';
import type { Approval, PolicyMeta } from '../model/policy.js';
import type { MetaChange } from './types.js';

/** The fields reported first, in this order; everything else follows alphabetically. */
const LEADING_FIELDS = ['title', 'version', 'status', 'effective'] as const;
// langSource says only where `lang` came from (frontmatter, detected, default), not what the policy says.
const SKIPPED_FIELDS = new Set(['approvals', 'extra', 'inferred', 'langSource', 'titleSource']);

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  return JSON.stringify(value);
}

/** Equal values; text in canonically equivalent spellings (é as e + U+0301 or precomposed) counts as equal. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a)?.normalize('NFC') === JSON.stringify(b)?.normalize('NFC');
}

export function describeApproval(approval: Approval): string {
  const step = approval.step ? ` (${approval.step})` : '';
  return `${approval.date} ${approval.name}${step}`;
}

/**
 * Approvals that came or went. An approval belongs to the version it approved: when the version changed, the old
 * version's adoption missing from the new one was not revoked, the new text simply is not adopted yet (issue 26
 * item 7: "Vaststelling: verwijderd" on page 1 of a board pack), so only an approval removed from the same version
 * is reported as removed.
 */
function approvalChanges(
  oldList: readonly Approval[],
  newList: readonly Approval[],
  sameVersion: boolean,
): MetaChange[] {
  const changes: MetaChange[] = [];
  const oldKeys = new Set(oldList.map(approvalKey));
  const newKeys = new Set(newList.map(approvalKey));
  for (const approval of sameVersion ? oldList : []) {
    if (!newKeys.has(approvalKey(approval))) {
      changes.push({
        field: 'approvals',
        old: approval,
        description: `approval removed: ${describeApproval(approval)}`,
      });
    }
  }
  for (const approval of newList) {
    if (!oldKeys.has(approvalKey(approval))) {
      changes.push({ field: 'approvals', new: approval, description: `approval added: ${describeApproval(approval)}` });
    }
  }
  return changes;
}

/** The field is written on the other side, so its made-up value here is what the reader compares it with. */
function bothSides(field: string, oldMeta: PolicyMeta, newMeta: PolicyMeta): boolean {
  return !oldMeta.inferred.includes(field) || !newMeta.inferred.includes(field);
}

function fieldChange(field: string, oldValue: unknown, newValue: unknown): MetaChange | undefined {
  if (same(oldValue, newValue)) return undefined;
  const change: MetaChange = { field, description: '' };
  if (oldValue !== undefined) change.old = oldValue;
  if (newValue !== undefined) change.new = newValue;
  if (oldValue === undefined) change.description = `${field} set to ${show(newValue)}`;
  else if (newValue === undefined) change.description = `${field} removed (was ${show(oldValue)})`;
  else change.description = `${field} ${show(oldValue)} → ${show(newValue)}`;
  return change;
}

/** Fields clausemark fills in from where the file lies, not from what it says. */
const FROM_FILE_NAME = new Set(['id', 'org', 'organisation']);

/**
 * The fields as the author wrote them: made-up ones left out. The title from the heading stays (the reader sees the
 * heading); a title from the file's name goes, as the id does (a byte copy under another name is the same text).
 */
function written(meta: PolicyMeta): Record<string, unknown> {
  const record: Record<string, unknown> = { ...(meta as unknown as Record<string, unknown>) };
  for (const field of meta.inferred) if (field !== 'title' || meta.titleSource === 'file') delete record[field];
  return record;
}

export function metaChanges(oldMeta: PolicyMeta, newMeta: PolicyMeta): MetaChange[] {
  const changes: MetaChange[] = [];
  const record = written(oldMeta);
  const other = written(newMeta);
  // Made up on both sides: nothing a reader sees (an inferred status or version reads the same anyway).
  for (const field of oldMeta.inferred) {
    if (!newMeta.inferred.includes(field) || field === 'title') continue;
    record[field] = other[field] = undefined;
  }
  // Made up on one side only: a status or language defaulted still compares with the value the other side wrote.
  for (const [meta, side] of [
    [oldMeta, record],
    [newMeta, other],
  ] as const) {
    for (const field of meta.inferred)
      if (
        !FROM_FILE_NAME.has(field) &&
        field !== 'title' &&
        side[field] === undefined &&
        bothSides(field, oldMeta, newMeta)
      )
        side[field] = (meta as unknown as Record<string, unknown>)[field];
  }
  const push = (change: MetaChange | undefined): void => {
    if (change) changes.push(change);
  };
  for (const field of LEADING_FIELDS) push(fieldChange(field, record[field], other[field]));
  changes.push(...approvalChanges(oldMeta.approvals, newMeta.approvals, oldMeta.version === newMeta.version));
  const known = new Set<string>([...Object.keys(record), ...Object.keys(other)]);
  const rest = [...known]
    .filter((field) => !SKIPPED_FIELDS.has(field) && !(LEADING_FIELDS as readonly string[]).includes(field))
    .sort();
  for (const field of rest) push(fieldChange(field, record[field], other[field]));
  const extraFields = [...new Set([...Object.keys(oldMeta.extra), ...Object.keys(newMeta.extra)])].sort();
  for (const field of extraFields) push(fieldChange(field, oldMeta.extra[field], newMeta.extra[field]));
  return changes;
}

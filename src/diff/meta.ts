// Frontmatter changes between two versions: title, version, status, effective date, approvals added, removed or
// changed, and every other field that changed, the procedure's (kind, level, owner, review …) included: a line only
// when the metadata a reader sees changed. A title taken from the heading counts as written (the reader sees the
// heading); a field clausemark made up where the author wrote none (an id, title or organisation from the file's name
// or folder, a detected language) is no metadata of the document: two copies of one text under two names have the
// same metadata (issue 26 item 1, issue 39 item 5). A field left empty says nothing, as one not written does.
import { approvalKey } from '../model/adoption.js';
import { APPROVAL_FIELDS, type Approval, type Frontmatter, type PolicyMeta } from '../model/policy.js';
import { UNMODELLED_FIELDS } from '../parse/meta.js';
import type { MetaChange } from './types.js';

/** What the metadata of a version is read from: its lenient reading, and the frontmatter as written. */
export interface MetaSource {
  meta: PolicyMeta;
  frontmatter?: Pick<Frontmatter, 'data'>;
}

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

/** The whole row: an outcome, a body or the minutes changed make another row of the same decision. */
function rowKey(approval: Approval): string {
  return APPROVAL_FIELDS.map((field) => approval[field] ?? '')
    .join('\u0000')
    .normalize('NFC');
}

/** The fields of a row that differ from the same decision's row in the other version. */
export function approvalFieldsChanged(old: Approval, now: Approval): (typeof APPROVAL_FIELDS)[number][] {
  return APPROVAL_FIELDS.filter((field) => (old[field] ?? '').normalize('NFC') !== (now[field] ?? '').normalize('NFC'));
}

export function describeApproval(approval: Approval): string {
  const step = approval.step ? ` (${approval.step})` : '';
  return `${approval.date} ${approval.name}${step}`;
}

/** Takes the first row of `list` that `keyOf` gives `key`, if one is left. */
function take(list: Approval[], keyOf: (approval: Approval) => string, key: string): Approval | undefined {
  const at = list.findIndex((approval) => keyOf(approval) === key);
  return at === -1 ? undefined : list.splice(at, 1)[0];
}

/**
 * Approvals that came, went or changed. A row of the same decision (date, name, role, step) whose other fields
 * changed (an outcome, a body, the minutes) is one change with both rows. An approval belongs to the version it
 * approved: when the version changed, the old version's adoption missing from the new one was not revoked, the new
 * text simply is not adopted yet (issue 26 item 7: "Vaststelling: verwijderd" on page 1 of a board pack), so only an
 * approval removed from the same version is reported as removed.
 */
function approvalChanges(
  oldList: readonly Approval[],
  newList: readonly Approval[],
  sameVersion: boolean,
): MetaChange[] {
  const oldLeft = [...oldList];
  const newLeft = newList.filter((approval) => take(oldLeft, rowKey, rowKey(approval)) === undefined);
  const changed: MetaChange[] = [];
  const added: MetaChange[] = [];
  for (const approval of newLeft) {
    const before = take(oldLeft, approvalKey, approvalKey(approval));
    if (before) {
      const fields = approvalFieldsChanged(before, approval).join(', ');
      changed.push({
        field: 'approvals',
        old: before,
        new: approval,
        description: `approval changed: ${describeApproval(approval)} (${fields})`,
      });
    } else
      added.push({ field: 'approvals', new: approval, description: `approval added: ${describeApproval(approval)}` });
  }
  const removed = (sameVersion ? oldLeft : []).map(
    (approval): MetaChange => ({
      field: 'approvals',
      old: approval,
      description: `approval removed: ${describeApproval(approval)}`,
    }),
  );
  return [...removed, ...changed, ...added];
}

/** The field is written on the other side, so its made-up value here is what the reader compares it with. */
function bothSides(field: string, oldMeta: PolicyMeta, newMeta: PolicyMeta): boolean {
  return !oldMeta.inferred.includes(field) || !newMeta.inferred.includes(field);
}

/** No value: not written, or written empty (`heroSlogan: ''`, `sources: []`): a reader sees nothing either way. */
function blank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return (
    typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === 0
  );
}

function fieldChange(field: string, writtenOld: unknown, writtenNew: unknown): MetaChange | undefined {
  const oldValue = blank(writtenOld) ? undefined : writtenOld;
  const newValue = blank(writtenNew) ? undefined : writtenNew;
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

export function metaChanges(oldVersion: MetaSource, newVersion: MetaSource): MetaChange[] {
  const { meta: oldMeta } = oldVersion;
  const { meta: newMeta } = newVersion;
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
  // The procedure's fields, as written: which council consents (level), who keeps it current (owner) …
  for (const field of UNMODELLED_FIELDS) {
    record[field] = oldVersion.frontmatter?.data[field];
    other[field] = newVersion.frontmatter?.data[field];
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

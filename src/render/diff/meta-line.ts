// A frontmatter change in the reader's words, the same in every diff output (text, md, html, the board pack):
// "Niveau (bestuur of school): bestuur → school", an approval by the step its row records ("Instemming toegevoegd:
// 3 februari 2026, A. Jansen, Voorzitter GMR"), a field clausemark does not know by its own name.
import { approvalFieldsChanged } from '../../diff/meta.js';
import type { MetaChange } from '../../diff/types.js';
import type { EffectiveStatus } from '../../model/adoption.js';
import { isCalendarDate } from '../../model/dates.js';
import type { Approval } from '../../model/policy.js';
import { formatDate } from '../../text/format-date.js';
import { statusLabel, type FieldKey, type Labels } from '../../wording/labels.js';

/** A known field by its display name in the label file ("level" → "Niveau (bestuur of school)"); another as written. */
export function fieldName(labels: Labels, field: string): string {
  return Object.hasOwn(labels.fields, field) ? labels.fields[field as FieldKey] : field;
}

function isApproval(value: unknown): value is Approval {
  return typeof value === 'object' && value !== null && 'date' in value && 'name' in value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** A value as a reader reads it: a status by its name, a date as people write it, a mapping as `key: value` pairs. */
function shownValue(field: string, value: unknown, labels: Labels): string {
  if (value === undefined || value === null || value === '') return '—';
  if (field === 'status' && typeof value === 'string') return statusLabel(labels, value as EffectiveStatus);
  // Dates as people write them in the document's language ("1 augustus 2025"), never ISO.
  if (typeof value === 'string' && isCalendarDate(value)) return formatDate(value, labels.lang) ?? value;
  if (Array.isArray(value)) return value.map((item) => shownValue(field, item, labels)).join(', ');
  if (isPlainObject(value))
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${shownValue(key, item, labels)}`)
      .join('; ');
  // A number as it was written (a WrittenNumber's text), anything else as text.
  return String(value);
}

/** An approval row as the board pack's approval table reads it: "3 februari 2026, A. Jansen, Voorzitter GMR". */
function approvalText(approval: Approval, labels: Labels): string {
  const date = approval.date === '' ? '' : (formatDate(approval.date, labels.lang) ?? approval.date);
  return [date, approval.name, approval.role].filter((part) => part !== '').join(', ');
}

/** An approval by the step its row records (instemming, advies, vaststelling), else as a decision. */
function approvalLabel(approval: Approval, labels: Labels): string {
  const step = approval.step?.trim();
  return step ? `${step.charAt(0).toLocaleUpperCase(labels.lang)}${step.slice(1)}` : labels.fields.approvals;
}

/** What changed in a row of the same decision: "uitkomst: positief → negatief". */
function rowChanges(old: Approval, now: Approval, labels: Labels): string {
  return approvalFieldsChanged(old, now)
    .map((field) => {
      const show = (value: string | undefined): string => shownValue(field, value, labels);
      return `${labels.approvalFields[field]}: ${show(old[field])} → ${show(now[field])}`;
    })
    .join('; ');
}

/** One metadata change as a label and its value: every output (text, md, html, the board pack) says it so. */
export function metaParts(change: MetaChange, labels: Labels): { label: string; value: string } {
  const old = isApproval(change.old) ? change.old : undefined;
  const now = isApproval(change.new) ? change.new : undefined;
  const row = now ?? old;
  if (change.field === 'approvals' && row) {
    const kind = old && now ? 'modified' : now ? 'added' : 'removed';
    const detail = old && now ? ` (${rowChanges(old, now, labels)})` : '';
    return { label: approvalLabel(row, labels), value: `${labels.kinds[kind]}: ${approvalText(row, labels)}${detail}` };
  }
  return {
    label: fieldName(labels, change.field),
    value: `${shownValue(change.field, change.old, labels)} → ${shownValue(change.field, change.new, labels)}`,
  };
}

/** "Niveau (bestuur of school): bestuur → school"; an approval reads on ("Instemming toegevoegd: …"). */
export function metaLine(change: MetaChange, labels: Labels): string {
  const { label, value } = metaParts(change, labels);
  const reads = change.field === 'approvals' && (isApproval(change.new) || isApproval(change.old));
  return reads ? `${label} ${value}` : `${label}: ${value}`;
}

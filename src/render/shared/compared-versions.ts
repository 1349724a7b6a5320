// Which two versions a diff compares, as every diff output names them (text, md, html, the board pack, the Word
// revision): a file whose frontmatter gives no version number is "—", never a blank ("Versie vergeleken met versie").
import type { DocumentRef } from '../../diff/types.js';
import { fillLabel, type Labels } from '../../wording/labels.js';

/** A version as every output names it: its number, or "—" for a file that gives none (never a blank). */
export function shownVersion(version: string): string {
  return version === '' ? '—' : version;
}

/** "1.0 → 2.0" for a running header or a title; '' when neither version gives a number. */
export function versionsArrow(old: DocumentRef, now: DocumentRef): string {
  return old.version === '' && now.version === '' ? '' : `${shownVersion(old.version)} → ${shownVersion(now.version)}`;
}

/** "Versie 2.0 vergeleken met versie 1.0", "Versie — vergeleken met versie —" without version numbers. */
export function comparedText(labels: Labels, old: DocumentRef, now: DocumentRef): string {
  return fillLabel(labels.comparedTo, { old: shownVersion(old.version), new: shownVersion(now.version) });
}

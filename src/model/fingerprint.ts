// What an approval signs: everything a reader of the adopted document sees, not its formatting. Two schemes, told
// apart by the hash's prefix so an approval recorded by an older clausemark is still verified as it was made:
//   sha256:     (v1) section titles and clause texts with their IDs, whitespace normalised.
//   sha256-v2:  (v2, what `approve` writes) also the cover fields (title, organisation, version, effective date,
//               supersedes, editor), link and image targets, table cells, and the footnotes with where each is
//               referenced (src/model/reader-view.ts). A footnote or a link rewritten after adoption breaks it.
// Frontmatter that records the adoption itself (status, approvals) is excluded, so recording one does not change it.
import { createHash } from 'node:crypto';
import type { Policy } from './policy.js';
import { readerView } from './reader-view.js';
import { allClauses, allSections } from './walk.js';

export const normaliseText = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The v1 text: section titles and clause texts only. Kept to verify approvals recorded before v2. */
export function canonicalText(policy: Policy): string {
  const lines: string[] = [];
  const clausesBySection = new Map<string, string[]>();
  for (const { clause, section } of allClauses(policy)) {
    const list = clausesBySection.get(section.id) ?? [];
    list.push(`${clause.id}\t${normaliseText(clause.text)}`);
    clausesBySection.set(section.id, list);
  }
  for (const section of allSections(policy)) {
    if (section.title) lines.push(`#${section.id}\t${normaliseText(section.title)}`);
    lines.push(...(clausesBySection.get(section.id) ?? []));
  }
  return `${lines.join('\n')}\n`;
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

const V1 = 'sha256:';
const V2 = 'sha256-v2:';

/** The value `approve` stores in an approval's `hash` field (the current scheme, v2). */
export function approvalHash(policy: Policy): string {
  return `${V2}${sha256(readerView(policy))}`;
}

/** Whether a recorded hash is of the current scheme, the one kennisname's records name a text by. */
export const isCurrentScheme = (hash: string): boolean => hash.startsWith(V2);

function matchesReading(policy: Policy, hash: string): boolean {
  if (hash.startsWith(V2)) return approvalHash(policy) === hash;
  if (hash.startsWith(V1)) return `${V1}${sha256(canonicalText(policy))}` === hash;
  return false;
}

/**
 * The last day an approval may have been recorded on a reading of its text that is no longer given: until then the
 * fast path and remark could read a few constructs differently (src/parse/reference-reading.ts), and which one read
 * a file could flip with an unrelated edit elsewhere in it.
 */
export const READINGS_UNIFIED_ON = '2026-11-27';

type EarlierReadings = (policy: Policy) => readonly Policy[];
let earlierReadings: EarlierReadings | undefined;

/** How the parser gives a policy as it was read before READINGS_UNIFIED_ON (set by src/parse/legacy-readings.ts). */
export function acceptEarlierReadings(readings: EarlierReadings): void {
  earlierReadings = readings;
}

/**
 * Whether a recorded hash, of either scheme, is the hash of this policy's text; an unknown scheme never matches. An
 * approval recorded on or before READINGS_UNIFIED_ON (`recordedOn`, its date; none: taken as then) also matches the
 * text as it was read then, so an untouched file does not turn outdated because its reading was made the reference's.
 */
export function hashMatches(policy: Policy, hash: string, recordedOn?: string): boolean {
  if (matchesReading(policy, hash)) return true;
  if (!earlierReadings || (recordedOn !== undefined && recordedOn > READINGS_UNIFIED_ON)) return false;
  return earlierReadings(policy).some((reading) => matchesReading(reading, hash));
}

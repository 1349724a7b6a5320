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

/** Whether a recorded hash, of either scheme, is the hash of this policy's text; an unknown scheme never matches. */
export function hashMatches(policy: Policy, hash: string): boolean {
  if (hash.startsWith(V2)) return approvalHash(policy) === hash;
  if (hash.startsWith(V1)) return `${V1}${sha256(canonicalText(policy))}` === hash;
  return false;
}

// What an approval signs: the policy's words, not its formatting. Section titles and clause texts with their IDs,
// whitespace normalised; frontmatter is excluded so recording an approval does not change the hash.
import { createHash } from 'node:crypto';
import type { Policy } from './policy.js';
import { allClauses, allSections } from './walk.js';

export const normaliseText = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

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

/** The value stored in an approval's `hash` field. */
export function approvalHash(policy: Policy): string {
  return `sha256:${sha256(canonicalText(policy))}`;
}

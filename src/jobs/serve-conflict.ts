// What a second tab is shown when the policy it saves changed since it was read (`clausemark serve`, /werkplek/): the
// workplace remembers the few most recent texts its pages were made from (by the hash a form carries back), so a
// refused save shows, line by line, what the file said when that page was read and what it says now. A text this
// server never showed (the server restarted, or it is long gone from memory) has no difference to show: the refusal
// then says so and asks to open the policy again.
import { readFileSync } from 'node:fs';
import { diffArrays } from 'diff';

/** Lines that differ: as the page read them, and as they are now (either may be empty). */
export interface DifferenceHunk {
  before: string[];
  after: string[];
}

/** The texts remembered, by hash: a few pages' worth, the oldest forgotten first. */
const SEEN_LIMIT = 64;
const seen = new Map<string, string>();

/** Remembers the text a page was made from, under the hash its forms carry. */
export function rememberSeen(hash: string, bytes: Buffer): void {
  if (seen.has(hash)) seen.delete(hash);
  seen.set(hash, bytes.toString('utf8'));
  while (seen.size > SEEN_LIMIT) seen.delete(seen.keys().next().value as string);
}

/** At most this many hunks are shown: a file rewritten whole is told, not printed. */
const HUNK_LIMIT = 20;

/** The lines of `file` that differ from the text remembered under `base`; undefined when that text is not known. */
export function changedSince(file: string, base: string): DifferenceHunk[] | undefined {
  const before = seen.get(base);
  if (before === undefined) return undefined;
  const now = readFileSync(file, 'utf8');
  const hunks: DifferenceHunk[] = [];
  let open: DifferenceHunk | undefined;
  for (const part of diffArrays(before.split('\n'), now.split('\n'))) {
    if (!part.added && !part.removed) {
      open = undefined;
      continue;
    }
    if (!open) {
      open = { before: [], after: [] };
      hunks.push(open);
    }
    (part.added ? open.after : open.before).push(...part.value);
  }
  return hunks.slice(0, HUNK_LIMIT);
}

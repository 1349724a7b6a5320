// Which typed item markers the policy really holds as list structure, for the word account: a marker the reader took
// for a list number that cannot be one ("J." after "(b)") is a lost word, not a listed one (issue 25).
import type { Block } from './blocks.js';
import { canStartList, listMarker, ordinalOf } from './markers.js';

/** Each item's marker when it opens its level or follows the item before it at that level; others are left out. */
export function realMarkers(blocks: readonly Block[]): Map<Block, string> {
  const real = new Map<Block, string>();
  const lastAt = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'item' || !block.marker) continue;
    // "i." after "h." is a letter, as the reader read it; otherwise a Roman one.
    const alphaBefore = (letter: string): boolean =>
      lastAt.get(`${block.level}:${letter === letter.toLowerCase() ? 'alpha' : 'ALPHA'}`) ===
      letter.toLowerCase().charCodeAt(0) - 97;
    const marker = listMarker(`${block.marker} x`, { alphaBefore });
    if (!marker) {
      real.set(block, block.marker);
      continue;
    }
    const key = `${block.level}:${marker.kind}`;
    // One letter skipped ("k." after "i.") is the source's own gap, which numbering-check reports; still a list.
    const before = lastAt.get(key);
    const continues = before !== undefined && before < ordinalOf(marker) && ordinalOf(marker) <= before + 2;
    lastAt.set(key, ordinalOf(marker));
    if (canStartList(marker, continues)) real.set(block, block.marker);
  }
  return real;
}

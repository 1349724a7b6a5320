// Which typed item markers the policy really holds as list structure, for the word account: a marker the reader took
// for a list number that cannot be one ("J." after "(b)") is a lost word, not a listed one (issue 25).
import type { Block } from './blocks.js';
import { canStartList, listMarker, ordinalOf } from './markers.js';

/** Each item's marker when it opens its level or continues the item before it at that level; others are left out. */
export function realMarkers(blocks: readonly Block[]): Map<Block, string> {
  const real = new Map<Block, string>();
  const lastAt = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'item' || !block.marker) continue;
    const marker = listMarker(`${block.marker} x`);
    if (!marker) {
      real.set(block, block.marker);
      continue;
    }
    const key = `${block.level}:${marker.kind}`;
    const continues = lastAt.get(key) === ordinalOf(marker) - 1;
    lastAt.set(key, ordinalOf(marker));
    if (canStartList(marker, continues)) real.set(block, block.marker);
  }
  return real;
}

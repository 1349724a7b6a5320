// A list Word sets further in than the item before it, when it is another list (Word's "List Number 2" under "List
// Number", a numbered list made with Word's button under a clause whose "1.1" was typed), is that item's sub-list:
// Word shows it so by its indentation alone, since each list counts its own levels from 0. Read by level only, the
// sub-list's "1.", "2.", "3." stood beside the items and clauses as their siblings and the item after it printed
// "4." where Word showed "2." (issue 39 item 6).
import type { Block, ItemBlock } from '../blocks.js';

/** Further in than this (twips; a quarter of an inch is 360) is a sub-list, not the same level set a little off. */
const DEEPER = 180;

/** The list an item belongs to: Word's list definition, or its typed labels. */
const listOf = (item: ItemBlock): string => item.list ?? 'typed';

/** Nests, in place, each list set further in than the item before it one level under that item. */
export function nestByIndent(blocks: readonly Block[]): void {
  let previous: ItemBlock | undefined;
  /** Per list nested so, how many levels it moved down; dropped once an item of an outer list comes back. */
  const shifts = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind === 'dropped' || block.kind === 'footnote') continue;
    if (block.kind !== 'item') {
      previous = undefined;
      shifts.clear();
      continue;
    }
    const list = listOf(block);
    const shift = shifts.get(list);
    if (shift !== undefined) block.level += shift;
    else if (
      previous !== undefined &&
      list !== listOf(previous) &&
      block.indent !== undefined &&
      previous.indent !== undefined &&
      block.indent >= previous.indent + DEEPER &&
      block.level <= previous.level
    ) {
      const down = previous.level + 1 - block.level;
      shifts.set(list, down);
      block.level += down;
    } else shifts.clear();
    previous = block;
  }
}

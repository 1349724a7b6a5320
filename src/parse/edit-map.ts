// micromark applies a batch of edits to its list of events with EditMap.consume (micromark-util-edit-map 1.0.0),
// which copies the whole list out and back in, the part before the first edit too. Its document tokenizer does that
// each time a list item or block quote closes, moving a few exits near the end of the list, so a remark parse was
// quadratic in the events of the document: a 128 KB text of lists and quotes took 10 CPU seconds, 2 with the list
// kept up to the first edit (tests/parse/chunks-property.test.ts parses six such texts). consumeFromFirstEdit
// applies the same edits in the same order and leaves the events before the first edit where they are: the same
// list (tests/parse/edit-map.test.ts holds it to the library's consume). Installed once per process on the one
// EditMap class every micromark module imports.
import { EditMap } from 'micromark-util-edit-map';

type Event = Parameters<EditMap['consume']>[0][number];
type Consume = (this: EditMap, events: Event[]) => undefined;

const installed = EditMap.prototype.consume as Consume & { library?: Consume };

/** The library's own consume (kept when this module is evaluated again in the same process). */
export const libraryConsume: Consume = installed.library ?? installed;

/** EditMap.consume without copying the events before the first edit. */
export function consumeFromFirstEdit(this: EditMap, events: Event[]): undefined {
  const edits = this.map;
  edits.sort((a, b) => a[0] - b[0]);
  if (edits.length === 0) return;
  // From the last edit back: what follows each edit, then what it adds; the list is cut to the edit's place.
  const pieces: Event[][] = [];
  for (let index = edits.length - 1; index >= 0; index--) {
    const [at, remove, add] = edits[index] as (typeof edits)[number];
    pieces.push(events.slice(at + remove), add);
    events.length = at;
  }
  for (let index = pieces.length - 1; index >= 0; index--) {
    for (const event of pieces[index] as Event[]) events.push(event);
  }
  edits.length = 0;
  this.index.clear();
}

Object.assign(consumeFromFirstEdit, { library: libraryConsume });
EditMap.prototype.consume = consumeFromFirstEdit;

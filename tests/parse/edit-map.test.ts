// src/parse/edit-map.ts applies micromark's batched edits without copying the events before the first one: for any
// list and any edits micromark can make (adds, removes, both, several at one place, added after or before what is
// already there), the list comes out as the library's own consume makes it, the same events in the same order; and remark's trees
// of generated documents are the ones it builds with the library's consume.
import fc from 'fast-check';
import { EditMap } from 'micromark-util-edit-map';
import { describe, expect, it } from 'vitest';
import { consumeFromFirstEdit, libraryConsume } from '../../src/parse/edit-map.js';
import { parseMarkdown } from '../../src/parse/index.js';
import { lineSoup, policyDocument } from './fast-documents.js';

type Event = Parameters<EditMap['consume']>[0][number];

/** A stand-in event: consume only moves events, so any object tells where each one ended up. */
const event = (name: string): Event => [name, {}, {}] as unknown as Event;

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 4 }),
  add: fc.nat({ max: 3 }),
  before: fc.boolean(),
});

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** Makes the same edits in a fresh map (at clamped to the list) and applies them with `consume`. */
function applied(length: number, edits: readonly Edit[], consume: typeof libraryConsume) {
  const events = Array.from({ length }, (_, index) => event(`e${index}`));
  const map = new EditMap();
  for (const [index, { at, remove, add, before }] of edits.entries()) {
    const added = Array.from({ length: add }, (_, position) => event(`a${index}.${position}`));
    if (before) map.addBefore(at % (length + 1), remove, added);
    else map.add(at % (length + 1), remove, added);
  }
  consume.call(map, events);
  return { events, leftover: map.map.length + map.index.size };
}

describe('micromark edit map (src/parse/edit-map.ts)', () => {
  it('is installed on the EditMap every micromark module uses, in place of the library’s consume', () => {
    expect(EditMap.prototype.consume).toBe(consumeFromFirstEdit);
    expect(libraryConsume).not.toBe(consumeFromFirstEdit);
    // A copy of the package of its own under micromark would leave its parse on the library's consume: count the calls
    // a parse with closing list items and quotes makes on this class.
    let calls = 0;
    EditMap.prototype.consume = function (this: EditMap, events) {
      calls++;
      return consumeFromFirstEdit.call(this, events);
    };
    try {
      parseMarkdown('- een\n- twee\n\n> drie\n\nvier\n', 'remark');
    } finally {
      EditMap.prototype.consume = consumeFromFirstEdit;
    }
    expect(calls).toBeGreaterThan(0);
  });

  it('gives the list the library’s consume gives, and empties the map', () => {
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.array(edit, { maxLength: 8 }), (length, edits) => {
        const ours = applied(length, edits, consumeFromFirstEdit);
        const library = applied(length, edits, libraryConsume);
        expect(ours.events.map((item) => item[0])).toEqual(library.events.map((item) => item[0]));
        expect(ours.leftover).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves remark’s tree of generated documents (lists and quotes in containers) as the library’s consume makes it', () => {
    const withLibrary = (text: string) => {
      EditMap.prototype.consume = libraryConsume;
      try {
        return parseMarkdown(text, 'remark');
      } finally {
        EditMap.prototype.consume = consumeFromFirstEdit;
      }
    };
    fc.assert(
      fc.property(fc.oneof(policyDocument, lineSoup), (text) => {
        expect(parseMarkdown(text, 'remark')).toEqual(withLibrary(text));
      }),
      { numRuns: 15 },
    );
  });
});

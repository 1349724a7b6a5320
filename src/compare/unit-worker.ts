// The helper thread's side of unit-threads.ts: it keeps the documents it was last sent and builds their indexes once
// the matrix it is sent next is done (or when the searches come), when it would otherwise wait; then it answers the
// batch of searches in order, all in one message, and only then marks the batch answered, so the answer is there to be
// read when the other thread wakes. A comparison sends one batch: the documents and their indexes (tens of MB for two
// versions of a law) are let go once it is answered, not kept while the comparison is written out.
import { UnitSearch } from './unit-search.js';
import type { UnitAnswer, UnitMessage } from './unit-threads.js';
import { type PackedDocument, packFound, unpackDocuments, unpackTasks } from './unit-transfer.js';

let pending: PackedDocument[] | undefined;
let search: UnitSearch | undefined;

/** Builds the indexes of the documents last sent, if that is not done yet. */
export function prepareUnits(): void {
  if (!pending) return;
  search = new UnitSearch(unpackDocuments(pending));
  pending = undefined;
  try {
    search.prepare();
  } catch {
    // A search builds what it needs when asked; it fails then, and says so.
  }
}

export function answerUnits(message: UnitMessage): void {
  if ('unitDocuments' in message) {
    pending = message.unitDocuments;
    search = undefined;
    return;
  }
  const { unitTasks, control, port } = message;
  try {
    prepareUnits();
    const tasks = unpackTasks(unitTasks);
    const found = packFound(tasks.map((task) => (search as UnitSearch).found(task)));
    search = undefined;
    port.postMessage({ found } satisfies UnitAnswer, [found.at.buffer, found.score.buffer] as ArrayBuffer[]);
  } catch {
    port.postMessage({ failed: true } satisfies UnitAnswer);
  } finally {
    port.close();
    Atomics.store(control, 0, 1);
    Atomics.notify(control, 0);
  }
}

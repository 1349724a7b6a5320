// Unit links' searches (unit-search.ts) on the helper thread of the score matrix (score-threads.ts), where a
// comparison has one: it is idle once the matrices are done. The documents go to it once they are prepared, and it
// builds their indexes once its matrix is done, while this thread splits; the searches pass one's provisions call for
// follow (those of the final provisions are among them: groups only grow), answered while this thread runs passes two
// and three. This thread takes the answers synchronously (Atomics.wait, receiveMessageOnPort), so unitLinks stays a
// plain function. A search depends only on the documents, so its answer is the same bit for bit in either thread;
// what the helper was not asked, or did not answer in time, or failed, is searched here.
import { MessageChannel, type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import type { AlignDocument } from './documents.js';
import { HELPER_PATIENCE_MS, runningHelper } from './score-threads.js';
import { localSearcher, type UnitSearcher } from './unit-links.js';
import type { UnitFound, UnitTask } from './unit-search.js';
import {
  documentBuffers,
  type PackedDocument,
  type PackedFound,
  packDocuments,
  packTasks,
  unpackFound,
} from './unit-transfer.js';

/** What this thread sends the helper: the documents (first), then each batch of searches with where to answer. */
export type UnitMessage =
  | { unitDocuments: PackedDocument[] }
  | { unitTasks: Int32Array; control: Int32Array; port: MessagePort };

/** What the helper answers a batch: every search's result, or that it failed (this thread searches then). */
export type UnitAnswer = { found: PackedFound } | { failed: true };

const keyOf = (task: UnitTask): string => `${task.from}:${task.to}:${task.clause}`;

/** A batch sent ahead: its tasks, where the answer comes, and the flag the helper sets once it is there. */
interface Batch {
  tasks: readonly UnitTask[];
  control: Int32Array;
  port: MessagePort;
}

/** The helper's answers to a batch, by task (none when it failed or did not answer in time). */
function answersOf(batch: Batch): Map<string, UnitFound | undefined> {
  Atomics.wait(batch.control, 0, 0, HELPER_PATIENCE_MS);
  const answer =
    Atomics.load(batch.control, 0) === 1 ? (receiveMessageOnPort(batch.port)?.message as UnitAnswer) : undefined;
  batch.port.close();
  const answers = new Map<string, UnitFound | undefined>();
  if (answer && 'found' in answer)
    unpackFound(answer.found).forEach((found, k) => answers.set(keyOf(batch.tasks[k] as UnitTask), found));
  return answers;
}

/** The searcher for unitLinks: the helper's when one is running (the documents sent to it now), else this thread's. */
export function unitSearcherFor(documents: readonly AlignDocument[]): UnitSearcher {
  const local = localSearcher(documents);
  const worker = runningHelper();
  if (!worker) return local;
  const packed = packDocuments(documents);
  worker.postMessage({ unitDocuments: packed } satisfies UnitMessage, documentBuffers(packed));
  let batch: Batch | undefined;
  return {
    ahead: (likely) => {
      const tasks = batch ? [] : likely();
      if (tasks.length === 0) return;
      const control = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ unitTasks: packTasks(tasks), control, port: port2 } satisfies UnitMessage, [port2]);
      batch = { tasks, control, port: port1 };
    },
    found: (tasks) => {
      const answers = batch ? answersOf(batch) : new Map<string, UnitFound | undefined>();
      batch = undefined;
      const missing = tasks.filter((task) => !answers.has(keyOf(task)));
      const searched = local.found(missing);
      missing.forEach((task, k) => answers.set(keyOf(task), searched[k]));
      return tasks.map((task) => answers.get(keyOf(task)));
    },
  };
}

// The rows of a large score matrix over two threads: this one and a helper (score-worker.ts) take chunks of left
// clauses from one shared counter until none is left, so the faster thread does more, and a helper that starts late
// or not at all only leaves more to this one. A row depends only on its own clause (score-rows.ts), so the matrix is
// the same byte for byte whichever thread computed which row. This thread waits for the helper synchronously
// (Atomics.wait, receiveMessageOnPort), so alignment stays a plain function. The helper needs the compiled
// JavaScript: under a TypeScript test runner, and on one core, every row is computed here.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { Policy } from '../../model/policy.js';
import { allClauses } from '../../model/walk.js';
import type { Meanwhile } from './meanwhile.js';
import { type Row, type RowPlan, RowScorer } from './score-rows.js';
import { packPlan, type PackedRows, planBuffers, unpackRows } from './score-transfer.js';

/** Left clauses per chunk: a few milliseconds of work, so the two threads finish close together. */
export const CHUNK_CLAUSES = 32;

/**
 * Fewer distinct left units (clauses and parts; a repeated one is scored once) than this are scored in this thread
 * alone. The helper's start, its code and its second warm-up of that code cost 0.1–0.5 s of CPU more (the bench's
 * compare inputs at 16×, 4,000 distinct units at most, at load 12), which only a much larger matrix repays in time
 * waited; Boek 2 BW has 7,555.
 */
export const THREADED_MIN_UNITS = 5000;

/**
 * How long this thread waits for a helper that finishes no chunk before it computes the helper's chunks itself (the
 * helper's late rows are then left unread): a chunk takes milliseconds even on a busy machine.
 */
const HELPER_PATIENCE_MS = 5000;

/** What this thread tells the helper: the plan, and [next chunk to take, chunks done] shared by both threads. */
export interface ScoreTask {
  plan: import('./score-transfer.js').PackedPlan;
  control: Int32Array;
  port: MessagePort;
}

/** What the helper answers per chunk: its rows, or that it failed (this thread computes them). */
export type ChunkAnswer = { rows: PackedRows } | { failed: number };

// The bundle writes the helper to dist/compare/score-worker.js and this module to a chunk one folder below dist/;
// tsc's copy of this module (dist/compare/scores/, which the compiled tests load) sits one folder below the helper.
const WORKER_SCRIPT = ['../compare/score-worker.js', '../score-worker.js']
  .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
  .find((path) => existsSync(path));
const RUNNING_COMPILED = import.meta.url.endsWith('.js');

/** The helper thread, started on first need and kept for the next matrix; null once it cannot be had. */
let helper: Worker | null | undefined;

function helperThread(): Worker | undefined {
  if (helper === undefined) {
    if (!RUNNING_COMPILED || WORKER_SCRIPT === undefined || availableParallelism() < 2) helper = null;
    else {
      const started = new Worker(WORKER_SCRIPT);
      // Idle between matrices, it must not keep the command running.
      started.unref();
      started.on('error', () => {
        helper = null;
      });
      helper = started;
    }
  }
  return helper ?? undefined;
}

/**
 * Two documents with at least this many characters of distinct clause text each start the helper as the comparison
 * begins, so that loading its code overlaps preparing the documents instead of delaying the rows. A guess at
 * THREADED_MIN_UNITS from the text alone: Boek 2 BW has ~665,000 such characters a version (7,555 distinct left
 * units), the bench's largest generated inputs ~230,000 at most (4,000 units, one thread). Whether the rows go over
 * two threads is still decided by the units themselves, so a wrong guess only costs the helper's start (or its head
 * start), never a different result.
 */
export const EARLY_START_CHARACTERS = 400_000;

function distinctCharacters(policy: Policy): number {
  const texts = new Set(allClauses(policy).map(({ clause }) => clause.text));
  let characters = 0;
  for (const text of texts) characters += text.length;
  return characters;
}

/** Whether two of `policies` are large enough that their matrix will likely go over two threads. */
export function helperLikelyFor(policies: readonly Policy[]): boolean {
  return policies.filter((policy) => distinctCharacters(policy) >= EARLY_START_CHARACTERS).length >= 2;
}

/** Starts the helper now when helperLikelyFor(policies). */
export function startHelperFor(policies: readonly Policy[]): void {
  if (helperLikelyFor(policies)) helperThread();
}

function distinctUnits(plan: RowPlan): number {
  const seen = new Set<number>();
  for (const groups of plan.groupsOfClause) for (const group of groups) seen.add(group);
  return seen.size;
}

/**
 * Every left clause's row (NO_ROW where it is not computed). With the helper at work, this thread first does the
 * work `meanwhile` holds, while the helper takes the rows.
 */
export function scoreRows(plan: RowPlan, meanwhile?: Meanwhile): Row[] {
  const worker = distinctUnits(plan) >= THREADED_MIN_UNITS ? helperThread() : undefined;
  // The helper has its plan before this thread indexes the right side for its own rows, so both index at once.
  const sent = worker ? sendPlan(plan, worker) : undefined;
  if (sent) meanwhile?.run();
  const scorer = new RowScorer(plan);
  const rows: (Row | undefined)[] = sent ? rowsWithHelper(plan, scorer, sent) : [];
  return plan.computed.map((_, clause) => rows[clause] ?? scorer.row(clause));
}

/** The plan as sent to the helper: the shared counters, and the port its answers come back on. */
interface SentPlan {
  control: Int32Array;
  port: MessagePort;
}

function sendPlan(plan: RowPlan, worker: Worker): SentPlan {
  const control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const packed = packPlan(plan);
  worker.postMessage({ plan: packed, control, port: port2 } satisfies ScoreTask, [port2, ...planBuffers(packed)]);
  return { control, port: port1 };
}

/** The rows this thread and the helper computed (a chunk the helper failed or never finished is left undefined). */
function rowsWithHelper(plan: RowPlan, scorer: RowScorer, { control, port: port1 }: SentPlan): (Row | undefined)[] {
  const clauses = plan.computed.length;
  const chunks = Math.ceil(clauses / CHUNK_CLAUSES);
  const rows: (Row | undefined)[] = new Array(clauses);
  for (let chunk = Atomics.add(control, 0, 1); chunk < chunks; chunk = Atomics.add(control, 0, 1)) {
    const end = Math.min(clauses, (chunk + 1) * CHUNK_CLAUSES);
    for (let clause = chunk * CHUNK_CLAUSES; clause < end; clause++) rows[clause] = scorer.row(clause);
    Atomics.add(control, 1, 1);
  }
  for (let done = Atomics.load(control, 1); done < chunks; done = Atomics.load(control, 1)) {
    if (Atomics.wait(control, 1, done, HELPER_PATIENCE_MS) === 'timed-out' && Atomics.load(control, 1) === done) {
      // The helper takes no more chunks; what it has not answered is computed here.
      Atomics.store(control, 0, chunks);
      break;
    }
  }
  for (let answer = receiveMessageOnPort(port1); answer; answer = receiveMessageOnPort(port1)) {
    const message = answer.message as ChunkAnswer;
    if ('rows' in message) unpackRows(message.rows, rows);
  }
  port1.close();
  return rows;
}

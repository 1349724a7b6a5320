// The helper thread of score-threads.ts: for each matrix it is sent, it takes chunks of left clauses from the shared
// counter until none is left and answers each chunk's rows (or that it failed, so the other thread computes them),
// then counts the chunk done, in that order: once every chunk is counted, every answer is there to be read.
import { parentPort } from 'node:worker_threads';
import { RowScorer } from './score-rows.js';
import { CHUNK_CLAUSES, type ChunkAnswer, type ScoreTask } from './score-threads.js';
import { packRows, rowBuffers, unpackPlan } from './score-transfer.js';

parentPort?.on('message', ({ plan: packed, control, port }: ScoreTask) => {
  const plan = unpackPlan(packed);
  const scorer = new RowScorer(plan);
  const clauses = plan.computed.length;
  const chunks = Math.ceil(clauses / CHUNK_CLAUSES);
  for (let chunk = Atomics.add(control, 0, 1); chunk < chunks; chunk = Atomics.add(control, 0, 1)) {
    const first = chunk * CHUNK_CLAUSES;
    try {
      const rows = [];
      for (let clause = first; clause < Math.min(clauses, first + CHUNK_CLAUSES); clause++)
        rows.push(scorer.row(clause));
      const answer: ChunkAnswer = { rows: packRows(first, rows) };
      port.postMessage(answer, rowBuffers(answer.rows));
    } catch {
      port.postMessage({ failed: chunk } satisfies ChunkAnswer);
    } finally {
      Atomics.add(control, 1, 1);
      Atomics.notify(control, 1);
    }
  }
  port.close();
});

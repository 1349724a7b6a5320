// The helper thread of a large comparison (src/compare/scores/score-worker.ts, as bundled into dist/compare/score-worker.js):
// left alone with a matrix, it takes every chunk, answers each with its rows, and counts them all done; its rows are
// those this thread computes, bit for bit. And the compiled score matrix, which splits a large matrix's rows between
// this thread and the helper, equals the one computed in one thread.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { MessageChannel, Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { AlignDocument } from '../../../src/compare/terms/documents.js';
import { rowPlan, ScoreMatrix } from '../../../src/compare/scores/score.js';
import { type Row, RowScorer } from '../../../src/compare/scores/score-rows.js';
import { CHUNK_CLAUSES, type ChunkAnswer, THREADED_MIN_UNITS } from '../../../src/compare/scores/score-threads.js';
import { packPlan, unpackRows } from '../../../src/compare/scores/score-transfer.js';
import { assertCliLane } from '../../support/cli.js';
import { seedPair, verbApartPair } from '../fixtures.js';
import { PROJECT_ROOT } from '../../support/paths.js';

assertCliLane();
const worker = new Worker(join(PROJECT_ROOT, 'dist', 'compare', 'score-worker.js'));
afterAll(() => worker.terminate());

let large: [AlignDocument, AlignDocument] | undefined;

/**
 * Distinct rules, more of them than THREADED_MIN_UNITS, so the compiled matrix splits its rows with the helper: made
 * once for the file (about 0.8 CPU seconds), on first use so each test runs alone. A score matrix only reads its
 * documents (src/compare/scores/score.ts, rowPlan), so the second test is given the pair as the first was.
 */
function largePair(): [AlignDocument, AlignDocument] {
  large ??= verbApartPair(THREADED_MIN_UNITS + 200);
  return large;
}

/** A row's numbers as bytes, as they crossed the thread. */
function bytesOf(row: Row): Buffer[] {
  return [row.columns, row.score, row.whole].map((array) =>
    Buffer.from(array.buffer, array.byteOffset, array.byteLength),
  );
}

describe('the score helper thread (compiled)', () => {
  it('answers every chunk of a matrix it has to itself with the rows of this thread', async () => {
    const [left, right] = seedPair('aloysius', 'flex-college');
    const plan = rowPlan(left, right);
    const chunks = Math.ceil(left.clauses.length / CHUNK_CLAUSES);
    expect(chunks).toBeGreaterThan(1);
    const control = new Int32Array(new SharedArrayBuffer(8));
    const { port1, port2 } = new MessageChannel();
    const answers: ChunkAnswer[] = [];
    port1.on('message', (answer: ChunkAnswer) => answers.push(answer));
    // The helper closes its end once it has taken the last chunk, after every answer.
    const closed = new Promise((resolve) => port1.once('close', resolve));
    worker.postMessage({ plan: packPlan(plan), control, port: port2 }, [port2]);
    await closed;
    expect(Atomics.load(control, 1)).toBe(chunks);
    expect(answers).toHaveLength(chunks);
    const rows: (Row | undefined)[] = [];
    for (const answer of answers) if ('rows' in answer) unpackRows(answer.rows, rows);
    const scorer = new RowScorer(plan);
    const here = left.clauses.map((_, clause) => bytesOf(scorer.row(clause)));
    expect(rows.map((row) => bytesOf(row as Row))).toEqual(here);
  });

  it('scores a matrix large enough for the helper as one thread does', async () => {
    const count = THREADED_MIN_UNITS + 200;
    const [left, right] = largePair();
    const compiled = (await import(
      pathToFileURL(join(PROJECT_ROOT, 'dist', 'compare', 'scores', 'score.js')).href
    )) as {
      ScoreMatrix: typeof ScoreMatrix;
    };
    const cells = (matrix: ScoreMatrix): number[][] =>
      left.clauses.map((_, clause) =>
        matrix
          .rowCandidates(clause)
          .flatMap((column) => [column, matrix.at(clause, column), matrix.wholeAt(clause, column)]),
      );
    const alone = cells(new ScoreMatrix(left, right));
    expect(alone.filter((row) => row.length > 0).length).toBe(count);
    // Node's strict deep equality (Object.is on each number) first, vitest's report only where it finds a difference:
    // toEqual over the 5,200 rows' cells was about half a CPU second.
    const threaded = cells(new compiled.ScoreMatrix(left, right));
    if (!isDeepStrictEqual(threaded, alone)) expect(threaded).toEqual(alone);
  });

  it('does the work it is given meanwhile while the helper takes rows, and only then', async () => {
    const load = async <T>(file: string): Promise<T> =>
      (await import(pathToFileURL(join(PROJECT_ROOT, 'dist', 'compare', 'scores', file)).href)) as T;
    const { ScoreMatrix: Compiled } = await load<{ ScoreMatrix: typeof ScoreMatrix }>('score.js');
    const { Meanwhile } = await load<{
      Meanwhile: typeof import('../../../src/compare/scores/meanwhile.js').Meanwhile;
    }>('meanwhile.js');
    const madeIn = (pair: [AlignDocument, AlignDocument]): boolean => {
      const meanwhile = new Meanwhile();
      let made = false;
      meanwhile.later(() => {
        made = true;
      });
      new Compiled(pair[0], pair[1], 'terms', undefined, { meanwhile });
      return made;
    };
    expect(madeIn(largePair())).toBe(true);
    // A matrix this thread computes alone leaves the work to be done where it is used.
    expect(madeIn(seedPair('aloysius', 'flex-college'))).toBe(false);
  });
});

// The helper thread of a large comparison (src/compare/score-worker.ts, as bundled into dist/compare/score-worker.js):
// left alone with a matrix, it takes every chunk, answers each with its rows, and counts them all done; its rows are
// those this thread computes, bit for bit. And the compiled score matrix, which splits a large matrix's rows between
// this thread and the helper, equals the one computed in one thread; and so do documents prepared while the helper
// makes some of their clause words (src/compare/words-threads.ts).
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { type PreparedSet, prepareDocuments } from '../../src/compare/documents.js';
import { rowPlan, ScoreMatrix } from '../../src/compare/score.js';
import { type Row, RowScorer } from '../../src/compare/score-rows.js';
import {
  CHUNK_CLAUSES,
  type ChunkAnswer,
  EARLY_START_CHARACTERS,
  THREADED_MIN_UNITS,
} from '../../src/compare/score-threads.js';
import { packPlan, unpackRows } from '../../src/compare/score-transfer.js';
import { assertCliLane } from '../support/cli.js';
import { orgPolicy, seedPair, verbApartPair, verbApartRules } from './fixtures.js';
import { PROJECT_ROOT } from '../support/paths.js';

assertCliLane();
const worker = new Worker(join(PROJECT_ROOT, 'dist', 'compare', 'score-worker.js'));
afterAll(() => worker.terminate());

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
    // Distinct rules, more of them than THREADED_MIN_UNITS, so the compiled matrix splits its rows with the helper.
    const count = THREADED_MIN_UNITS + 200;
    const [left, right] = verbApartPair(count);
    const compiled = (await import(pathToFileURL(join(PROJECT_ROOT, 'dist', 'compare', 'score.js')).href)) as {
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
    expect(cells(new compiled.ScoreMatrix(left, right))).toEqual(alone);
  });

  it('prepares two large documents while the helper makes some of their words as one thread does', async () => {
    // Rules of three sentences, more distinct text than EARLY_START_CHARACTERS a side, so the helper starts early
    // (the same in both: each text is prepared once).
    const rules = verbApartRules(Math.ceil(EARLY_START_CHARACTERS / 240) + 1, 0).map((rule, index) =>
      `${rule} De mentor bespreekt het, zo nodig, met de ouders van leerling ${index}. ${rule}`.repeat(2),
    );
    const policies = [
      orgPolicy('noord', 'School Noord', [{ title: 'Regels', clauses: rules }]),
      orgPolicy('zuid', 'School Zuid', [{ title: 'Regels', clauses: rules }]),
    ];
    const compiled = (name: string) => import(pathToFileURL(join(PROJECT_ROOT, 'dist', 'compare', name)).href);
    const threads = (await compiled('score-threads.js')) as typeof import('../../src/compare/score-threads.js');
    const documents = (await compiled('documents.js')) as typeof import('../../src/compare/documents.js');
    expect(threads.helperLikelyFor(policies)).toBe(true);
    threads.startHelperFor(policies);
    const helper = threads.runningHelper();
    if (!helper) throw new Error('the helper thread did not start');
    // A task of no texts, answered once the helper's code has loaded: from then on it takes chunks as they come.
    const control = new Int32Array(new SharedArrayBuffer(8));
    const { port1, port2 } = new MessageChannel();
    helper.postMessage({ texts: [], mask: { byFirstWord: new Map() }, control, port: port2 }, [port2]);
    await once(port1, 'close');
    const clauses = ({ documents: prepared }: PreparedSet) =>
      prepared.flatMap((document) =>
        document.clauses.map((clause) => ({
          words: clause.words,
          counts: [...clause.counts],
          vector: clause.vector,
          parts: clause.parts,
          units: clause.units.map((unit) => ({ ...unit, contentTerms: [...unit.contentTerms] })),
          contentTerms: [...clause.contentTerms],
        })),
      );
    expect(clauses(documents.prepareDocuments(policies))).toEqual(clauses(prepareDocuments(policies)));
  });
});

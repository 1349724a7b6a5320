// Unit links' searches on the helper thread (src/compare/unit-threads.ts, unit-worker.ts, as bundled into
// dist/compare/score-worker.js): sent the documents and a batch of searches, the helper answers each as this thread
// does, score for score; and the compiled searcher, once a large matrix has started the helper, answers what it sent
// ahead and what it did not (searched here) as a search in this thread does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { type AlignDocument, prepareDocuments } from '../../src/compare/documents.js';
import type { ScoreMatrix } from '../../src/compare/score.js';
import { THREADED_MIN_UNITS } from '../../src/compare/score-threads.js';
import { type UnitFound, UnitSearch, type UnitTask } from '../../src/compare/unit-search.js';
import type { UnitAnswer, unitSearcherFor } from '../../src/compare/unit-threads.js';
import { documentBuffers, packDocuments, packTasks, unpackFound } from '../../src/compare/unit-transfer.js';
import { parsePolicy } from '../../src/parse/index.js';
import { seedFiles } from '../../bench/corpus.js';
import { assertCliLane } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { verbApartPair } from './fixtures.js';

assertCliLane();
const worker = new Worker(join(PROJECT_ROOT, 'dist', 'compare', 'score-worker.js'));
afterAll(() => worker.terminate());

const { documents } = prepareDocuments(
  seedFiles().map((file) => parsePolicy(readFileSync(file, 'utf8'), { path: file }).policy),
);
/** Every clause of each seed searched for a unit of every other seed. */
const tasks: UnitTask[] = documents.flatMap((to, t) =>
  documents.flatMap((_, from) => (from === t ? [] : to.clauses.map((_, clause) => ({ from, to: t, clause })))),
);
const here = ((search: UnitSearch) => tasks.map((task) => search.found(task)))(new UnitSearch(documents));

const compiled = async <T>(file: string): Promise<T> =>
  (await import(pathToFileURL(join(PROJECT_ROOT, 'dist', 'compare', file)).href)) as T;

describe('unit links on the helper thread (compiled)', () => {
  it('answers a batch of searches as this thread does', () => {
    expect(here.filter(Boolean).length).toBeGreaterThan(0);
    const packed = packDocuments(documents);
    worker.postMessage({ unitDocuments: packed }, documentBuffers(packed));
    const control = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ unitTasks: packTasks(tasks), control, port: port2 }, [port2]);
    // As unit-threads.ts takes it: once the batch is marked answered, the answer is there to be read.
    expect(Atomics.wait(control, 0, 0, 60_000)).not.toBe('timed-out');
    const answer = receiveMessageOnPort(port1)?.message as UnitAnswer;
    port1.close();
    expect('found' in answer && unpackFound(answer.found)).toEqual(here);
  });

  it('answers, once a large matrix has started the helper, what it sent ahead and what it did not', async () => {
    const { ScoreMatrix: CompiledMatrix } = await compiled<{ ScoreMatrix: typeof ScoreMatrix }>('score.js');
    const { unitSearcherFor: compiledSearcher } = await compiled<{ unitSearcherFor: typeof unitSearcherFor }>(
      'unit-threads.js',
    );
    const { runningHelper } = await compiled<{ runningHelper: () => Worker | undefined }>('score-threads.js');
    const [left, right] = verbApartPair(THREADED_MIN_UNITS + 200);
    new CompiledMatrix(left, right);
    expect(runningHelper()).toBeDefined();
    const searcher = compiledSearcher(documents as AlignDocument[]);
    searcher.ahead(() => tasks.slice(0, tasks.length / 2));
    const found: (UnitFound | undefined)[] = searcher.found(tasks);
    expect(found).toEqual(here);
  });
});

// A build worker: receives file paths (with the batch's parse of each, src/build/read.ts, and what it read in git of
// an adoption without a hash), builds each with the options it was started with, answers per file (with
// what the incremental-build manifest records about it). Files come one or two ahead (src/build/batch.ts); they are
// built one after the other, in the order they came.
import { parentPort, workerData } from 'node:worker_threads';
import { setMessageLanguage } from '../io/messages.js';
import { serializeError, type WorkerAnswer, type WorkerData, type WorkerTask } from './batch.js';
import { reviveNumbers } from './cross-thread.js';
import { buildTracked } from './tracked.js';
import { takeGitAnswers } from '../procedure/adoption-git.js';

const { messageLanguage, ...options } = workerData as WorkerData;
setMessageLanguage(messageLanguage);
let chain: Promise<void> = Promise.resolve();

parentPort?.on('message', ({ file, read, numbers, git }: WorkerTask) => {
  // What the batch's thread read in git of its adoption without a hash: the cover asks it (adoption-git.ts).
  if (git) takeGitAnswers(file, git);
  chain = chain.then(async () => {
    let answer: WorkerAnswer;
    try {
      answer = {
        file,
        outcome: { ok: true, result: await buildTracked(file, options, read && reviveNumbers(read, numbers ?? [])) },
      };
    } catch (error) {
      answer = { file, outcome: { ok: false, error: serializeError(error) } };
    }
    parentPort?.postMessage(answer);
  });
});

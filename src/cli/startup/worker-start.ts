// How a build worker (src/build/batch.ts starts them, as dist/build/worker.js) begins in the bundle: as the
// command thread does (src/cli/startup/thread-start.ts), from V8's code cache of src/build/worker.ts's CommonJS bundle
// (code/build-worker.bin), else as ES modules. Compiling the renderer's modules was a tenth of a worker's CPU time
// for a two-policy build. A worker is ended (terminate) as soon as the batch has no file left for it, so it never
// sees its end: the code is kept once it has built its first file, just before it answers for it (which may be the
// answer that ends it). scripts/bundle.mjs makes this file dist/build/worker.js; tsc's dist/ runs
// src/build/worker.ts itself.
import { parentPort } from 'node:worker_threads';
import { codeCacheDir } from '../cache.js';
import { BUILD_WORKER_CACHE, bundledScript, startFromCodeCache } from './code-cache.js';

/** Calls `then` once, when the worker's first answer is about to be posted. */
function beforeFirstAnswer(then: () => void): void {
  const port = parentPort;
  if (!port) return;
  const post = port.postMessage.bind(port);
  port.postMessage = (...args: Parameters<typeof post>) => {
    port.postMessage = post;
    then();
    post(...args);
  };
}

const script =
  typeof CLAUSEMARK_WORKER_SCRIPT === 'string' && typeof CLAUSEMARK_WORKER_SCRIPT_SHA256 === 'string'
    ? bundledScript(CLAUSEMARK_WORKER_SCRIPT, CLAUSEMARK_WORKER_SCRIPT_SHA256)
    : undefined;
if (!startFromCodeCache(script, codeCacheDir(), BUILD_WORKER_CACHE, beforeFirstAnswer))
  await import('../../build/worker.js');

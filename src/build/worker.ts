// A build worker: receives file paths, builds each with the options it was started with, answers per file.
import { parentPort, workerData } from 'node:worker_threads';
import { buildPolicy, type BuildOptions } from './policy.js';
import { serializeError } from './batch.js';

const options = workerData as BuildOptions;

parentPort?.on('message', (file: string) => {
  buildPolicy(file, options).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: serializeError(error) }),
  );
});

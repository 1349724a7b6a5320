// Building many policies: in parallel over worker threads (one per core) when running compiled, in-process
// otherwise. One policy's failure does not stop the others; every failure is reported with its place.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { ClausemarkError, isClausemarkError, type ErrorPlace } from '../model/errors.js';
import { buildPolicy, type BuildOptions, type BuiltPolicy } from './policy.js';

export interface BuildFailure {
  file: string;
  error: ClausemarkError;
}

export interface BatchReport {
  built: BuiltPolicy[];
  failed: BuildFailure[];
  milliseconds: number;
}

export interface BatchOptions extends BuildOptions {
  /** Worker threads; 1 builds in this thread. Default: one per core. */
  jobs?: number;
  onProgress?: (file: string) => void;
}

/** What crosses the thread boundary: ClausemarkErrors as plain data, anything else as a bug report. */
export interface SerializedError {
  message: string;
  hint?: string;
  ruleId: string;
  place: ErrorPlace;
  internal: boolean;
}

export function serializeError(error: unknown): SerializedError {
  if (isClausemarkError(error)) {
    return { message: error.message, ruleId: error.ruleId, place: error.place, internal: false, ...(error.hint ? { hint: error.hint } : {}) };
  }
  return { message: error instanceof Error ? error.message : String(error), ruleId: 'internal-error', place: {}, internal: true };
}

function deserializeError(file: string, data: SerializedError): ClausemarkError {
  const place = Object.keys(data.place).length > 0 ? data.place : { file };
  const message = data.internal ? `internal error while building: ${data.message} (this is a bug in clausemark; please report it)` : data.message;
  return new ClausemarkError(message, { place, ruleId: data.ruleId, ...(data.hint ? { hint: data.hint } : {}) });
}

async function buildInProcess(files: readonly string[], options: BatchOptions, report: BatchReport): Promise<void> {
  for (const file of files) {
    try {
      report.built.push(await buildPolicy(file, options));
    } catch (error) {
      report.failed.push({ file, error: deserializeError(file, serializeError(error)) });
    }
    options.onProgress?.(file);
  }
}

/**
 * Worker threads need the compiled JavaScript; under a TypeScript test runner we build in-process instead.
 * The worker is dist/build/worker.js whether this code runs from tsc's dist/build/ or from a bundle chunk in
 * dist/chunks/ (scripts/bundle.mjs), hence the way round through `..`.
 */
const WORKER_SCRIPT = fileURLToPath(new URL('../build/worker.js', import.meta.url));
const RUNNING_COMPILED = import.meta.url.endsWith('.js');

async function buildInWorkers(files: readonly string[], options: BatchOptions, jobs: number, report: BatchReport): Promise<void> {
  const queue = [...files];
  const { onProgress, jobs: _jobs, ...buildOptions } = options;
  void _jobs;
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_SCRIPT, { workerData: buildOptions });
      let current: string | undefined;
      const next = (): void => {
        current = queue.shift();
        if (current === undefined) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage(current);
      };
      worker.on('message', (message: { ok: true; result: BuiltPolicy } | { ok: false; error: SerializedError }) => {
        const file = current ?? '';
        if (message.ok) report.built.push(message.result);
        else report.failed.push({ file, error: deserializeError(file, message.error) });
        onProgress?.(file);
        next();
      });
      worker.on('error', reject);
      next();
    });
  await Promise.all(Array.from({ length: jobs }, runWorker));
}

export async function buildBatch(files: readonly string[], options: BatchOptions): Promise<BatchReport> {
  const started = performance.now();
  const report: BatchReport = { built: [], failed: [], milliseconds: 0 };
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), files.length));
  if (jobs > 1 && RUNNING_COMPILED) await buildInWorkers(files, options, jobs, report);
  else await buildInProcess(files, options, report);
  // Report in the order the files were given, whatever order the workers finished in.
  const order = new Map(files.map((file, index) => [file, index]));
  report.built.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  report.failed.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  report.milliseconds = performance.now() - started;
  return report;
}

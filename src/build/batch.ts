// Building many policies: in parallel over worker threads (one per core) when running compiled, in-process
// otherwise; a worker is handed the batch's parse of its file and what this thread read in git of it. One policy's
// failure does not stop the others; every failure is reported with its place.
// With `incremental`, policies whose inputs are unchanged since the last build into the same folder are skipped
// (src/build/manifest.ts).
// This thread renders too, beside `jobs - 1` workers (a signal is answered by the binary's main thread,
// src/cli/startup/binary.ts, however long a policy renders here). This module loads the renderer (src/build/tracked.ts)
// only when it renders here itself: a run that builds nothing does not pay for it.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../model/diagnostics.js';
import { ClausemarkError, isClausemarkError } from '../model/errors.js';
import { type MessageLanguage, messageLanguage, worded } from '../io/messages.js';
import type { BuildOptions, BuiltPolicy } from './policy.js';
import { BuildManifest } from './manifest.js';
import { type FailedClaims, removeEntryOutputs } from './manifest-prune.js';
import { outputPath } from '../io/output-paths.js';
import type { TrackedBuild } from './tracked.js';
import { outputClashes, tryReading } from './clashes.js';
import type { PolicyRead } from './read.js';
import { type NumberPlace, numberPlaces } from './cross-thread.js';
import { type GitAnswers, gitAnswersOf } from '../procedure/adoption-git.js';

export interface BuildFailure {
  file: string;
  error: ClausemarkError;
}

export interface UpToDatePolicy {
  file: string;
  output: string;
}

export interface BatchReport {
  built: BuiltPolicy[];
  failed: BuildFailure[];
  /** Not built: unchanged since the last build into the same folder (only with `incremental`). */
  upToDate: UpToDatePolicy[];
  milliseconds: number;
  /**
   * Files beside the policies' own that could not be written (the manifest here; the HTML report in the build job):
   * reported with the policies' outcome, not instead of it, so a full disk still tells which PDFs were written.
   */
  unwritten?: ClausemarkError[];
  /**
   * The outputs of the build before of the policies whose file cannot be read now, removed from the output folder so
   * none stays as if current (src/build/manifest-prune.ts).
   */
  removed?: string[];
  /**
   * Of the policies that failed, the outputs each would write, or that it cannot be read far enough to name them: an
   * output of a policy whose file is gone that one of them would replace is kept (src/build/manifest-prune.ts).
   */
  claims?: FailedClaims;
}

export interface BatchOptions extends BuildOptions {
  /** Worker threads; 1 builds in this thread. Default: one per core. */
  jobs?: number;
  /** Keep out/.clausemark-manifest.json and skip policies whose inputs and PDF are unchanged. */
  incremental?: boolean;
  /** With `incremental`: build every policy all the same (and record them). */
  force?: boolean;
  onProgress?: (file: string) => void;
}

/**
 * What crosses the thread boundary: a ClausemarkError's finding as it is (plain data), anything else as a bug
 * report.
 */
export interface SerializedError {
  finding: Finding;
  internal: boolean;
}

export function serializeError(error: unknown): SerializedError {
  if (isClausemarkError(error)) return { finding: error.finding, internal: false };
  const message = error instanceof Error ? error.message : String(error);
  return { finding: { ruleId: 'internal-error', severity: 'error', fatal: true, message }, internal: true };
}

function deserializeError(file: string, { finding, internal }: SerializedError): ClausemarkError {
  const placed = finding.file !== undefined || finding.argument !== undefined || finding.place !== undefined;
  const words = internal
    ? worded({ messageId: 'internal-error.while-building', params: { message: finding.message } })
    : {};
  return ClausemarkError.of({ ...finding, ...words, ...(placed ? {} : { file }) });
}

/** Where finished builds go: the report, and the manifest when there is one. */
interface Collector {
  built(result: TrackedBuild): void;
  failed(file: string, error: SerializedError): void;
}

/** Each file to build, read and parsed once (src/build/read.ts); undefined when it cannot be (its build says why). */
type Reads = Map<string, PolicyRead | undefined>;

/** The file's parse, let go of by the batch once handed to its builder (a large corpus need not stay in memory). */
function take(reads: Reads, file: string): PolicyRead | undefined {
  const read = reads.get(file);
  reads.delete(file);
  return read;
}

/** What a worker is handed: a file and, when it could be read, the batch's parse of it (plain data). */
/** What a worker is started with: the build's options and the language its messages are worded in. */
export type WorkerData = BuildOptions & { messageLanguage: MessageLanguage };

export interface WorkerTask {
  file: string;
  read?: PolicyRead;
  /** Where `read` held WrittenNumbers, which the clone to the worker turns into plain objects (cross-thread.ts). */
  numbers?: NumberPlace[];
  /** What this thread read in git of the file's adoption without a hash (src/procedure/adoption-git.ts): not asked again. */
  git?: GitAnswers;
}

/** One turn of the event loop: Ctrl-C's handler and the workers' answers are seen between two builds here. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Builds files from `queue` in this thread until it is empty, each from the batch's reading of it. */
async function buildHere(
  queue: string[],
  reads: Reads,
  buildOptions: BuildOptions,
  collect: Collector,
  onProgress: BatchOptions['onProgress'],
): Promise<void> {
  const { buildTracked } = await import('./tracked.js');
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    try {
      collect.built(await buildTracked(file, buildOptions, take(reads, file)));
    } catch (error) {
      collect.failed(file, serializeError(error));
    }
    onProgress?.(file);
    // A build resolves its promises without returning to the event loop: without this turn a signal, or a worker
    // waiting for its next file, would be seen only when this thread has built everything.
    await nextTurn();
  }
}

/**
 * Worker threads need the compiled JavaScript; under a TypeScript test runner we build in-process instead.
 * The worker is dist/build/worker.js whether this code runs from tsc's dist/build/ or from a bundle chunk in
 * dist/chunks/ (scripts/bundle.mjs), hence the way round through `..`.
 */
const WORKER_SCRIPT = fileURLToPath(new URL('../build/worker.js', import.meta.url));
const RUNNING_COMPILED = import.meta.url.endsWith('.js');

/**
 * Files a worker holds at once: with two, its next file is there when it finishes one, even while this thread is
 * busy building (and so not answering); near the end of the queue one, so no worker hoards the last files.
 */
const prefetch = (remaining: number, jobs: number): number => (remaining >= 2 * jobs ? 2 : 1);

export interface WorkerAnswer {
  file: string;
  outcome: { ok: true; result: TrackedBuild } | { ok: false; error: SerializedError };
}

/**
 * `jobs` builders: `jobs - 1` worker threads, each of which loads and warms up the renderer, and this thread. On 2
 * cores this thread and one worker built 30 policies in a fifth less CPU time, and a third less wall time, than two workers with this thread idle, when this thread had loaded
 * the renderer before it began (measured); it now loads it only to build here.
 */
async function buildInWorkers(
  files: readonly string[],
  reads: Reads,
  options: BatchOptions,
  jobs: number,
  collect: Collector,
): Promise<void> {
  const queue = [...files];
  const { onProgress, jobs: _jobs, incremental: _incremental, force: _force, ...buildOptions } = options;
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_SCRIPT, {
        // The run's message language with them, so a worker words its errors as the run does.
        workerData: { ...buildOptions, messageLanguage: messageLanguage() } satisfies WorkerData,
      });
      let pending = 0;
      const fill = (): void => {
        while (queue.length > 0 && pending < prefetch(queue.length, jobs)) {
          pending++;
          const file = queue.shift() ?? '';
          const read = take(reads, file);
          const git = gitAnswersOf(file);
          const task: WorkerTask = {
            file,
            ...(read ? { read, numbers: numberPlaces(read) } : {}),
            ...(git ? { git } : {}),
          };
          worker.postMessage(task);
        }
        if (pending === 0) void worker.terminate().then(() => resolve());
      };
      worker.on('message', ({ file, outcome }: WorkerAnswer) => {
        pending--;
        if (outcome.ok) collect.built(outcome.result);
        else collect.failed(file, outcome.error);
        onProgress?.(file);
        fill();
      });
      worker.on('error', reject);
      fill();
    });
  // This thread's first file is taken before the workers are started and given theirs; the workers load while it
  // builds, and it goes on with the rest of the queue after.
  const first = queue.splice(0, 1);
  const workers = Array.from({ length: jobs - 1 }, runWorker);
  const here = buildHere(first, reads, buildOptions, collect, onProgress).then(() =>
    buildHere(queue, reads, buildOptions, collect, onProgress),
  );
  await Promise.all([here, ...workers]);
}

/** The files to build: those the manifest cannot prove unchanged (all with --force); the others are up to date. */
function staleFiles(
  files: readonly string[],
  manifest: BuildManifest | undefined,
  options: BatchOptions,
  report: BatchReport,
): string[] {
  const toBuild: string[] = [];
  for (const file of files) {
    const freshness = manifest && !options.force ? manifest.check(file) : undefined;
    if (freshness?.fresh) {
      report.upToDate.push({ file, output: freshness.output });
      options.onProgress?.(file);
    } else {
      toBuild.push(file);
    }
  }
  return toBuild;
}

/**
 * Two files that would write the same PDF: neither is built, and the summary counts neither (clashes.ts). Returns
 * the files still to build.
 */
function setClashesAside(
  toBuild: readonly string[],
  reads: Reads,
  options: BatchOptions,
  report: BatchReport,
): string[] {
  const clashes = outputClashes(toBuild, reads, report.upToDate, options.outDir, options.root);
  if (clashes.size === 0) return [...toBuild];
  for (const [file, error] of clashes) {
    report.failed.push({ file, error });
    if (toBuild.includes(file)) options.onProgress?.(file);
  }
  report.upToDate = report.upToDate.filter((entry) => !clashes.has(entry.file));
  return toBuild.filter((file) => !clashes.has(file));
}

/** The policies rendered, in worker threads or in this one, each told to `collect`. */
async function renderAll(toBuild: string[], reads: Reads, options: BatchOptions, collect: Collector): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), toBuild.length));
  const inWorkers = RUNNING_COMPILED && toBuild.length > 0 && jobs > 1;
  if (inWorkers) {
    await buildInWorkers(toBuild, reads, options, jobs, collect);
    return;
  }
  const { onProgress, jobs: _jobs, incremental: _incremental, force: _force, ...buildOptions } = options;
  await buildHere([...toBuild], reads, buildOptions, collect, onProgress);
}

/** The manifest saved when a build changed it; a failure to write it is reported, not thrown. */
function saveManifest(manifest: BuildManifest | undefined, report: BatchReport): void {
  // A no-change rebuild, or a failed first build, writes nothing at all.
  if (!manifest?.dirty) return;
  try {
    manifest.save();
  } catch (error) {
    // Thrown here it would lose the report of every policy built; the PDFs are written, only the record is not
    // (the next build then rebuilds what it cannot prove unchanged).
    if (!isClausemarkError(error)) throw error;
    report.unwritten = [error];
  }
}

/**
 * The outputs a policy would write, named from its parse (its organisation, id and version); undefined where it does
 * not read far enough to say (a fatal finding: its front matter may not be what it means).
 */
function namedOutputs(read: PolicyRead | undefined, options: BatchOptions): string[] | undefined {
  if (!read || read.parsed.findings.some((finding) => finding.fatal)) return undefined;
  const { policy } = read.parsed;
  return (options.formats ?? ['pdf']).map((format) => resolve(outputPath(options.outDir, policy, format)));
}

/** What the failed policies would write (namedOutputs), for the outputs of gone policies they would replace. */
function claimsOf(
  failed: readonly BuildFailure[],
  names: ReadonlyMap<string, string[] | undefined>,
  manifest: BuildManifest | undefined,
): FailedClaims | undefined {
  if (failed.length === 0) return undefined;
  const named = new Map<string, string>();
  const unread: string[] = [];
  for (const { file } of failed) {
    // One up to date that clashed: its outputs are those its entry records.
    const entry = names.has(file) ? undefined : manifest?.entry(file);
    const outputs = entry
      ? [entry.output, ...Object.keys(entry.also ?? {})].map((name) => resolve(manifest?.outDir ?? '', name))
      : names.get(file);
    if (outputs === undefined) unread.push(file);
    else for (const output of outputs) named.set(output, file);
  }
  return { named, unread };
}

export async function buildBatch(files: readonly string[], options: BatchOptions): Promise<BatchReport> {
  const started = performance.now();
  const report: BatchReport = { built: [], failed: [], upToDate: [], milliseconds: 0 };
  const manifest = options.incremental ? new BuildManifest(options.outDir, options) : undefined;
  const stale = staleFiles(files, manifest, options, report);
  // Each file to build is read and parsed once, here: the check below and the build itself share that parse.
  const reads: Reads = new Map(stale.map((file) => [file, tryReading(file, options.root)]));
  // Named before the reads are handed to their builders, for a failure's claim on a gone policy's outputs.
  const names = new Map(stale.map((file) => [file, namedOutputs(reads.get(file), options)]));
  const toBuild = setClashesAside(stale, reads, options, report);
  // Those that cannot be read (a file or front matter that does not read, fatal findings): known before the reads
  // are handed to their builders.
  const unreadable = new Set(
    toBuild.filter((file) => {
      const read = reads.get(file);
      return !read || read.parsed.findings.some((finding) => finding.fatal);
    }),
  );
  const collect: Collector = {
    built({ record, ...built }) {
      report.built.push(built);
      manifest?.record(built.file, record);
    },
    failed(file, error) {
      const failure = deserializeError(file, error);
      report.failed.push({ file, error: failure });
      // A policy whose file cannot be read now: its output of the build before is not that of its source, and goes
      // (files first, then the manifest, saved below). One that reads and fails to render keeps its earlier PDF.
      const entry = manifest?.entry(file);
      if (manifest && entry && unreadable.has(file))
        report.removed = [...(report.removed ?? []), ...removeEntryOutputs(options.outDir, entry)];
      manifest?.forget(file);
    },
  };
  await renderAll(toBuild, reads, options, collect);
  saveManifest(manifest, report);
  const claims = claimsOf(report.failed, names, manifest);
  if (claims) report.claims = claims;
  // Report in the order the files were given, whatever order the workers finished in.
  const order = new Map(files.map((file, index) => [file, index]));
  const byOrder = (a: { file: string }, b: { file: string }): number =>
    (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0);
  report.built.sort(byOrder);
  report.failed.sort(byOrder);
  report.milliseconds = performance.now() - started;
  return report;
}

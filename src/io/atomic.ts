// Every file clausemark writes goes through here: write a temp file beside the target, fsync, rename.
// A crash, an error or Ctrl-C therefore leaves either the old file or the new one, never half of one.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { getEnvironmentData, isMainThread, setEnvironmentData } from 'node:worker_threads';
import { ClausemarkError } from '../model/errors.js';

const pending = new Set<string>();
let cleanupInstalled = false;

// Ctrl-C during a build: the PDFs are written by worker threads, which get no signals and are killed wherever they
// are when the process exits, so a temp file could be left behind. Every thread's writer therefore counts itself in
// and out of a counter shared through memory, and the main thread's signal handler waits for the writes under way
// to finish (milliseconds) before it exits; a write that would start after the signal is not started at all.
const SHARED_KEY = 'clausemark:atomic-writes';
const STOPPING = 0;
const ACTIVE = 1;
const shared = sharedState();

function sharedState(): Int32Array {
  if (isMainThread) {
    const state = new Int32Array(new SharedArrayBuffer(8));
    // Every Worker started after this gets the same memory (environment data is handed to each new worker).
    setEnvironmentData(SHARED_KEY, state.buffer);
    process.on('SIGINT', () => interrupted('SIGINT', 130));
    process.on('SIGTERM', () => interrupted('SIGTERM', 143));
    return state;
  }
  const inherited = getEnvironmentData(SHARED_KEY);
  return new Int32Array(inherited instanceof SharedArrayBuffer ? inherited : new SharedArrayBuffer(8));
}

function interrupted(signal: string, exitCode: number): void {
  Atomics.store(shared, STOPPING, 1);
  const deadline = Date.now() + 10_000;
  for (let active = Atomics.load(shared, ACTIVE); active > 0 && Date.now() < deadline; active = Atomics.load(shared, ACTIVE)) {
    Atomics.wait(shared, ACTIVE, active, Math.max(1, deadline - Date.now()));
  }
  for (const temp of pending) rmSync(temp, { force: true });
  process.stderr.write(`\nclausemark: interrupted (${signal}): files already written are complete, the others are unchanged\n`);
  process.exit(exitCode);
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  // Remove temp files of writes cut short by the process ending; the targets are untouched.
  process.on('exit', () => {
    for (const temp of pending) rmSync(temp, { force: true });
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest ancestor of `dir` (or `dir` itself) that exists and is not a folder. */
function fileInTheWay(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    try {
      if (!statSync(at).isDirectory()) return at;
    } catch {
      // Missing or unreachable: keep climbing.
    }
    if (dirname(at) === at) return undefined;
  }
}

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  installCleanup();
  const dir = dirname(target);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR / EEXIST: somewhere on the way is a file where a folder should be; name it, the code alone says little.
    const blocker = code === 'ENOTDIR' || code === 'EEXIST' ? fileInTheWay(dir) : undefined;
    throw new ClausemarkError(blocker ? `cannot create the folder ${dir}: ${blocker} is a file, not a folder` : `cannot create the folder ${dir} (${code ?? 'error'})`, {
      place: { file: target },
      hint: blocker ? `choose another output folder (--out), or move the file ${blocker} out of the way` : 'choose an output folder you can write to (--out)',
      ruleId: 'unwritable-output',
    });
  }
  if (isDirectory(target)) {
    throw new ClausemarkError('is a folder, so the file cannot be written there', {
      place: { file: target },
      hint: 'name a file to write (--out), not a folder',
      ruleId: 'unwritable-output',
    });
  }
  Atomics.add(shared, ACTIVE, 1);
  try {
    // Checked after counting in: the signal handler either sees this write and waits for it, or it is not started.
    if (Atomics.load(shared, STOPPING) === 1) {
      throw new ClausemarkError('interrupted before the file was written; it is unchanged', { place: { file: target }, hint: 'run the command again', ruleId: 'interrupted' });
    }
    writeThroughTemp(dir, target, data);
  } finally {
    Atomics.sub(shared, ACTIVE, 1);
    Atomics.notify(shared, ACTIVE);
  }
}

function writeThroughTemp(dir: string, target: string, data: string | Uint8Array): void {
  const temp = join(dir, `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  pending.add(temp);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'w', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new ClausemarkError(`cannot write the file (${code ?? String(error)})`, {
      place: { file: target },
      hint: code === 'EACCES' || code === 'EROFS' ? 'choose an output folder you can write to (--out)' : 'check the path and free disk space',
      ruleId: 'unwritable-output',
    });
  } finally {
    pending.delete(temp);
  }
}

// Files a run creates and must remove however it ends: the lock files of src/io/lock.ts. The binary runs the command
// in a thread of its own (src/cli/startup/binary.ts) and ends the process from its main thread on Ctrl-C or SIGTERM, while
// the command thread may be holding a lock; that thread runs no more code then. So it tells the main thread each
// file it holds and lets go of, over a message port the main thread reads synchronously in its signal handler, and
// the handler removes what is still held. Outside the binary (a test, a program running the CLI) nothing is told.
import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import { readFileSync, rmSync } from 'node:fs';

interface HeldFileNote {
  held?: string;
  released?: string;
}

let reportTo: MessagePort | undefined;

/** In the command thread: tell `port` of every file held from now on. */
export function reportHeldFilesTo(port: MessagePort): void {
  reportTo = port;
}

/** The file (a lock) is created and held by this process; told before it is created, so it is never missed. */
export function holdingFile(path: string): void {
  reportTo?.postMessage({ held: path } satisfies HeldFileNote);
}

/** The file is no longer held (removed, or never created). */
export function releasedFile(path: string): void {
  reportTo?.postMessage({ released: path } satisfies HeldFileNote);
}

/**
 * In the main thread's signal handler: removes each file the command thread still holds, read from `port` as it
 * stands. Only a file that names this process (`owner`, its first word) is removed: a file told of just before it
 * was created may be another process's (the creation failed).
 */
export function removeHeldFiles(port: MessagePort, owner: string): void {
  const held = new Set<string>();
  for (let note = receiveMessageOnPort(port); note; note = receiveMessageOnPort(port)) {
    const { held: path, released } = note.message as HeldFileNote;
    if (path) held.add(path);
    if (released) held.delete(released);
  }
  for (const path of held) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    if (text.split(' ')[0] === owner) rmSync(path, { force: true });
  }
}

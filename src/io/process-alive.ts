// Whether the process that left a file behind (a lock, a temp file, a code cache's run marker) still runs.
import { readdirSync } from 'node:fs';

/** Whether a process with this id is running (signal 0 only asks; EPERM means it runs as someone else). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The names in `dir` of files left by processes that have ended: those `pidOf` reads a process id from, of a process
 * that is neither this one (its other threads) nor running. None when the folder cannot be read.
 */
export function leftByEndedProcesses(dir: string, pidOf: (name: string) => number | undefined): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const pid = pidOf(name);
    return pid !== undefined && pid !== process.pid && !isRunning(pid);
  });
}

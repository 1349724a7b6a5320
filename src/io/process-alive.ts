// Whether the process that left a file behind (a lock, a temp file, a code cache's run marker) still runs.
/** Whether a process with this id is running (signal 0 only asks; EPERM means it runs as someone else). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

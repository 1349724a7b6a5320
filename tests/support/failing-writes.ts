// node:fs with writeSync failing for chosen paths, as on a full disk: for tests that mock node:fs around the real
// functions (vi.mock's factory imports this), so the disk-full paths run without root or a small disk. Each open
// descriptor's path is remembered so a write can be told where it goes. Imports node:fs as a type only: the factory
// hands in the real module.
import type * as Fs from 'node:fs';

/** The real module with writeSync throwing the error `failure` gives for the path written to (none: it writes). */
export function withFailingWrites(
  actual: typeof Fs,
  failure: (path: string) => NodeJS.ErrnoException | undefined,
): typeof Fs {
  const paths = new Map<number, string>();
  const openSync = ((path: Parameters<typeof actual.openSync>[0], ...rest: unknown[]) => {
    const fd = (actual.openSync as (...args: unknown[]) => number)(path, ...rest);
    paths.set(fd, String(path));
    return fd;
  }) as typeof actual.openSync;
  const writeSync = ((fd: number, ...rest: unknown[]) => {
    const error = failure(paths.get(fd) ?? '');
    if (error) throw error;
    return (actual.writeSync as (...args: unknown[]) => number)(fd, ...rest);
  }) as typeof actual.writeSync;
  return { ...actual, openSync, writeSync, default: { ...actual, openSync, writeSync } } as typeof Fs;
}

/** An error as Node gives it for `code` (ENOSPC, EDQUOT …). */
export function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

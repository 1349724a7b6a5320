// When a conversion counts as crashed (tests/support/libreoffice.ts crashed): ended by a signal no timeout of ours
// sent, so convertToPdf and convertFiles make it once more by a soffice of their own; a timeout or a failing exit is
// reported as it is. Read from real processes: one that kills itself, one that outlives its timeout, one that fails.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { crashed } from './libreoffice.js';

const execFileAsync = promisify(execFile);

/** How an execFile call ended, as convertFiles reads it. */
async function execEnded(args: string[], timeout: number): Promise<{ signal: string | null; timedOut: boolean }> {
  try {
    await execFileAsync('sh', args, { timeout, killSignal: 'SIGKILL' });
    return { signal: null, timedOut: false };
  } catch (error) {
    const { signal = null, killed = false } = error as { signal?: string | null; killed?: boolean };
    return { signal, timedOut: killed };
  }
}

describe('a crashed conversion', () => {
  it('is one that ended by a signal of its own (spawnSync, as convertToPdf runs it)', () => {
    const result = spawnSync('sh', ['-c', 'kill -SEGV $$'], { timeout: 10_000 });
    expect(result.signal).toBe('SIGSEGV');
    expect(crashed({ signal: result.signal, timedOut: result.error !== undefined })).toBe(true);
  });

  it('is not one that outlived its timeout, nor one that failed with an exit code', () => {
    const slow = spawnSync('sh', ['-c', 'sleep 5'], { timeout: 100 });
    expect(slow.signal).not.toBeNull();
    expect(crashed({ signal: slow.signal, timedOut: slow.error !== undefined })).toBe(false);
    const failing = spawnSync('sh', ['-c', 'exit 3']);
    expect(crashed({ signal: failing.signal, timedOut: failing.error !== undefined })).toBe(false);
  });

  it('is read alike from execFile, as convertFiles runs it', async () => {
    expect(crashed(await execEnded(['-c', 'kill -SEGV $$'], 10_000))).toBe(true);
    expect(crashed(await execEnded(['-c', 'sleep 5'], 100))).toBe(false);
    expect(crashed(await execEnded(['-c', 'exit 3'], 10_000))).toBe(false);
  });
});

// The bounded-work cases of issue 23 item 10 (bounded-diff, bounded-compare): the compiled CLI on two generated
// policies in a temp folder of their own, under a 512 MB heap, so that work growing with the product of the inputs
// shows as a native out-of-memory abort instead of passing on a large machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliRun, runBuiltCli } from '../support/cli.js';

/** Writes `files` (name → bytes) into a new temp folder and runs `clausemark ARGS` there under a 512 MB heap. */
export async function runUnderSmallHeap(files: Record<string, Uint8Array>, args: string[]): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-small-heap-'));
  try {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    return await runBuiltCli(args, { cwd: dir, env: { NODE_OPTIONS: '--max-old-space-size=512' } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

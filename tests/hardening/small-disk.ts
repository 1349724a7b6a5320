// Runs the compiled CLI against a folder on a disk that really fills up: a tmpfs mounted in a user and mount
// namespace of its own (`unshare --user --map-root-user --mount`), so it needs neither root nor a loop device and the
// mount ends with the run. tests/jobs/build-disk-full.integration.test.ts fails writes in-process by mocking
// node:fs; this shows what the binary does when the kernel itself says ENOSPC: its worker threads, its words, what it
// leaves.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCliLane, CLI, type CliRun } from '../support/cli.js';
import { cacheDir, ENGLISH_LOCALE } from '../support/cli-in-process.js';
import { shellQuoted as quote } from '../support/shell.js';

/** tmpfs allocates whole pages: free space is counted in these. */
export const PAGE = 4096;

/** A step on the small disk: a clausemark command line, or a shell command (to free or take space between runs). */
export type Step = { cli: string[] } | { shell: string };

export interface SmallDisk {
  /** Folder the tmpfs is mounted on (it exists, empty, outside the namespace). */
  mount: string;
  /** Files copied onto the disk before it is filled. */
  seed?: string;
  /** Bytes left free once the rest is filled with `.filler` (a multiple of PAGE); the disk is not filled without it. */
  leave?: number;
  /** Working folder of the steps. */
  cwd: string;
  steps: Step[];
}

export interface DiskRun extends CliRun {
  /** A copy of the disk as this step left it (the mount ends with the run). */
  disk: string;
}

/** Why a tmpfs cannot be mounted in a namespace of our own here, or undefined when it can. */
export function smallDiskUnavailable(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-disk-probe-'));
  try {
    const probe = spawnSync(
      'unshare',
      ['--user', '--map-root-user', '--mount', 'sh', '-c', 'mount -t tmpfs -o size=16k tmpfs "$1"', 'sh', dir],
      {
        encoding: 'utf8',
      },
    );
    if (probe.error) return `unshare cannot be run (${(probe.error as NodeJS.ErrnoException).code})`;
    if (probe.status !== 0)
      return `unshare --user --mount cannot mount a tmpfs (${probe.stderr.trim() || `exit ${probe.status}`})`;
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function script(disk: SmallDisk, record: string): string {
  const lines = ['set -e', `mount -t tmpfs -o size=16m tmpfs ${quote(disk.mount)}`];
  if (disk.seed) lines.push(`cp -R ${quote(`${disk.seed}/.`)} ${quote(disk.mount)}`);
  if (disk.leave !== undefined) {
    const filler = quote(join(disk.mount, '.filler'));
    lines.push(`dd if=/dev/zero of=${filler} bs=${PAGE} 2>/dev/null || true`, `truncate -s -${disk.leave} ${filler}`);
  }
  lines.push(`cd ${quote(disk.cwd)}`, 'set +e');
  disk.steps.forEach((step, index) => {
    const at = (name: string): string => quote(join(record, `${index}.${name}`));
    if ('shell' in step) {
      lines.push(step.shell);
      return;
    }
    const command = [process.execPath, CLI, ...step.cli].map(quote).join(' ');
    lines.push(`${command} >${at('stdout')} 2>${at('stderr')}`, `echo $? >${at('code')}`);
    // A copy of the disk as the step left it, filler aside (outside the disk, so the copy takes none of its space).
    lines.push(`mkdir ${at('disk')} && cp -a ${quote(`${disk.mount}/.`)} ${at('disk')} && rm -f ${at('disk')}/.filler`);
  });
  return lines.join('\n');
}

/** Runs the steps on a fresh small disk and returns, for each clausemark step, what it printed and left on the disk. */
export async function onSmallDisk(disk: SmallDisk): Promise<DiskRun[]> {
  assertCliLane();
  const record = mkdtempSync(join(tmpdir(), 'clausemark-disk-record-'));
  mkdirSync(disk.mount, { recursive: true });
  const child = spawn('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script(disk, record)], {
    env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: cacheDir(), ...ENGLISH_LOCALE },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const errors: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit) => resolve(exit ?? -1));
  });
  if (code !== 0) throw new Error(`the small disk could not be set up (exit ${code}): ${Buffer.concat(errors)}`);
  return disk.steps.flatMap((step, index) => {
    if ('shell' in step) return [];
    const at = (name: string): string => join(record, `${index}.${name}`);
    if (!existsSync(at('code'))) throw new Error(`step ${index} did not run: ${Buffer.concat(errors)}`);
    const read = (name: string): string => readFileSync(at(name), 'utf8');
    return [{ code: Number(read('code')), stdout: read('stdout'), stderr: read('stderr'), disk: at('disk') }];
  });
}

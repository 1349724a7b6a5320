// Issue 39 item 2: `--out` never replaces what is not a regular file. A named pipe (`mkfifo ff`) is written into, as a
// shell's `>` writes it, for every command with --out (diff, compare, build --out x.pdf, dossier, import); so is a
// character device (/dev/null, /dev/full as root: made here with mknod in a temp folder, never the machine's own);
// a block device, a socket and a symbolic link to a device are refused, nothing written; `--out -` and /dev/stdout
// are standard output. Before, each of them was renamed over with a regular file and the run said it wrote it.
// The commands run in this process (runCli: the binary's code, output and exit code, tests/cli/in-process.test.ts);
// only the run a signal must stop mid-write is the compiled binary, in a process of its own.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  lstatSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../support/cli.js';
import { PROJECT_ROOT, policyPath } from '../support/paths.js';

const OLD = join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md');
const NEW = policyPath('casparus-college');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'clausemark-out-special-'));
}

/** A named pipe at `path`, and a reader that copies what comes through it into `copy` (a shell's `cat ff > copy`). */
function pipeWithReader(path: string, copy: string): { reader: ChildProcess; done: Promise<number | null> } {
  expect(spawnSync('mkfifo', [path]).status, 'mkfifo').toBe(0);
  const reader = spawn('sh', ['-c', 'cat "$0" > "$1"', path, copy], { stdio: 'ignore' });
  return { reader, done: new Promise((resolve) => reader.on('exit', resolve)) };
}

/** Whether `path` is still the named pipe; if it was replaced, the waiting reader is ended so the test can fail. */
function stillPipe(path: string, reader: ChildProcess): boolean {
  const pipe = lstatSync(path).isFIFO();
  if (!pipe) reader.kill();
  return pipe;
}

describe('--out naming a named pipe', () => {
  it('diff writes into it, leaves it a pipe, and the reader gets the report', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'ff');
    const { reader, done } = pipeWithReader(fifo, join(dir, 'read.txt'));
    const run = await runCli(['diff', OLD, NEW, '--out', fifo]);
    expect(stillPipe(fifo, reader), 'the pipe was replaced by a file').toBe(true);
    await done;
    expect(run.code, run.stderr).toBe(0);
    const expected = await runCli(['diff', OLD, NEW]);
    expect(readFileSync(join(dir, 'read.txt'), 'utf8')).toBe(expected.stdout);
  });

  it('compare, build --out x.pdf, dossier and import write into it too', async () => {
    const dir = tempDir();
    const writes: [string, string[], (copy: Buffer) => void][] = [
      [
        'compare.md',
        ['compare', policyPath('allure'), policyPath('aeres-mbo'), '--format', 'md'],
        (copy) => expect(copy.toString('utf8')).toContain('aeres-mbo'),
      ],
      ['beleid.pdf', ['build', policyPath('allure')], (copy) => expect(copy.subarray(0, 5).toString()).toBe('%PDF-')],
      ['dossier.pdf', ['dossier', 'aeres-mbo'], (copy) => expect(copy.subarray(0, 5).toString()).toBe('%PDF-')],
    ];
    const source = join(dir, 'beleid.txt');
    writeFileSync(source, 'Beleid\n\n1. Bewaren\n\nDe school bewaart camerabeelden 2 jaar.\n');
    writes.push([
      'import.md',
      ['import', source, '--org', 'test', '--force'],
      (copy) => expect(copy.toString('utf8')).toContain('De school bewaart camerabeelden 2 jaar.'),
    ]);
    for (const [name, args, check] of writes) {
      const fifo = join(dir, name);
      const copy = join(dir, `${name}.read`);
      const { reader, done } = pipeWithReader(fifo, copy);
      const run = await runCli([...args, '--out', fifo]);
      expect(stillPipe(fifo, reader), `${args[0]}: the pipe was replaced by a file`).toBe(true);
      await done;
      expect(run.code, `${args[0]}: ${run.stderr}`).toBeLessThanOrEqual(1);
      check(readFileSync(copy));
    }
  });
});

describe('--out naming a named pipe whose reader stops reading', () => {
  it('is left by a signal at once: the run is not stuck in a write the reader never takes', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'beleid.docx');
    expect(spawnSync('mkfifo', [fifo]).status, 'mkfifo').toBe(0);
    // The reader opens the pipe, takes the first bytes (so the run is writing) and then reads no more: the Word file
    // (its fonts embedded whole, about 0.5 MB) is far larger than the pipe holds, so the run must wait for room.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const child = spawn(process.execPath, [CLI, 'build', policyPath('allure'), '--out', fifo], {
      env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: 'off' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const first = Buffer.alloc(4096);
    for (let read = 0; read === 0; ) {
      try {
        read = readSync(reader, first);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    expect(first.subarray(0, 2).toString('latin1'), 'a Word file (a zip) is being written').toBe('PK');
    child.kill('SIGINT');
    // Still running long after the signal: stuck in the write. Killed, so the test fails on its assertions.
    const ceiling = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await exited;
    clearTimeout(ceiling);
    closeSync(reader);
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('interrupted (SIGINT)');
  });
});

describe('--out naming standard output', () => {
  it('`-` and /dev/stdout write the report to standard output', async () => {
    const expected = await runCli(['diff', OLD, NEW]);
    for (const out of ['-', '/dev/stdout']) {
      const run = await runCli(['diff', OLD, NEW, '--out', out]);
      expect(run, out).toEqual(expected);
    }
  });
});

/** Device nodes made here, in a temp folder (only root may make them); undefined where that cannot be done. */
function devices(): { dir: string; null: string; full: string; block: string } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = tempDir();
  const made = { dir, null: join(dir, 'null'), full: join(dir, 'full'), block: join(dir, 'disk') };
  const ok = [
    spawnSync('mknod', [made.null, 'c', '1', '3']),
    spawnSync('mknod', [made.full, 'c', '1', '7']),
    // A block device of a major number no driver has (240, local use): a write would not reach a disk.
    spawnSync('mknod', [made.block, 'b', '240', '0']),
  ].every((result) => result.status === 0);
  return ok ? made : undefined;
}

describe('--out naming a device', () => {
  const made = devices();
  it.skipIf(made === undefined)(
    'writes into a character device (null, full) in place, and refuses a block device and a link to a device',
    async (context) => {
      if (!made) return context.skip('needs root to make device nodes (mknod)');
      const into = await runCli(['diff', OLD, NEW, '--out', made.null]);
      expect(into.code, into.stderr).toBe(0);
      expect(lstatSync(made.null).isCharacterDevice(), '/dev/null stays a device').toBe(true);
      const full = await runCli(['diff', OLD, NEW, '--out', made.full]);
      expect(full.code).toBe(2);
      expect(full.stderr).toContain('writing into this named pipe or device failed (ENOSPC)');
      expect(lstatSync(made.full).isCharacterDevice(), '/dev/full stays a device').toBe(true);
      const block = await runCli(['diff', OLD, NEW, '--out', made.block]);
      expect(block.code).toBe(2);
      expect(block.stderr).toContain('is a block device (a disk or a partition), so nothing was written to it');
      expect(lstatSync(made.block).isBlockDevice()).toBe(true);
      const link = join(made.dir, 'link');
      symlinkSync(made.null, link);
      const through = await runCli(['diff', OLD, NEW, '--out', link]);
      expect(through.code).toBe(2);
      expect(through.stderr).toContain(`is a symbolic link to ${made.null}, a named pipe or device`);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
    },
  );
  if (made === undefined) console.warn('--out naming a device: skipped, making device nodes (mknod) needs root');
});

// Which runs the binary keeps in its main thread (src/cli/startup/main-thread-run.ts): a `check` of a few small named files,
// a `diff` of two small named files that prints its report and a `build` of one small policy that writes no HTML
// report, nothing else; and how such a run's output waits for the event loop to have polled for a signal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  deferOutput,
  fitsMainThread,
  MAIN_THREAD_BUILD_BYTES,
  MAIN_THREAD_BYTES,
  MAIN_THREAD_DIFF_BYTES,
  MAIN_THREAD_FILES,
} from '../../../src/cli/startup/main-thread-run.js';
import type { CommandThreadNote } from '../../../src/cli/startup/thread-data.js';
import { Command } from 'commander';
import type { CommandContext } from '../../../src/cli/context.js';
import { register as registerBuild } from '../../../src/cli/commands/build.js';
import { register as registerCheck } from '../../../src/cli/commands/check.js';
import { register as registerDiff } from '../../../src/cli/commands/diff.js';

const dir = mkdtempSync(join(tmpdir(), 'clausemark-main-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const small = join(dir, 'a.md');
writeFileSync(small, '---\nid: a\n---\n');
const other = join(dir, 'b.md');
writeFileSync(other, '---\nid: b\n---\n');
const large = join(dir, 'large.md');
writeFileSync(large, 'x'.repeat(MAIN_THREAD_BYTES + 1));
const half = join(dir, 'half.md');
writeFileSync(half, 'x'.repeat(MAIN_THREAD_DIFF_BYTES / 2));

describe('fitsMainThread', () => {
  it('takes a check of named files, with its options', () => {
    expect(fitsMainThread(['check', small])).toBe(true);
    expect(fitsMainThread(['check', small, other, '--format', 'json', '--strict', '--quiet'])).toBe(true);
    expect(fitsMainThread(['--debug', 'check', '--lang', 'nl', small, '--format=text'])).toBe(true);
  });

  it('leaves every other run to a command thread', () => {
    expect(fitsMainThread(['compare', small, other]), 'another command').toBe(false);
    expect(fitsMainThread(['check']), 'no path: the project searched').toBe(false);
    expect(fitsMainThread(['check', dir]), 'a folder').toBe(false);
    expect(fitsMainThread(['check', join(dir, 'missing.md')]), 'no such file').toBe(false);
    expect(fitsMainThread(['check', small, '--help']), 'an option it does not know').toBe(false);
    expect(fitsMainThread(['check', '--', small]), 'the end of options').toBe(false);
    expect(fitsMainThread(['--version', 'check', small]), 'an option before the command').toBe(false);
  });

  it('bounds the bytes and the files', () => {
    expect(fitsMainThread(['check', large])).toBe(false);
    expect(fitsMainThread(['check', ...Array(MAIN_THREAD_FILES).fill(small)])).toBe(true);
    expect(fitsMainThread(['check', ...Array(MAIN_THREAD_FILES + 1).fill(small)])).toBe(false);
  });

  it('takes a diff of two named files that prints its report, with its options', () => {
    expect(fitsMainThread(['diff', small, other])).toBe(true);
    expect(fitsMainThread(['diff', small, other, '--format', 'json', '--exit-code', '--ignore-editorial'])).toBe(true);
    expect(fitsMainThread(['--debug', 'diff', '--format=md', '--lang', 'en', small, other])).toBe(true);
  });

  it('leaves a diff written to a file, of git revisions or of other options to a command thread', () => {
    expect(fitsMainThread(['diff', small]), 'one file: against git').toBe(false);
    expect(fitsMainThread(['diff', small, other, small]), 'three files').toBe(false);
    expect(fitsMainThread(['diff', small, other, '--format', 'pdf']), 'the board pack, a file').toBe(false);
    expect(fitsMainThread(['diff', small, other, '--format=html']), 'the web page, a file').toBe(false);
    expect(fitsMainThread(['diff', small, other, '--format']), 'no format').toBe(false);
    expect(fitsMainThread(['diff', small, other, '--out', 'x.txt']), 'written to a file').toBe(false);
    expect(fitsMainThread(['diff', small, '--from', 'HEAD~1']), 'git revisions').toBe(false);
    expect(fitsMainThread(['diff', small, other, '--strict']), "check's flag").toBe(false);
  });

  it("bounds a diff's bytes", () => {
    expect(fitsMainThread(['diff', half, half])).toBe(true);
    writeFileSync(join(dir, 'over.md'), 'x'.repeat(MAIN_THREAD_DIFF_BYTES / 2 + 1));
    expect(fitsMainThread(['diff', half, join(dir, 'over.md')])).toBe(false);
  });

  it('takes a build of one named policy as Word, or as PDF without the HTML report', () => {
    expect(fitsMainThread(['build', small, '--format', 'docx'])).toBe(true);
    expect(fitsMainThread(['build', small, '--out', 'out', '--force', '--no-site', '--format=docx'])).toBe(true);
    expect(fitsMainThread(['build', small, '--no-site'])).toBe(true);
    expect(fitsMainThread(['build', small, '--format', 'pdf,docx', '--no-site', '--show-ids', '--pdfa'])).toBe(true);
    expect(fitsMainThread(['build', small, '--out', 'beleid.pdf', '--brand', 'school'])).toBe(true);
    // --lang, which program.ts gives every command, as check and diff take it (src/cli/command-options.ts).
    expect(fitsMainThread(['build', small, '--format', 'docx', '--lang', 'nl'])).toBe(true);
  });

  it('leaves a build that reads more than one policy, or of other options, to a command thread', () => {
    expect(fitsMainThread(['build', small]), 'a PDF: the HTML report reads the corpus').toBe(false);
    expect(fitsMainThread(['build', small, '--out', 'out']), 'a PDF into a folder, with the report').toBe(false);
    expect(fitsMainThread(['build', small, '--format', 'pdf,docx']), 'the PDF with the report').toBe(false);
    expect(fitsMainThread(['build', small, other, '--format', 'docx']), 'two policies').toBe(false);
    expect(fitsMainThread(['build', '--format', 'docx']), 'no path: the project searched').toBe(false);
    expect(fitsMainThread(['build', dir, '--format', 'docx']), 'a folder').toBe(false);
    expect(fitsMainThread(['build', small, '--format', 'html']), 'another format').toBe(false);
    expect(fitsMainThread(['build', small, '--format', 'docx', '--at', '2026-01-01']), 'versions in force').toBe(false);
    expect(fitsMainThread(['build', small, '--format', 'docx', '--jobs', '2']), 'build workers').toBe(false);
    const fifo = join(dir, 'beleid.docx');
    expect(spawnSync('mkfifo', [fifo]).status, 'mkfifo').toBe(0);
    expect(fitsMainThread(['build', small, '--out', fifo]), 'a named pipe: its reader may hold the write').toBe(false);
    expect(fitsMainThread(['build', small, '--out', '/dev/null', '--format', 'docx']), 'a device').toBe(false);
  });

  it("bounds a build's bytes", () => {
    const fits = join(dir, 'fits.md');
    writeFileSync(fits, 'x'.repeat(MAIN_THREAD_BUILD_BYTES));
    expect(fitsMainThread(['build', fits, '--format', 'docx'])).toBe(true);
    writeFileSync(fits, 'x'.repeat(MAIN_THREAD_BUILD_BYTES + 1));
    expect(fitsMainThread(['build', fits, '--format', 'docx'])).toBe(false);
  });

  it('reads the value of --format as a value, not a path', () => {
    // `json` is no file here: read as a path, the run would go to a command thread.
    expect(fitsMainThread(['check', '--format', 'json', small])).toBe(true);
  });
});

/** Resolves after the event loop has run `turns` setImmediate hops. */
async function turns(count: number): Promise<void> {
  for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
}

describe('the options the main thread knows', () => {
  // The ones commander is given (src/cli/command-options.ts): an option a command registers that the main thread
  // did not know would send every run that names it to a thread; one it takes wrongly for a path, or as a flag when it
  // takes a value, would misjudge the run.
  const registered = (register: (program: Command, context: CommandContext) => void): string[] => {
    const program = new Command();
    register(program, {} as CommandContext);
    return (program.commands[0]?.options ?? []).map((option) => option.long ?? '');
  };
  const VALUES: Record<string, string> = { '--format': 'docx', '--out': 'beleid.docx', '--brand': 'school' };
  const withValue = (option: string): string[] => (option in VALUES ? [option, VALUES[option] as string] : [option]);

  it('takes every option of check, of build and of diff but those that make a run large, each with its value', () => {
    for (const option of registered(registerCheck))
      expect(
        fitsMainThread([
          'check',
          small,
          ...({ '--format': ['--format', 'json'], '--at': ['--at', '2027-09-01'] }[option] ?? [option]),
        ]),
        option,
      ).toBe(true);
    const build = registered(registerBuild);
    expect(build).toContain('--no-site');
    for (const option of build.filter((option) => option !== '--at' && option !== '--jobs'))
      expect(fitsMainThread(['build', small, '--format', 'docx', ...withValue(option)]), option).toBe(true);
    const diff = registered(registerDiff);
    expect(diff).toContain('--ignore-editorial');
    for (const option of diff.filter((option) => !['--from', '--to', '--out', '--brand', '--author'].includes(option)))
      expect(
        fitsMainThread(['diff', small, other, ...(option === '--format' ? ['--format', 'md'] : [option])]),
        option,
      ).toBe(true);
    for (const option of ['--from', '--to', '--out', '--brand', '--author'])
      expect(fitsMainThread(['diff', small, other, option, 'x']), option).toBe(false);
  });
});

describe('deferOutput', () => {
  it('tells the language and the end at once, the output two turns later, in order', async () => {
    const told: CommandThreadNote[] = [];
    const tell = deferOutput(
      (note) => told.push(note),
      () => false,
    );
    const language: CommandThreadNote = { language: 'nl', interrupted: { SIGINT: 'a', SIGTERM: 'b' } };
    tell(language);
    tell({ stream: 'stdout', chunk: 'one' });
    tell({ stream: 'stderr', chunk: 'two' });
    tell({ done: 1 });
    expect(told).toEqual([language, { done: 1 }]);
    await turns(1);
    expect(told, 'not after one turn').toHaveLength(2);
    await turns(1);
    expect(told.slice(2)).toEqual([
      { stream: 'stdout', chunk: 'one' },
      { stream: 'stderr', chunk: 'two' },
    ]);
  });

  it('drops the output when a signal stopped the writes meanwhile', async () => {
    const told: CommandThreadNote[] = [];
    let stopped = false;
    const tell = deferOutput(
      (note) => told.push(note),
      () => stopped,
    );
    tell({ stream: 'stdout', chunk: 'report' });
    stopped = true;
    await turns(3);
    expect(told).toEqual([]);
  });
});

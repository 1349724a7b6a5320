// `npm start` with nothing to do answers from the stamp the last run that wrote nothing left (src/cli/startup/start-replay.ts,
// src/cli/startup/start-record.ts, src/jobs/start-stamp.ts), through scripts/start.mjs as `npm start` runs it, in a real git
// repository. Such a run rewrites no file of out/ nor the stamp, and says byte for byte what the run before it said,
// with its exit code (1 here: a policy is unreadable). Each input changed, an output deleted, a commit or a stamp
// edited makes the next run do its work again: it writes an output or keeps a new stamp. (Another day, another
// language, the environment: tests/jobs/start-stamp.test.ts, where the clock is given.)
import { readFileSync, realpathSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { startOptions } from '../../../src/cli/startup/start-replay.js';
import { outputFiles, startStampFile } from '../../../src/jobs/start-stamp.js';
import { type CliRun, runBuiltCli } from '../../support/cli.js';
import { cacheDir } from '../../support/cli-in-process.js';
import type { TempRepo } from '../../support/git.js';
import { START_POLICY as POLICY, startRepo } from '../../support/start-project.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const START = join(PROJECT_ROOT, 'scripts', 'start.mjs');

let repo: TempRepo;
let stamp: string;
/** What the run that kept the stamp said. */
let stamped: CliRun;

const start = (): Promise<CliRun> => runBuiltCli(['--out', 'out'], { cwd: repo.root, binary: START });

/** The files of out/ with their sizes and times, and the stamp's time: what a run that does its work changes. */
function seen(): unknown {
  return { out: outputFiles(join(repo.root, 'out')), stamp: statSync(stamp, { throwIfNoEntry: false })?.mtimeMs };
}

/** Runs start, and whether it did its work (wrote an output or kept a new stamp). */
async function startSeen(): Promise<{ run: CliRun; worked: boolean }> {
  const before = seen();
  const run = await start();
  return { run, worked: !isDeepStrictEqual(before, seen()) };
}

/** A run as another run with the same outcome prints it: the summary's seconds aside. */
const timeless = (run: CliRun): CliRun => ({ ...run, stdout: run.stdout.replace(/ in \d+[.,]\d+ s /, ' in … s ') });

/** Runs start until a run answers from the stamp (one more run that writes, one that keeps the stamp, at most). */
async function settle(): Promise<CliRun> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { run, worked } = await startSeen();
    if (!worked) return run;
    stamped = run;
  }
  throw new Error('start did not settle: every run did its work');
}

beforeAll(async () => {
  // A broken policy beside it, and a template of its own to edit.
  repo = startRepo('clausemark-start-replay-', {
    'policies/broken/bad.md': '---\nid: [\n---\n\n## X\n',
    'templates/README.md': 'the templates of this project\n',
  });
  const cwd = realpathSync(repo.root);
  stamp = startStampFile(join(cacheDir(), 'start'), {
    cwd,
    out: 'out',
    env: {},
    now: 0,
    stdoutTTY: false,
    stderrTTY: false,
  });
  const first = await start();
  expect(first.stdout, first.stderr).toContain('built 1 PDF');
  await settle();
}, 120_000);

describe('npm start with nothing to do', () => {
  it('rewrites nothing in out/, keeps its stamp, and says what the run before it said, with its exit code', async () => {
    expect(stamped.code).toBe(1);
    expect(stamped.stdout).toContain('1 up to date');
    expect(stamped.stdout).toContain('1 policy has errors');
    const { run, worked } = await startSeen();
    expect(worked).toBe(false);
    expect(run).toEqual(stamped);
  });

  it.each<[string, () => void, (run: CliRun) => void]>([
    [
      'one byte of a policy changed',
      () => repo.write('policies/school/privacy.md', POLICY.replace('zorgvuldig', 'zorgvuldlg')),
      (run) => expect(run.stdout).toContain('built 1 PDF'),
    ],
    ['a template changed', () => repo.write('templates/README.md', 'the templates of this project.\n'), () => {}],
    [
      'an output deleted',
      () => rmSync(join(repo.root, 'out', 'school', 'privacy-1.0.pdf')),
      () => expect(existsSync(join(repo.root, 'out', 'school', 'privacy-1.0.pdf'))).toBe(true),
    ],
    [
      'a new commit',
      () => repo.git('commit', '-q', '--allow-empty', '-m', 'nothing changed but HEAD'),
      (run) => expect(timeless(run)).toEqual(timeless(stamped)),
    ],
    [
      'the stamp edited (its seal no longer holds)',
      () => writeFileSync(stamp, readFileSync(stamp, 'utf8').replaceAll('up to date', 'UP TO DATE')),
      (run) => expect(run.stdout).not.toContain('UP TO DATE'),
    ],
  ])(
    'does its work again after %s',
    async (_name, change, expectOf) => {
      change();
      const { run, worked } = await startSeen();
      expect(worked).toBe(true);
      expectOf(run);
      expect(run.code).toBe(1);
      const quick = await settle();
      expect(timeless(quick)).toEqual(timeless(stamped));
    },
    120_000,
  );
});

describe('the arguments start answers from a stamp', () => {
  it.each<[string[], ReturnType<typeof startOptions>]>([
    [['start'], { out: 'out' }],
    [['start', '--out', 'site'], { out: 'site' }],
    [['start', '--out=site', '--lang', 'en'], { out: 'site', lang: 'en' }],
    [['start', '--lang=nl', '--out', 'a', '--out', 'b'], { out: 'b', lang: 'nl' }],
    [['start', '--debug'], undefined],
    [['start', '--help'], undefined],
    [['start', '--out'], undefined],
    [['start', '--out', '--lang'], undefined],
    [['start', '--out='], undefined],
    [['start', 'policies'], undefined],
    [['build'], undefined],
    [['--lang', 'en', 'start'], undefined],
  ])('%j: %j', (args, options) => {
    expect(startOptions(args)).toEqual(options);
  });
});

// The stamp of `start` with nothing to do (src/jobs/start-stamp.ts): its inputs hash changes with every input a run
// of start reads, stays the same when nothing changed (within a day), and is refused where it cannot vouch; a stamp
// is taken only while its inputs and every file of the output folder are as they were, and never when edited.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  keepStartStamp,
  outputFiles,
  type StartSetting,
  startBefore,
  startInputs,
  upToDateStart,
} from '../../src/jobs/start-stamp.js';
import type { TempRepo } from '../support/git.js';
import { START_POLICY as POLICY, startRepo } from '../support/start-project.js';

const NOON = Date.UTC(2026, 2, 10, 12);
const HOUR = 3_600_000;

/** A project in git: one policy committed, its own templates/ (so it is its own project root), an out/ with a file. */
function project(): { repo: TempRepo; setting: StartSetting } {
  const repo = startRepo('clausemark-start-stamp-', {
    'templates/topics/extra.yaml': 'topics: []\n',
    'out/school/privacy-1.0.pdf': '%PDF-1.7 built',
  });
  const setting: StartSetting = {
    cwd: repo.root,
    out: 'out',
    env: { HOME: repo.root, LANG: 'C.UTF-8' },
    now: NOON,
    stdoutTTY: false,
    stderrTTY: false,
    code: 'test-build',
  };
  return { repo, setting };
}

/** The hash after `change`, beside the one before it. */
function around(change: (repo: TempRepo, setting: StartSetting) => StartSetting | undefined) {
  const { repo, setting } = project();
  const before = startInputs(setting, []);
  const changed = change(repo, setting) ?? setting;
  return { before, after: startInputs(changed, []) };
}

describe('the inputs of start', () => {
  it('hash the same when nothing changed, also later the same day', () => {
    const { before, after } = around((_repo, setting) => ({ ...setting, now: NOON + 5 * HOUR }));
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(after).toBe(before);
  });

  it.each<[string, (repo: TempRepo, setting: StartSetting) => StartSetting | undefined]>([
    [
      'one byte of a policy',
      (repo) => void repo.write('policies/school/privacy.md', POLICY.replace('zorg}', 'zorg} ')),
    ],
    [
      "a policy's modification time (a file not committed is dated by it)",
      (repo) =>
        void utimesSync(join(repo.root, 'policies/school/privacy.md'), new Date(2020, 1, 1), new Date(2020, 1, 1)),
    ],
    [
      'a file beside the policies (alignments.yaml)',
      (repo) => void repo.write('policies/alignments.yaml', 'pairs: []\n'),
    ],
    ['a template', (repo) => void repo.write('templates/topics/extra.yaml', 'topics: [a]\n')],
    ['the settings file', (repo) => void repo.write('clausemark.yaml', 'lang: en\n')],
    ["the foundation's procedure.yaml", (repo) => void repo.write('procedure.yaml', 'sector: po\n')],
    [
      "kennisname's people list (the overview counts it)",
      (repo) => void repo.write('acknowledgements/school/people.csv', 'id,name,role,school,teams\n'),
    ],
    [
      "a record file of kennisname's",
      (repo) => void repo.write('acknowledgements/school/privacy/1.0.csv', 'type,person\n'),
    ],
    ['a new commit', (repo) => void repo.git('commit', '-q', '--allow-empty', '-m', 'nothing')],
    [
      'what is staged',
      (repo) => {
        repo.write('notes.txt', 'x');
        repo.git('add', 'notes.txt');
        return undefined;
      },
    ],
    ['the next day (UTC)', (_repo, setting) => ({ ...setting, now: NOON + 13 * HOUR })],
    ['--out', (_repo, setting) => ({ ...setting, out: 'site' })],
    ['--lang', (_repo, setting) => ({ ...setting, lang: 'en' })],
    ['the language of the locale', (_repo, setting) => ({ ...setting, env: { ...setting.env, LANG: 'nl_NL.UTF-8' } })],
    ['a setting of clausemark', (_repo, setting) => ({ ...setting, env: { ...setting.env, CLAUSEMARK_X: '1' } })],
    ['SOURCE_DATE_EPOCH', (_repo, setting) => ({ ...setting, env: { ...setting.env, SOURCE_DATE_EPOCH: '1' } })],
    ['NO_COLOR', (_repo, setting) => ({ ...setting, env: { ...setting.env, NO_COLOR: '1' } })],
    ['a terminal on standard output', (_repo, setting) => ({ ...setting, stdoutTTY: true })],
    ["clausemark's build", (_repo, setting) => ({ ...setting, code: 'another-build' })],
  ])('change with %s', (_name, change) => {
    const { before, after } = around(change);
    expect(before).toBeDefined();
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });

  it('change with a file a brand names outside templates/ (from the build manifest)', () => {
    const { repo, setting } = project();
    const logo = repo.write('assets/logo.svg', '<svg/>');
    const before = startInputs(setting, [logo]);
    writeFileSync(logo, '<svg></svg>');
    expect(startInputs(setting, [logo])).not.toBe(before);
  });

  it('change with a commit in a worktree of the repository (.git a file pointing into the main one)', () => {
    const { repo, setting } = project();
    const tree = join(mkdtempSync(join(tmpdir(), 'clausemark-start-stamp-tree-')), 'tree');
    repo.git('worktree', 'add', '-q', '-b', 'other', tree);
    const inTree = { ...setting, cwd: tree };
    const before = startInputs(inTree, []);
    expect(before).toBeDefined();
    execFileSync(
      'git',
      ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '--allow-empty', '-m', 'x'],
      {
        cwd: tree,
      },
    );
    expect(startInputs(inTree, [])).not.toBe(before);
    // The main worktree's HEAD did not move.
    expect(startInputs(setting, [])).toBe(startInputs(setting, []));
  });

  it.each<[string, (repo: TempRepo, setting: StartSetting) => StartSetting | undefined]>([
    ['outside the bundle (no build to name)', (_repo, setting) => ({ ...setting, code: '' })],
    ['with a repository inside policies/', (repo) => void mkdirSync(join(repo.root, 'policies', 'school', '.git'))],
    [
      'with git pointed elsewhere',
      (_repo, setting) => ({ ...setting, env: { ...setting.env, GIT_DIR: '/elsewhere' } }),
    ],
    [
      'with a linked folder in policies/',
      (repo) => void symlinkSync(join(repo.root, 'templates'), join(repo.root, 'policies', 'linked')),
    ],
    ['with replaced history', (repo) => void repo.write('.git/refs/replace/0000', 'x')],
  ])('cannot be told %s', (_name, change) => {
    const { after } = around(change);
    expect(after).toBeUndefined();
  });
});

describe('the stamp of a run of start', () => {
  function stamped() {
    const { repo, setting } = project();
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-start-stamps-'));
    const before = startBefore(setting, []);
    if (!before) throw new Error('no inputs hash');
    const said: [0 | 1, string][] = [
      [0, 'table\n'],
      [1, 'clausemark: warning\n'],
    ];
    const kept = keepStartStamp(dir, setting, before, [], { said, exitCode: 1 });
    return { repo, setting, dir, said, kept };
  }

  it('gives back what the run said and its exit code while nothing changed', () => {
    const { setting, dir, said, kept } = stamped();
    expect(kept).toBe(true);
    expect(upToDateStart(dir, setting)).toEqual({ said, exitCode: 1 });
    expect(upToDateStart(dir, { ...setting, now: NOON + 3 * HOUR })).toEqual({ said, exitCode: 1 });
  });

  it('is not kept when the run changed its output folder', () => {
    const { repo, setting } = project();
    const before = startBefore(setting, []);
    if (!before) throw new Error('no inputs hash');
    repo.write('out/index.html', '<html>');
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-start-stamps-'));
    expect(keepStartStamp(dir, setting, before, [], { said: [], exitCode: 0 })).toBe(false);
    expect(upToDateStart(dir, setting)).toBeUndefined();
  });

  it.each<[string, (repo: TempRepo) => void]>([
    ['an output deleted', (repo) => rmSync(join(repo.root, 'out/school/privacy-1.0.pdf'))],
    ['an output added', (repo) => void repo.write('out/extra.txt', 'x')],
    [
      'an output touched',
      (repo) =>
        void utimesSync(join(repo.root, 'out/school/privacy-1.0.pdf'), new Date(2021, 1, 1), new Date(2021, 1, 1)),
    ],
    ['a policy edited', (repo) => void repo.write('policies/school/privacy.md', `${POLICY}\n`)],
    ['a new commit', (repo) => void repo.git('commit', '-q', '--allow-empty', '-m', 'nothing')],
  ])('is not taken after %s', (_name, change) => {
    const { repo, setting, dir } = stamped();
    change(repo);
    expect(upToDateStart(dir, setting)).toBeUndefined();
  });

  it('is not kept, nor taken, while out/ holds a link (what start refuses to write through is for a run to judge)', () => {
    const { repo, setting } = project();
    symlinkSync(join(repo.root, 'policies'), join(repo.root, 'out', 'linked'));
    expect(outputFiles(join(repo.root, 'out'))).toBeUndefined();
    expect(startBefore(setting, [])).toBeUndefined();
  });

  it('is not taken on another day', () => {
    const { setting, dir } = stamped();
    expect(upToDateStart(dir, { ...setting, now: NOON + 24 * HOUR })).toBeUndefined();
  });

  it('is not taken when edited (its seal no longer holds), nor for other options', () => {
    const { setting, dir } = stamped();
    expect(upToDateStart(dir, { ...setting, lang: 'en' })).toBeUndefined();
    const [name] = readdirSync(dir);
    const file = join(dir, name ?? '');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"exitCode":1', '"exitCode":0'));
    expect(upToDateStart(dir, setting)).toBeUndefined();
  });
});

// The CLI run in the test's own process (tests/support/cli-in-process.ts, src/cli/program.ts) says what the built
// binary says: for each invocation below, run once spawned (runBuiltCli, dist/cli/main.js) and once in-process, each in
// a fresh copy of its project, the exit code, standard output and standard error are the same bytes. Only the
// timings named in TIMINGS may differ. A command or library job that printed past the run's CliIO (console.log,
// process.stdout) would leave the line out of the in-process capture and fail here.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliRun, runBuiltCli } from '../support/cli.js';
import { runCliInProcess } from '../support/cli-in-process.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { tempProject } from '../support/project.js';
import { adapted, edit, sectorProject, v10, v11 } from '../template/support.js';

/** What may differ between two runs of the same command: how long a build took ("built 1 PDF in 1.23 s"). */
const TIMINGS: readonly RegExp[] = [/ in \d+\.\d{2} s\b/g];

const APPROVED = 'policies/casparus-college/social-media.md';
const REVISION = 'policies/casparus-college/revisions/social-media-2.0.md';
const BAD_YAML = 'tests/fixtures/bad/policies/yaml-syntax.md';

interface Invocation {
  args: string[];
  /** Makes a fresh project to run in (each way of running gets its own); default: the repository, read only. */
  project?: () => string;
}

function derivedProject(): string {
  const made = sectorProject();
  made.write('policies/casparus-college/social-media.md', adapted(v11()));
  made.write(
    'policies/allure/social-media.md',
    edit(adapted(v11(), { organisation: 'Stichting Allure' }, 'allure'), /9\. \{#alle\.auteursrecht\}.*\n/, ''),
  );
  return made.root;
}

function olderAdaptation(): string {
  const made = sectorProject();
  made.write('policies/casparus-college/social-media.md', adapted(v10()));
  return made.root;
}

function folderWith(file: string, as: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-in-process-'));
  copyFileSync(join(PROJECT_ROOT, file), join(dir, as));
  return dir;
}

const INVOCATIONS: Record<string, Invocation> = {
  'check, clean': { args: ['check', 'policies/allure'] },
  'check, with findings': { args: ['check', 'tests/fixtures/check/duplicate-id.md'] },
  'check --format json': { args: ['check', '--format', 'json', 'tests/fixtures/check'] },
  'check, a file with broken YAML': { args: ['check', BAD_YAML] },
  'fmt --check': { args: ['fmt', '--check', 'tests/fixtures/check'] },
  'fmt of one file to standard output': { args: ['fmt', 'tests/fixtures/check/good.md'] },
  'build one policy': {
    args: ['build', 'policies/allure/social-media.md', '--out', 'out'],
    project: () => tempProject(['allure']).root,
  },
  'diff, text': { args: ['diff', APPROVED, REVISION] },
  'diff --format json': { args: ['diff', '--format', 'json', APPROVED, REVISION] },
  'diff with a file of broken YAML': { args: ['diff', APPROVED, BAD_YAML] },
  'textconv (git)': { args: ['textconv', APPROVED] },
  // The corpus holds four kinds of policy since policies/linde (issue 27): the seeds' kind is named.
  compare: { args: ['compare', 'policies', '--kind', 'social-media'] },
  deviations: { args: ['deviations', '--template', 'sector-social-media'], project: derivedProject },
  adapt: {
    args: ['adapt', 'sector-social-media', '--org', 'casparus-college', '--set', 'organisation=Casparus College'],
    project: () => sectorProject().root,
  },
  upgrade: {
    args: ['upgrade', 'policies/casparus-college/social-media.md', '--template', 'sector-social-media'],
    project: olderAdaptation,
  },
  import: {
    args: ['import', 'privacy.txt', '--org', 'school'],
    project: () => folderWith('tests/fixtures/import/privacyreglement.md', 'privacy.txt'),
  },
  approve: {
    args: ['approve', 'policy.md', '--name', 'GMR', '--role', 'medezeggenschapsraad', '--date', '2025-06-01'],
    project: () => folderWith(REVISION, 'policy.md'),
  },
  'a usage error': { args: ['check', '--format', 'xml'] },
  'a missing required option': { args: ['approve', 'policy.md'] },
  'an unknown command': { args: ['frobnicate'] },
  '--version': { args: ['--version'] },
  '--help': { args: ['--help'] },
};

const withoutTimings = (run: CliRun): CliRun => {
  const strip = (text: string): string => TIMINGS.reduce((out, timing) => out.replace(timing, ' in <t> s'), text);
  return { code: run.code, stdout: strip(run.stdout), stderr: strip(run.stderr) };
};

/** CPU seconds of this process, and of the children it has waited for (Linux: /proc/self/stat), for the report. */
function cpuSeconds(): { self: number; children: number | undefined } {
  const usage = process.cpuUsage();
  let children: number | undefined;
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    // After the command name: state is field 3, so cutime and cstime (fields 16 and 17) are at 13 and 14; in ticks.
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    children = undefined;
  }
  return { self: (usage.user + usage.system) / 1e6, children };
}

const spent = { inProcess: 0, spawned: 0, spawnedKnown: true };

describe('the CLI in the test process prints what the built binary prints', () => {
  for (const [name, invocation] of Object.entries(INVOCATIONS)) {
    it(name, async () => {
      const [spawnedIn, inProcessIn] = [invocation.project?.() ?? PROJECT_ROOT, invocation.project?.() ?? PROJECT_ROOT];
      const before = cpuSeconds();
      const spawned = await runBuiltCli(invocation.args, { cwd: spawnedIn });
      const between = cpuSeconds();
      const inProcess = await runCliInProcess(invocation.args, { cwd: inProcessIn });
      const after = cpuSeconds();
      if (before.children === undefined || between.children === undefined) spent.spawnedKnown = false;
      else spent.spawned += between.children - before.children;
      spent.inProcess += after.self - between.self;
      // Something to compare: every invocation says something, on one stream or the other.
      expect(spawned.stdout.length + spawned.stderr.length).toBeGreaterThan(0);
      expect(withoutTimings(inProcess)).toEqual(withoutTimings(spawned));
    });
  }

  it('leaves the working directory and the environment as they were', async () => {
    const cwd = process.cwd();
    const env = { ...process.env };
    await runCliInProcess(['check', 'policies/allure'], { env: { CLAUSEMARK_PARITY_PROBE: 'x' } });
    await expect(runCliInProcess(['check', 'nope.md'], { cwd: tmpdir() })).resolves.toMatchObject({ code: 2 });
    expect(process.cwd()).toBe(cwd);
    expect(process.env).toEqual(env);
  });

  it('runs one invocation at a time: two started together each see their own folder', async () => {
    const [first, second] = await Promise.all([
      runCliInProcess(['check', 'policies'], { cwd: tempProject(['allure']).root }),
      runCliInProcess(['check', 'policies'], { cwd: tempProject(['aeres-mbo', 'flex-college']).root }),
    ]);
    expect(first.stdout).toContain('in 1 file');
    expect(second.stdout).toContain('in 2 files');
  });

  afterAll(() => {
    const spawned = spent.spawnedKnown ? `${spent.spawned.toFixed(1)} CPU s` : 'not measurable here';
    console.log(
      `in-process parity: ${Object.keys(INVOCATIONS).length} invocations; in-process ${spent.inProcess.toFixed(1)} CPU s, spawned ${spawned}`,
    );
  });
});

// A disk that really fills up (issue 23, item 19), with the compiled CLI: `build` of several policies names the PDFs
// it wrote and those it did not, exits 2 without a stack trace, and leaves no half-written or hidden temp file, and
// the build manifest claims only the PDFs that are there; a rewrite in place (`fmt --write`, `approve`) leaves the
// policy as it was and no lock or temp file, whether the disk is full before the lock is named or only at the
// rewrite. The disk is a tmpfs in a namespace of the test's own (tests/hardening/small-disk.ts); without unshare
// or a tmpfs mount the tests skip with a title saying so.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli, type CliRun } from '../support/cli.js';
import { BAD_DIR } from './cases.js';
import { reportedMessages } from './output.js';
import { onSmallDisk, PAGE, smallDiskUnavailable } from './small-disk.js';
import { tempProject } from '../support/project.js';
import { policyPath } from '../support/paths.js';

const UNAVAILABLE = smallDiskUnavailable();
const ORGS = ['aeres-mbo', 'allure', 'aloysius'] as const;
const POLICIES = ORGS.map((org) => `policies/${org}/social-media.md`);
const BUILD = (out: string): string[] => ['build', ...POLICIES, '--out', out, '--no-site', '--jobs', '1'];
const pdfOf = (org: string): string => `${org}/social-media-1.0.pdf`;
const DISK_FULL =
  'the disk is full (ENOSPC): this file was not written; an earlier version of it, if any, is unchanged';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file below `dir` (folders left out), relative to it, sorted. */
function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

const pages = (bytes: number): number => Math.ceil(bytes / PAGE);
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function expectClean(run: CliRun): void {
  expect(`${run.stdout}\n${run.stderr}`, 'no stack trace').not.toMatch(/\n\s+at /);
  expect(`${run.stdout}\n${run.stderr}`, 'no internal error').not.toMatch(/internal error/i);
}

/** The manifest's entries: the PDF each names and that PDF's hash. */
function manifestOf(disk: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(disk, '.clausemark-manifest.json'), 'utf8')) as {
    entries: Record<string, { output: string; pdf: string }>;
  };
  return Object.fromEntries(Object.values(manifest.entries).map((entry) => [entry.output, entry.pdf]));
}

const title = (name: string): string => (UNAVAILABLE ? `${name} (skipped: ${UNAVAILABLE})` : name);

describe.skipIf(UNAVAILABLE !== undefined)(title('build on a disk that really fills up'), () => {
  let root = '';
  /** The three PDFs as a build with room writes them. */
  let reference = '';
  beforeAll(async () => {
    root = tempProject([...ORGS], 'clausemark-disk-full-').root;
    temps.push(root);
    const run = await runBuiltCli(BUILD('reference'), { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    reference = join(root, 'reference');
  }, 120_000);

  it('names the PDFs written and the one not, exits 2, leaves no temp file, and the manifest claims only those written', async () => {
    const size = (org: string): number => statSync(join(reference, pdfOf(org))).size;
    // Room for the first two PDFs and the manifest, not for the third.
    const leave = (pages(size('aeres-mbo')) + pages(size('allure')) + 2) * PAGE;
    expect(pages(size('aloysius'))).toBeGreaterThan(2);
    const [run] = await onSmallDisk({ mount: join(root, 'out'), leave, cwd: root, steps: [{ cli: BUILD('out') }] });
    if (!run) throw new Error('no run');
    expectClean(run);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toMatch(/^built 2 PDFs in [\d.]+ s → out\/, 1 failed\n$/);
    expect(reportedMessages(run)).toEqual([
      {
        where: `out/${pdfOf('aloysius')}`,
        message: DISK_FULL,
        fix: 'free space on the disk holding out/aloysius, or choose an output folder on another disk (--out), then run the command again',
      },
    ]);
    expect(run.stderr).toContain(`written (complete): out/${pdfOf('aeres-mbo')}, out/${pdfOf('allure')}\n`);
    expect(run.stderr).toContain(`not written: out/${pdfOf('aloysius')}\n`);
    expect(run.stderr).toContain('the disk holding out/ is full: free space on it');

    expect(filesIn(run.disk)).toEqual(['.clausemark-manifest.json', pdfOf('aeres-mbo'), pdfOf('allure')]);
    for (const org of ['aeres-mbo', 'allure'])
      expect(readFileSync(join(run.disk, pdfOf(org))).equals(readFileSync(join(reference, pdfOf(org)))), org).toBe(
        true,
      );
    expect(manifestOf(run.disk)).toEqual({
      [pdfOf('aeres-mbo')]: sha256(readFileSync(join(run.disk, pdfOf('aeres-mbo')))),
      [pdfOf('allure')]: sha256(readFileSync(join(run.disk, pdfOf('allure')))),
    });
  }, 120_000);

  it('keeps every earlier PDF whole when none of the new ones fits, and builds all three once there is room', async () => {
    const seed = reference;
    const project = tempProject([...ORGS], 'clausemark-disk-full-edited-').root;
    temps.push(project);
    for (const file of POLICIES) {
      const text = readFileSync(join(project, file), 'utf8');
      expect(text, file).toContain('sociale media');
      writeFileSync(join(project, file), text.replaceAll('sociale media', 'social media'));
    }
    // One page left: room for the manifest, for none of the PDFs.
    const [full, freed] = await onSmallDisk({
      mount: join(project, 'out'),
      seed,
      leave: PAGE,
      cwd: project,
      steps: [{ cli: BUILD('out') }, { shell: 'rm out/.filler' }, { cli: BUILD('out') }],
    });
    if (!full || !freed) throw new Error('no run');
    expectClean(full);
    expect(full.code, full.stderr).toBe(2);
    expect(full.stdout).toMatch(/^built 0 PDFs in [\d.]+ s → out\/, 3 failed\n$/);
    const messages = reportedMessages(full);
    expect(messages.map((message) => message.where)).toEqual(ORGS.map((org) => `out/${pdfOf(org)}`));
    expect(messages.map((message) => message.message)).toEqual(ORGS.map(() => DISK_FULL));
    expect(full.stderr).toContain(`not written: ${ORGS.map((org) => `out/${pdfOf(org)}`).join(', ')}\n`);
    expect(full.stderr).not.toContain('written (complete)');
    expect(filesIn(full.disk)).toEqual(['.clausemark-manifest.json', ...ORGS.map(pdfOf)]);
    for (const org of ORGS)
      expect(readFileSync(join(full.disk, pdfOf(org))).equals(readFileSync(join(seed, pdfOf(org)))), org).toBe(true);
    // Whatever the manifest still lists is there as it says (it drops the entries of the PDFs it failed to replace).
    for (const [pdf, hash] of Object.entries(manifestOf(full.disk)))
      expect(sha256(readFileSync(join(full.disk, pdf))), pdf).toBe(hash);

    expectClean(freed);
    expect(freed.code, freed.stderr).toBe(0);
    expect(freed.stdout).toMatch(/^built 3 PDFs in /);
    for (const org of ORGS)
      expect(readFileSync(join(freed.disk, pdfOf(org))).equals(readFileSync(join(seed, pdfOf(org)))), org).toBe(false);
  }, 120_000);
});

describe.skipIf(UNAVAILABLE !== undefined)(title('a rewrite in place on a full disk'), () => {
  const FMT_FILE = 'bom-crlf-without-ids.md';
  const APPROVE_FILE = 'social-media.md';
  const FMT = ['fmt', '--write', FMT_FILE];
  const APPROVE = [
    'approve',
    APPROVE_FILE,
    '--name',
    'Raad van Toezicht',
    '--role',
    'toezichthouder',
    '--date',
    '2026-01-05',
  ];

  it('fmt --write and approve leave the policy as it was and no lock or temp file, then work once there is room', async () => {
    const seed = mkdtempSync(join(tmpdir(), 'clausemark-disk-rewrite-seed-'));
    const mount = join(mkdtempSync(join(tmpdir(), 'clausemark-disk-rewrite-')), 'disk');
    temps.push(seed, join(mount, '..'));
    writeFileSync(join(seed, FMT_FILE), readFileSync(join(BAD_DIR, 'policies', FMT_FILE)));
    writeFileSync(join(seed, APPROVE_FILE), readFileSync(policyPath('allure')));
    const runs = await onSmallDisk({
      mount,
      seed,
      leave: 0,
      cwd: mount,
      // Full before the lock file can be named; then one page free: the lock is named, the rewrite does not fit.
      steps: [
        { cli: FMT },
        { cli: APPROVE },
        { shell: 'truncate -s -4096 .filler' },
        { cli: FMT },
        { cli: APPROVE },
        { shell: 'rm .filler' },
        { cli: FMT },
        { cli: APPROVE },
      ],
    });
    expect(runs).toHaveLength(6);
    for (const [index, run] of runs.slice(0, 4).entries()) {
      const file = index % 2 === 0 ? FMT_FILE : APPROVE_FILE;
      expectClean(run);
      expect(run.code, `${index}: ${run.stderr}`).toBe(2);
      expect(reportedMessages(run), `${index}`).toEqual([
        {
          where: join(mount, file),
          message: DISK_FULL,
          fix: `free space on the disk holding ${mount}, then run the command again`,
        },
      ]);
      expect(filesIn(run.disk), `${index}: no lock or temp file`).toEqual([FMT_FILE, APPROVE_FILE]);
      for (const name of [FMT_FILE, APPROVE_FILE])
        expect(readFileSync(join(run.disk, name)).equals(readFileSync(join(seed, name))), `${index}: ${name}`).toBe(
          true,
        );
    }
    const [formatted, approved] = runs.slice(4);
    expect([formatted?.code, approved?.code], `${formatted?.stderr}${approved?.stderr}`).toEqual([0, 0]);
    expect(approved?.stdout).toBe('social-media.md: adopted by Raad van Toezicht, toezichthouder, on 5 January 2026\n');
    expect(filesIn(approved?.disk ?? '')).toEqual([FMT_FILE, APPROVE_FILE]);
    expect(readFileSync(join(approved?.disk ?? '', FMT_FILE)).equals(readFileSync(join(seed, FMT_FILE)))).toBe(false);
  }, 120_000);
});

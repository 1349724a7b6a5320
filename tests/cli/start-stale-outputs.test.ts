// `start` leaves nothing in out/ that reads as current but is not (src/build/manifest-prune.ts,
// src/report/corpus/record.ts): a policy whose own file cannot be read (front matter that is not YAML) loses its PDF
// of the run before, and so does the comparison it was part of, each listed, while the rest of the report is made;
// a board pack whose revision is gone is removed and listed. Fixed, the next run makes them again. In a real git
// repository, as a user runs it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { EIK, writeBoardRepo } from './meldcode-board-repo.js';

const LINDE = ['linde/meldcode-1.0.pdf', 'linde/meldcode-2.0.pdf', 'linde/meldcode-1.0-to-2.0.pdf'];
const COMPARISON = ['compare/meldcode.json', 'compare/meldcode.md', 'compare/meldcode.pdf'];
const REMOVED = '(removed: from the previous run, and not made again now)';

let repo: TempRepo;
const start = () => runCli(['start'], { cwd: repo.root });
const out = (...path: string[]): string => join(repo.root, 'out', ...path);

beforeEach(async () => {
  repo = tempRepo('clausemark-start-stale-');
  writeBoardRepo(repo);
  const first = await start();
  expect(first.code, first.stderr).toBe(0);
  for (const name of [...LINDE, ...COMPARISON, 'eik/meldcode-1.0.pdf']) expect(existsSync(out(name)), name).toBe(true);
}, 180_000);

describe('start after an output of the run before went stale', () => {
  it('a policy whose front matter is not YAML: its PDF and the comparison it was in are removed and listed', async () => {
    repo.write('policies/eik/meldcode.md', EIK.replace('title: Meldcode', 'title: [Meldcode'));
    const run = await start();
    // As before: its row says it cannot be read, `check` tells where, and exit 1 for a policy with errors.
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^eik .* unreadable$/m);
    expect(run.stdout).toContain('1 policy has errors: run `npx clausemark check` for details');
    for (const name of ['eik/meldcode-1.0.pdf', ...COMPARISON]) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(run.stdout).toContain(`out/${name} ${REMOVED}`);
    }
    expect(readFileSync(out('.clausemark-manifest.json'), 'utf8')).not.toContain('eik');
    // The rest is made as before: De Linde's PDFs and board pack, the report.
    for (const name of [...LINDE, 'index.html']) expect(existsSync(out(name)), name).toBe(true);
    expect(readFileSync(out('index.html'), 'utf8')).not.toContain('could not be made');
    expect(run.stdout.split(REMOVED)).toHaveLength(5);

    // Fixed, all is made again, and nothing is removed.
    repo.write('policies/eik/meldcode.md', EIK);
    const fixed = await start();
    expect(fixed.code, fixed.stderr).toBe(0);
    for (const name of ['eik/meldcode-1.0.pdf', ...COMPARISON]) expect(existsSync(out(name)), name).toBe(true);
    expect(fixed.stdout).not.toContain(REMOVED);
  }, 180_000);

  it('a board pack whose revision is gone is removed and listed', async () => {
    repo.git('rm', '-q', 'policies/linde/meldcode-2.0.md');
    repo.commit('the revision withdrawn');
    const run = await start();
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(out('linde/meldcode-1.0-to-2.0.pdf'))).toBe(false);
    expect(run.stdout).toContain(`out/linde/meldcode-1.0-to-2.0.pdf ${REMOVED}`);
    // The comparison is made again, of the policies in force: it stays, as do the PDFs made now.
    for (const name of [...COMPARISON, 'linde/meldcode-1.0.pdf', 'eik/meldcode-1.0.pdf'])
      expect(existsSync(out(name)), name).toBe(true);
    expect(run.stdout.split(REMOVED)).toHaveLength(2);
  }, 180_000);
});

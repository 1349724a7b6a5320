// The board packs and comparisons of an earlier `start` made from a policy whose file is later deleted leave nothing
// in out/ that reads as current (src/report/corpus/record.ts, removeReportsOfGone; src/report/site/write.ts): `build`,
// which makes none of them, removes them while still as clausemark wrote them (a file the user changed stays, and so
// does its folder), with
// the comparison's pages of the report, each listed, and the folders they leave empty; `start` removes those it no
// longer makes. In a real git repository, as a user runs it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { writeBoardRepo } from './meldcode-board-repo.js';

const PACK = 'linde/meldcode-1.0-to-2.0.pdf';
/** The comparison: the files `start` writes, and the report's pages of it. */
const COMPARISON = ['compare/meldcode.json', 'compare/meldcode.md', 'compare/meldcode.pdf'];
const COMPARISON_PAGES = ['compare/meldcode.html', 'compare/meldcode-review.html'];
const GONE = '(removed: the file of the policy it was made from is gone)';
const REMOVED = '(removed: from the previous run, and not made again now)';

let repo: TempRepo;
const run = (...args: string[]) => runCli(args, { cwd: repo.root });
const out = (...path: string[]): string => join(repo.root, 'out', ...path);

beforeEach(async () => {
  repo = tempRepo('clausemark-build-gone-reports-');
  writeBoardRepo(repo);
  const first = await run('start');
  expect(first.code, first.stderr).toBe(0);
  for (const name of [PACK, ...COMPARISON, ...COMPARISON_PAGES, 'eik/meldcode-1.0.pdf'])
    expect(existsSync(out(name)), name).toBe(true);
}, 180_000);

describe('after a policy of a board pack or comparison is deleted', () => {
  it('build removes the comparison, its pages and the folders left empty, lists them, and keeps the user’s', async () => {
    repo.git('rm', '-q', 'policies/eik/meldcode.md');
    repo.commit('Eik has no meldcode of its own');
    // The comparison in Markdown, changed by the user since: no longer clausemark's.
    writeFileSync(out('compare/meldcode.md'), 'my notes on the comparison\n');
    const removed = [
      'compare/meldcode.json',
      'compare/meldcode.pdf',
      ...COMPARISON_PAGES,
      'eik/meldcode-1.0.pdf',
      'eik/meldcode-1.0.html',
    ];
    const build = await run('build');
    expect(build.code, build.stderr).toBe(0);
    for (const name of removed) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(build.stdout).toContain(`out/${name} ${GONE}`);
    }
    expect(build.stdout.split(GONE)).toHaveLength(removed.length + 1);
    expect(readFileSync(out('compare/meldcode.md'), 'utf8')).toBe('my notes on the comparison\n');
    // Nothing of Eik's is left, not even its folder; the comparison's folder holds the user's file, and stays.
    expect(existsSync(out('eik'))).toBe(false);
    expect(readdirSync(out('compare'))).toEqual(['meldcode.md']);
    expect(readFileSync(out('index.html'), 'utf8')).not.toContain('compare/meldcode');
    // The board pack is made from De Linde's files, still there.
    for (const name of [PACK, 'linde/meldcode-1.0.pdf', 'linde/meldcode-2.0.pdf'])
      expect(existsSync(out(name)), name).toBe(true);

    // Said once.
    const again = await run('build');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toContain('removed');
  }, 180_000);

  it('build removes a board pack whose revision is gone, with the revision’s PDF and diff page, listed', async () => {
    repo.git('rm', '-q', 'policies/linde/meldcode-2.0.md');
    repo.commit('the revision withdrawn');
    const build = await run('build');
    expect(build.code, build.stderr).toBe(0);
    for (const name of [PACK, 'linde/meldcode-2.0.pdf', 'linde/meldcode-1.0-to-2.0.html']) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(build.stdout).toContain(`out/${name} ${GONE}`);
    }
    // The comparison is of the policies in force, still there: it stays.
    for (const name of [...COMPARISON, ...COMPARISON_PAGES, 'linde/meldcode-1.0.pdf'])
      expect(existsSync(out(name)), name).toBe(true);
  }, 180_000);

  it('start removes the comparison it no longer makes, its pages and the folders left empty, listed', async () => {
    repo.git('rm', '-q', 'policies/eik/meldcode.md');
    repo.commit('Eik has no meldcode of its own');
    const start = await run('start');
    expect(start.code, start.stderr).toBe(0);
    for (const name of COMPARISON) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(start.stdout).toContain(`out/${name} ${REMOVED}`);
    }
    for (const name of [...COMPARISON_PAGES, 'eik/meldcode-1.0.pdf']) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(start.stdout).toContain(`out/${name} ${GONE}`);
    }
    expect(existsSync(out('eik'))).toBe(false);
    expect(existsSync(out('compare'))).toBe(false);
    expect(readdirSync(out('linde')).sort()).toContain('meldcode-1.0-to-2.0.pdf');
  }, 180_000);
});

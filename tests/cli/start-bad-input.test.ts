// `start` on a people list (acknowledgements/<org>/people.csv) or a procedure.yaml it cannot read: exit 2 with the
// file, line and column and the fix on standard error, no stack trace, and the report of the run before not left in
// out/ as if current (src/report/site/failed.ts): out/index.html and out/overview.html say the report could not be
// made and why, the overview's PDF and data and the other pages are gone, nothing half-written; fixed, the next run
// writes the report again. Nor do the PDFs, board packs and comparisons of the run before stay that this run could not
// make again (src/jobs/build.ts removeNotVouched): after a procedure.yaml that is not YAML, its organisation's, listed
// in what it says and on the page; those it made stay. The table's row names the file that cannot be read. Run as the binary, so `start` with nothing to do
// is answered from its stamp as for a user.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../support/cli.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { meldcode, PEOPLE, STEPS, BOARD_DECLARATION } from './acknowledge-fixture.js';

const FAILED = 'The HTML report could not be made';

/** Version 2.0 of the meldcode, proposed (no approvals), with a step reworded: a revision with a board pack. */
const REVISION = meldcode('1.0', STEPS)
  .replace('version: "1.0"', 'version: "2.0"\nsupersedes: "1.0"')
  .replace('status: approved', 'status: draft')
  .replace(/approvals:\n.*\n.*\n/, '')
  .replace('Beslis of u', 'Besluit of u');

/** What `start` makes of De Linde's policies beside the report: their PDFs, the board pack, the comparison. */
const LINDE_BUILT = [
  'linde/meldcode-1.0.pdf',
  'linde/meldcode-2.0.pdf',
  'linde/meldcode-1.0-to-2.0.pdf',
  'compare/meldcode.json',
  'compare/meldcode.md',
  'compare/meldcode.pdf',
];

let repo: TempRepo;
const start = () => runBuiltCli(['start'], { cwd: repo.root });
const out = (...path: string[]): string => join(repo.root, 'out', ...path);
const page = (name: string): string => readFileSync(out(name), 'utf8');

/** Every file under out/ whose name marks it a temp file of a write not finished. */
const tempFiles = (): string[] =>
  (readdirSync(out(), { recursive: true }) as string[]).filter((name) => name.includes('.tmp-'));

beforeEach(async () => {
  repo = tempRepo('clausemark-start-bad-input-');
  repo.write('templates/brands/.keep', '');
  repo.write('policies/linde/procedure.yaml', BOARD_DECLARATION);
  repo.write('policies/linde/de-es/.keep', '');
  repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
  // A revision of it (a board pack) and another organisation's meldcode (a comparison).
  repo.write('policies/linde/meldcode-2.0.md', REVISION);
  const eik = meldcode('1.0', STEPS).replace('org: linde', 'org: eik');
  repo.write(
    'policies/eik/meldcode.md',
    eik.replace('organisation: Stichting De Linde', 'organisation: Stichting Eik'),
  );
  repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
  repo.commit('meldcode 1.0');
  const first = await start();
  expect(first.code, first.stderr).toBe(0);
  // Twice: the second writes nothing and keeps its stamp, which a broken input must not be answered from.
  expect((await start()).code).toBe(0);
  for (const name of ['index.html', 'overview.html', 'overview.pdf', 'overview.json', 'linde/meldcode-1.0.html'])
    expect(existsSync(out(name)), name).toBe(true);
  for (const name of [...LINDE_BUILT, 'eik/meldcode-1.0.pdf']) expect(existsSync(out(name)), name).toBe(true);
  expect(page('index.html')).not.toContain(FAILED);
}, 180_000);

/** What out/ must hold after a run that could not make the report because of `error`. */
function expectFailedReport(error: string): void {
  for (const name of ['index.html', 'overview.html']) {
    expect(page(name)).toContain(`<h1>${FAILED}</h1>`);
    expect(page(name)).toContain(error);
  }
  for (const name of ['overview.pdf', 'overview.json', 'linde/meldcode-1.0.html', '.clausemark-site.json'])
    expect(existsSync(out(name)), name).toBe(false);
  expect(tempFiles()).toEqual([]);
}

describe('start on input it cannot read', () => {
  it('a people list with a person twice: exit 2, where and how to fix, and no report of the run before', async () => {
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\np001,Anna de Boer,leerkracht,De Es,,in-dienst\n`);
    const run = await start();
    expect(run.code).toBe(2);
    const where = 'acknowledgements/linde/people.csv:8:1: the person id "p001" is in the people list twice';
    expect(run.stderr).toContain(`clausemark: ${where}\n  fix: write it as docs/acknowledge.md shows`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toContain('out/index.html (HTML report not made: this page says why)');
    expectFailedReport(where.replaceAll('"', '&quot;'));
    // The PDFs, board pack and comparison were made by this run, which the people list does not change: they stay.
    for (const name of LINDE_BUILT) expect(existsSync(out(name)), name).toBe(true);
    expect(run.stdout).not.toContain('removed');

    // Fixed, the report is written again, whole.
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
    const fixed = await start();
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(page('index.html')).not.toContain(FAILED);
    expect(page('overview.html')).toContain('Wat elke school moet hebben');
    for (const name of ['overview.pdf', 'overview.json', 'linde/meldcode-1.0.html'])
      expect(existsSync(out(name)), name).toBe(true);
  }, 180_000);

  it('a procedure.yaml that is not YAML: exit 2, where and how to fix, and no report of the run before', async () => {
    repo.write('policies/linde/procedure.yaml', 'sector: po\nworkers: [60\n');
    const run = await start();
    expect(run.code).toBe(2);
    const where = 'policies/linde/procedure.yaml:3:1: invalid YAML in the procedure file';
    expect(run.stderr).toContain(`clausemark: ${where}`);
    expect(run.stderr.split(where)).toHaveLength(2); // told once, though the rows and the report all met it
    expect(run.stderr).toContain('  fix: write it as docs/procedure.md shows');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expectFailedReport(where);
    // Each of De Linde's rows says which file cannot be read, and that its error follows.
    const rows = run.stdout.split('\n').filter((line) => line.startsWith('Stichting De Linde'));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toContain('Meldcode huiselijk geweld en kindermishandeling');
      expect(row).toContain('unreadable: policies/linde/procedure.yaml (see the error below)');
    }
    // No PDF of De Linde could be made, nor the board pack and comparison: the run before's are gone, and said so.
    for (const name of LINDE_BUILT) {
      expect(existsSync(out(name)), name).toBe(false);
      expect(run.stdout).toContain(`out/${name} (removed: from the previous run, and not made again now)`);
      // And on the page that says the report could not be made.
      expect(page('index.html')).toContain(
        `<li>out/${name} (removed: from the previous run, and not made again now)</li>`,
      );
    }
    const manifest = readFileSync(out('.clausemark-manifest.json'), 'utf8');
    expect(manifest).not.toContain('linde');
    // Eik's PDF was found up to date by this run: it stays.
    expect(existsSync(out('eik', 'meldcode-1.0.pdf'))).toBe(true);

    // Fixed, all is made again.
    repo.write('policies/linde/procedure.yaml', BOARD_DECLARATION);
    const fixed = await start();
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(page('index.html')).not.toContain(FAILED);
    for (const name of [...LINDE_BUILT, 'overview.pdf']) expect(existsSync(out(name)), name).toBe(true);
  }, 180_000);
});

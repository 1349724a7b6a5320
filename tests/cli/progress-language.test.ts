// What `build` and `start` say when they are done, in the run's language (issue 28 item 1): a Dutch policy officer
// with a Dutch locale reads Dutch lines (templates/messages/nl.yaml, build-report.* and start-report.*), and an
// English run reads the lines it always did.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli, runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

/** A project with the shipped templates and the policies of `orgs`. */
function project(orgs: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-progress-lang-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  for (const org of orgs) cpSync(join(PROJECT_ROOT, 'policies', org), join(dir, 'policies', org), { recursive: true });
  return dir;
}

describe('the lines build prints', () => {
  it('are Dutch with LANG=nl_NL.UTF-8, in the binary a user runs', async () => {
    const dir = project(['allure']);
    const run = await runBuiltCli(['build'], { cwd: dir, env: { LANG: 'nl_NL.UTF-8', NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^klaar 1 pdf in \d+,\d\d s → out\/\n/);
    expect(run.stdout).toMatch(/\noverzicht: out\/index\.html \(\d+ pagina's, \d+ gewijzigd\)\n$/);
    expect(run.stdout).not.toMatch(/\bbuilt\b|\breport\b|pages/);

    const unchanged = await runBuiltCli(['build'], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
    expect(unchanged.stdout).toMatch(/^klaar 0 pdf's in \d+,\d\d s → out\/, 1 al bijgewerkt\n/);
    const both = await runCli(['build', '--format', 'pdf,docx'], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
    expect(both.stdout).toMatch(/^klaar 1 beleidsdocument \(pdf, docx\) in \d+,\d\d s → out\/\n/);
  });

  it('stay as they were in English', async () => {
    const dir = project(['allure']);
    const run = await runCli(['build'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^built 1 PDF in \d+\.\d\d s → out\/\nreport: out\/index\.html \(\d+ pages, \d+ changed\)\n$/,
    );
    const word = await runCli(['build', '--format', 'docx'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } });
    expect(word.stdout).toBe(`built 1 Word document in ${/in (\S+) s/.exec(word.stdout)?.[1]} s → out/\n`);
  });
});

describe('the lines start prints', () => {
  it('are Dutch with LANG=nl_NL.UTF-8: the table, the summary and what the corpus reports wrote', async () => {
    const dir = project(['allure', 'casparus-college']);
    const run = await runCli(['start'], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^organisatie +titel +versie +status +artikelen +bevindingen\n/);
    // Organisations by their names, statuses in Dutch (issue 43).
    // Its adoption, transcribed by hand, records no hash: one warning (adoption-text-unrecorded), counted in Dutch.
    expect(run.stdout).toMatch(/Stichting Allure .* vastgesteld .* 0 fouten, 1 waarschuwing\n/);
    expect(run.stdout).toMatch(/Casparus College .* voorstel .* in orde\n/);
    expect(run.stdout).toMatch(/\nklaar 3 pdf's in \d+,\d\d s → out\/\n/);
    expect(run.stdout).toMatch(/social-media-1\.0-to-2\.0\.pdf \(bestuursstuk 1\.0 → 2\.0\)\n/);
    expect(run.stdout).toMatch(/social-media\.json \(vergelijking social-media: \d+ bepalingen in 2 organisaties\)\n/);
    expect(run.stdout).toMatch(/social-media\.pdf \(vergelijking\)\n/);
    expect(run.stdout).toMatch(/out\/index\.html \(HTML-overzicht: \d+ pagina's\)\n/);
    expect(run.stdout).not.toMatch(/\bbuilt\b|clean|board pack|comparison|pages/);

    const again = await runCli(['start'], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
    expect(again.stdout).toMatch(/\nklaar 0 pdf's in \d+,\d\d s → out\/, 3 al bijgewerkt\n/);
    expect(again.stdout).toMatch(/social-media\.pdf \(vergelijking, al bijgewerkt\)\n/);
  });
});

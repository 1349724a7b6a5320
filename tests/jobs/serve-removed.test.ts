// `serve --watch` removes what a rebuild cannot vouch for as `build` does (src/jobs/build.ts), and says which files,
// in `build`'s words and the run's language (src/jobs/build-removed.ts): the PDF of a policy whose front matter
// stopped being YAML; after a report that could not be made, the board pack `start` wrote, which a rebuild does not
// make again; the PDF and page of a policy whose file was deleted.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LiveState } from '../../src/io/live-reload.js';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { rebuildInto, serveErrorPage } from '../../src/jobs/serve.js';
import { recordReports } from '../../src/report/corpus/record.js';
import { meldcode, STEPS } from '../cli/acknowledge-fixture.js';
import { tempRepo } from '../support/git.js';

describe('serve --watch after a policy stopped reading', () => {
  it('removes its PDF of the build before and says so, as build does, in the run’s language', async () => {
    const before = messageLanguage();
    try {
      const repo = tempRepo('clausemark-serve-removed-');
      repo.write('templates/brands/.keep', '');
      repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
      repo.commit('meldcode');
      const out = join(repo.root, 'out');
      const info: string[] = [];
      const options = {
        root: repo.root,
        outDir: out,
        policiesDir: join(repo.root, 'policies'),
        log: { info: (line: string) => info.push(line), error: () => undefined },
      };
      const live: LiveState = { version: 0, errors: [], errorPage: serveErrorPage };
      await rebuildInto(live, 'serve-report.building', options);
      const pdf = join(out, 'linde', 'meldcode-1.0.pdf');
      expect(existsSync(pdf)).toBe(true);

      setMessageLanguage('nl');
      repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS).replace('title: Meldcode', 'title: [Meldcode'));
      info.length = 0;
      await rebuildInto(live, 'serve-report.rebuilt', options);
      expect(live.errors.join('\n')).toContain('policies/linde/meldcode.md:');
      expect(existsSync(pdf)).toBe(false);
      expect(info).toContain(`  ${pdf} (weggehaald: van de vorige keer, en nu niet opnieuw gemaakt)`);
    } finally {
      setMessageLanguage(before);
    }
  }, 120_000);

  it('after a report that could not be made: removes the board pack of the run before and says which', async () => {
    const repo = tempRepo('clausemark-serve-removed-report-');
    repo.write('templates/brands/.keep', '');
    // A procedure.yaml that is not YAML: the report cannot be made.
    repo.write('policies/linde/procedure.yaml', 'sector: po\nworkers: [60\n');
    repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
    repo.commit('meldcode');
    const out = join(repo.root, 'out');
    // The board pack a `start` before wrote, as its record names it.
    const pack = join(out, 'linde', 'meldcode-0.9-to-1.0.pdf');
    mkdirSync(join(out, 'linde'), { recursive: true });
    writeFileSync(pack, '%PDF-1.7');
    recordReports(out, [pack], 'stamp');
    const info: string[] = [];
    const live: LiveState = { version: 0, errors: [], errorPage: serveErrorPage };
    await rebuildInto(live, 'serve-report.building', {
      root: repo.root,
      outDir: out,
      policiesDir: join(repo.root, 'policies'),
      log: { info: (line: string) => info.push(line), error: () => undefined },
    });
    expect(live.errors.join('\n')).toContain('procedure.yaml:3:1');
    expect(existsSync(pack)).toBe(false);
    expect(info).toContain(`  ${pack} (removed: from the previous run, and not made again now)`);
  }, 120_000);

  it('removes the PDF and page of a policy whose file was deleted, and says which', async () => {
    const repo = tempRepo('clausemark-serve-removed-gone-');
    repo.write('templates/brands/.keep', '');
    repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
    repo.write('policies/linde/tweede.md', meldcode('1.0', STEPS).replace('id: meldcode', 'id: tweede'));
    repo.commit('two policies');
    const out = join(repo.root, 'out');
    const info: string[] = [];
    const options = {
      root: repo.root,
      outDir: out,
      policiesDir: join(repo.root, 'policies'),
      log: { info: (line: string) => info.push(line), error: () => undefined },
    };
    const live: LiveState = { version: 0, errors: [], errorPage: serveErrorPage };
    await rebuildInto(live, 'serve-report.building', options);
    const gone = ['tweede-1.0.pdf', 'tweede-1.0.html'].map((name) => join(out, 'linde', name));
    for (const file of gone) expect(existsSync(file), file).toBe(true);

    rmSync(join(repo.root, 'policies/linde/tweede.md'));
    info.length = 0;
    await rebuildInto(live, 'serve-report.rebuilt', options);
    expect(live.errors).toEqual([]);
    for (const file of gone) {
      expect(existsSync(file), file).toBe(false);
      expect(info).toContain(`  ${file} (removed: the file of the policy it was made from is gone)`);
    }
    expect(existsSync(join(out, 'linde', 'meldcode-1.0.pdf'))).toBe(true);
  }, 120_000);
});

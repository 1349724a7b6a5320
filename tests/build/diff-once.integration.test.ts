// `start` makes two things of every revision in the corpus: the board pack and the diff page of the HTML report.
// Both come from the run's one corpus plan (src/report/corpus/plan.ts): each pair of versions is diffed once, and the
// report links the comparison the board packs' run computed. A second run that finds every source and template
// byte for byte as before (only touched) diffs nothing, renders no page and rebuilds no board pack.
import { copyFileSync, mkdirSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';
import { tempProject } from '../support/project.js';

const counted = vi.hoisted(() => ({ diffs: [] as string[], pages: [] as string[] }));

vi.mock('../../src/diff/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/diff/index.js')>();
  return {
    ...original,
    diffPolicies: (...args: Parameters<typeof original.diffPolicies>) => {
      counted.diffs.push(`${args[0].meta.version} → ${args[1].meta.version}`);
      return original.diffPolicies(...args);
    },
  };
});

vi.mock('../../src/render/html/page.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/render/html/page.js')>();
  return {
    ...original,
    renderPage: (...args: Parameters<typeof original.renderPage>) => {
      counted.pages.push(args[1].title);
      return original.renderPage(...args);
    },
  };
});

const { buildJob } = await import('../../src/jobs/build.js');

describe('start diffs each revision once', () => {
  it('one diff for the board pack and the report page together; none on a rerun with touched files', async () => {
    const { root, files } = tempProject(['casparus-college', 'allure'], 'clausemark-diff-once-');
    const revision = join(root, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md');
    mkdirSync(join(revision, '..'), { recursive: true });
    copyFileSync(join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md'), revision);
    const all = [...files, revision];
    const out = join(root, 'out');
    const options = { root, outDir: out, showIds: false, pdfa: false, jobs: 1, corpusReports: true, site: true };

    const first = await buildJob(all, options);
    expect(first.report.failed).toEqual([]);
    expect(first.corpus?.failures).toEqual([]);
    expect(first.site?.pages).toContain('casparus-college/social-media-1.0-to-2.0.html');
    expect(
      readFileSync(join(out, 'casparus-college', 'social-media-1.0-to-2.0.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(counted.diffs).toEqual(['1.0 → 2.0']);
    // The overview links each current policy to the comparison the board packs' run aligned (the 2.0 proposal and
    // allure: one document per organisation).
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index.match(/href="compare\/social-media.html">Vergelijking</g)).toHaveLength(2);

    // Saved again unchanged (an editor, a checkout): newer modification times, the same bytes.
    const later = new Date(Date.now() + 60_000);
    for (const file of [...all, join(root, 'templates', 'labels', 'nl.yaml')]) utimesSync(file, later, later);
    counted.diffs.length = 0;
    counted.pages.length = 0;
    const again = await buildJob(all, options);
    expect(again.site?.written).toBe(0);
    expect(counted.pages).toEqual([]);
    expect(counted.diffs).toEqual([]);
    // The board pack and the comparison's three files, each found up to date.
    expect(again.corpus?.lines).toHaveLength(4);
    for (const line of again.corpus?.lines ?? []) expect(line).toMatch(/up to date|al bijgewerkt/);
  });
});

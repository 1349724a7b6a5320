// The HTML report's plan (src/report/site/plan.ts): a function of the corpus and what was read for it, that renders
// and writes nothing. The same input gives the same pages with the same hashes; a page's hash follows what the page
// is made from (a policy's text moves its own page's hash and the comparison's, not the other policies' pages), and
// what git shows of an adoption written by hand moves the page of a version in force read from git.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWork, planCorpus } from '../../../src/report/corpus/plan.js';
import { siteInput } from '../../../src/report/site/index.js';
import { planSite, type SitePlan } from '../../../src/report/site/plan.js';
import { discoverPolicies } from '../../../src/io/discover.js';
import { tempRepo } from '../../support/git.js';
import { ANKER_DECLARATION, ankerPolicy } from '../../support/hand-adopted.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { shippedProject } from '../../support/project.js';

function plan(dir: string): SitePlan {
  const work = corpusWork(PROJECT_ROOT);
  const options = { root: PROJECT_ROOT, outDir: join(dir, 'out') };
  return planSite(siteInput(planCorpus(discoverPolicies([join(dir, 'policies')], []), work), work, options));
}

const hashes = (planned: SitePlan): Map<string, string> =>
  new Map(planned.pages.map((page) => [page.path.slice(page.path.indexOf('/out/') + 5), page.hash]));

describe('the plan of the HTML report', () => {
  it('lists every page with its kind and hash, the same for the same corpus, and writes nothing', () => {
    const dir = shippedProject({ prefix: 'clausemark-site-plan-' });
    const first = plan(dir);
    const kinds = new Map(first.pages.map((page) => [page.path.slice(page.path.indexOf('/out/') + 5), page.kind]));
    expect(kinds.get('index.html')).toBe('index');
    expect(kinds.get('compare/social-media.html')).toBe('compare');
    expect(kinds.get('compare/social-media-review.html')).toBe('review');
    expect(kinds.get('casparus-college/social-media-1.0-to-2.0.html')).toBe('diff');
    expect(kinds.get('allure/social-media-1.0.html')).toBe('policy');
    for (const page of first.pages) expect(page.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(first.pages.map((page) => page.hash)).size).toBe(first.pages.length);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    // Read and planned again from scratch: every hash the same.
    expect(hashes(plan(dir))).toEqual(hashes(first));

    const allure = join(dir, 'policies', 'allure', 'social-media.md');
    writeFileSync(allure, readFileSync(allure, 'utf8').replace('niet meer weg te denken', 'nooit meer weg te denken'));
    const edited = hashes(plan(dir));
    const before = hashes(first);
    const moved = [...edited].filter(([path, hash]) => before.get(path) !== hash).map(([path]) => path);
    // The comparison and its review page (which quotes the texts) move with the edited policy; nothing else does.
    expect(moved.sort()).toEqual([
      'allure/social-media-1.0.html',
      'compare/social-media-review.html',
      'compare/social-media.html',
    ]);
  });

  it("a version in force from git of a text adopted by hand: its page's hash follows the commit git shows", () => {
    const repo = tempRepo('clausemark-site-plan-git-');
    repo.write('policies/anker/procedure.yaml', ANKER_DECLARATION);
    const file = 'policies/anker/klachtenregeling.md';
    repo.write(file, ankerPolicy({ id: 'klachtenregeling', text: 'Voor alle scholen.', adopted: true }));
    const adoptedIn = repo.commit('vastgesteld', '2025-03-26');
    // Edited since into 1.1, the row kept: its version in force, 1.0, is read from git, on a page of its own name.
    repo.write(
      file,
      ankerPolicy({ id: 'klachtenregeling', version: '1.1', text: 'Alleen voor De Boei.', adopted: true }),
    );
    const inForcePage = (planned: SitePlan) =>
      planned.pages.find((page) => page.path.endsWith(join('anker', 'klachtenregeling-1.0.html')));
    const first = inForcePage(plan(repo.root));
    expect(first?.inputs).toMatchObject({
      links: { adoptionGit: { adopted: { commit: adoptedIn.slice(0, 7), date: '2025-03-26' } } },
    });
    // The same words adopted in another commit (the message amended): the same page name and text, but it names
    // the commit, so its hash moves and the report writes it again.
    repo.git('commit', '--amend', '-q', '-m', 'klachtenregeling vastgesteld');
    const second = inForcePage(plan(repo.root));
    expect(second?.inputs).toMatchObject({ links: { adoptionGit: { adopted: { date: '2025-03-26' } } } });
    expect(second?.inputs).not.toMatchObject({
      links: { adoptionGit: { adopted: { commit: adoptedIn.slice(0, 7) } } },
    });
    expect(second?.hash).not.toBe(first?.hash);
  });
});

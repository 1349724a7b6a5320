/// <reference lib="dom" />
// Issue 72 item 3a through `clausemark serve`: the kennisname page of the officer's workplace in real Chromium, on the
// built CLI, in Dutch. The policy's page links it only once the version was asked; the officer names the recorder and
// the school on the page; a person presses the button beside their own name and the record lands in the version's
// file with the method `meeting` and that recorder (the same recording as `acknowledge meeting`). A reload posts
// nothing again; a recorder's name with a bidi character is refused with the reason; a cross-site post, a post without the token and one with a guessed token record nothing; axe-core
// finds nothing serious.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, HAVE_BROWSER, launchBrowser } from '../support/browser.js';
import { runCli } from '../support/cli.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { axeViolations, startWorkplace, VIEWPORT } from '../support/workplace.js';
import { meldcode, PEOPLE, STEPS } from '../cli/acknowledge-fixture.js';

const POLICY = 'policies/linde/meldcode.md';

let browser: Browser;
let repo: TempRepo;
let child: ChildProcess | undefined;
let url: string;
const recordPath = (): string => join(repo.root, 'acknowledgements', 'linde', 'meldcode', '1.0.csv');
const records = (): string => readFileSync(recordPath(), 'utf8');
const policyPage = (): string => `${url}werkplek/beleid?bestand=${encodeURIComponent(POLICY)}`;

describe.skipIf(!HAVE_BROWSER)('kennisname through the workplace of clausemark serve in Chromium', () => {
  beforeAll(async () => {
    repo = tempRepo('clausemark-serve-acknowledge-');
    repo.write('templates/brands/.keep', '');
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
    repo.write(POLICY, meldcode('1.0', STEPS));
    repo.commit('meldcode 1.0');
    ({ child, url } = await startWorkplace(repo.root));
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    child?.kill('SIGINT');
    await browser?.close();
  });

  it('links the page once the version is asked; each person ticks their own name; the tick is the record', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const problems = collectProblems(page);
    const link = page.getByRole('link', { name: 'Kennisname in een teamvergadering' });
    await page.goto(policyPage());
    expect(await link.count()).toBe(0);
    // Asked from the terminal while serve runs: the workplace reads the files at every request.
    expect((await runCli(['acknowledge', 'ask', POLICY, '--date', '2026-02-01'], { cwd: repo.root })).code).toBe(0);
    await page.reload();
    await link.click();

    expect(await page.locator('h1').textContent()).toBe(
      'Kennisname: Meldcode huiselijk geweld en kindermishandeling, versie 1.0',
    );
    // The officer of `serve --officer` is the recorder the page starts with; another is named on the page.
    expect(await page.inputValue('#f-kennisname-recorder')).toBe('A. de Beleidsmedewerker');
    await page.fill('#f-kennisname-recorder', 'R. Hendriks');
    await page.selectOption('#f-kennisname-school', 'De Wilg');
    await page.getByRole('button', { name: 'Toon de namen' }).click();
    // De Wilg's group only, in the meldcode's audience: not De Es's people, not the contractor.
    expect(await page.locator('ul.people strong').allTextContents()).toEqual([
      'Chantal Özdemir',
      'Daan Visser',
      'Eva Smit',
    ]);
    expect(await page.locator('div[lang="nl"] ul.people').count()).toBe(1);

    const asked = records();
    await page.locator('li[data-person="p004"]').getByRole('button', { name: 'Ik ken deze versie' }).click();
    await page.waitForSelector('li[data-person="p004"] .done');
    expect(await page.locator('[role=status]').textContent()).toBe('✓ vastgelegd: Daan Visser');
    expect(await page.locator('li[data-person="p003"] .done').count()).toBe(0);
    expect(records().slice(0, asked.length)).toBe(asked);
    expect(records().slice(asked.length)).toMatch(
      /^acknowledged,p004,1\.0,sha256-v2:[0-9a-f]{64},\d{4}-\d{2}-\d{2},meeting,R\. Hendriks,,\n$/,
    );
    // The page after the post is an address (a redirect): a reload shows the same and posts nothing again.
    await page.reload();
    expect(await page.locator('li[data-person="p004"] .done').textContent()).toBe('✓ kennisgenomen');
    expect(records().match(/acknowledged,p004/g)).toHaveLength(1);
    expect(problems).toEqual([]);
    expect(await axeViolations(browser, page.url())).toEqual([]);
    expect(await axeViolations(browser, policyPage())).toEqual([]);
    // Nothing of the meeting is published: serve writes no report of it.
    expect(existsSync(join(repo.root, 'out'))).toBe(false);
  }, 120_000);

  it('a recorder’s name with a bidi character is refused on the page, with the reason, and nothing recorded', async () => {
    const before = records();
    const page = await browser.newPage({ viewport: VIEWPORT });
    const query = new URLSearchParams({ bestand: POLICY, recorder: 'R. \u202eHendriks', school: 'De Wilg' });
    await page.goto(`${url}werkplek/kennisname?${query.toString()}`);
    const answer = page.waitForResponse((response) => response.url().endsWith('/werkplek/kennisname'));
    await page.locator('li[data-person="p005"]').getByRole('button', { name: 'Ik ken deze versie' }).click();
    expect((await answer).status()).toBe(400);
    expect(await page.locator('[role=alert]').textContent()).toContain('zonder stuur- of richtingsteken');
    expect(await page.locator('li[data-person="p005"] .done').count()).toBe(0);
    expect(records()).toBe(before);
  }, 60_000);

  it('refuses a cross-site post, a post without the token and a guessed token; records nothing', async () => {
    const before = records();
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${url}werkplek/kennisname`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
        redirect: 'manual',
      });
    const form = `bestand=${encodeURIComponent(POLICY)}&recorder=X&person=p005`;
    const own = url.replace(/\/$/, '');
    expect((await post({ origin: 'http://evil.example' }, `token=x&${form}`)).status).toBe(403);
    expect((await post({ origin: own }, form)).status).toBe(403);
    expect((await post({ origin: own }, `token=geraden&${form}`)).status).toBe(403);
    expect((await post({}, `token=x&${form}`)).status).toBe(403);
    expect(records()).toBe(before);
  }, 60_000);
});

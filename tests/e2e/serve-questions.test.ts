/// <reference lib="dom" />
// Issue 75: a comparison and its review questions in the officer's workplace, in real Chromium on the built CLI, in
// Dutch, in a folder that is no git repository yet, with two organisations' social-media protocols of the repository's
// corpus (policies/aeres-mbo, policies/allure). The comparison of the kind downloaded from the first page and read
// back; its review questions opened; one answered by a plain form (the page has no script), which records it in
// policies/alignments.yaml as `clausemark confirm` does, in one commit by the officer with a Dutch message, and leads
// back to the page with the question gone. The same answer from a tab opened before is refused, nothing written. axe
// finds nothing serious on the questions page at 1280 px.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, downloaded, HAVE_BROWSER, launchBrowser } from '../support/browser.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { axeViolations, startWorkplace, VIEWPORT } from '../support/workplace.js';

const ORGS = ['aeres-mbo', 'allure'];
const ANSWERS = 'policies/alignments.yaml';

let browser: Browser;
let child: ChildProcess | undefined;
let dir: string;
let url: string;

/** Each commit of the folder's history, newest first: "author <email>|message"; none while it is no repository. */
const history = (): string[] =>
  existsSync(join(dir, '.git'))
    ? execFileSync('git', ['log', '--format=%an <%ae>|%s'], { cwd: dir, encoding: 'utf8' }).trim().split('\n')
    : [];

/** The page's question forms that ask about `first` and `second`. */
const questionOf = (page: Page, first: string, second: string) =>
  page.locator(`form:has(input[name=first][value="${first}"]):has(input[name=second][value="${second}"])`);

describe.skipIf(!HAVE_BROWSER)('the review questions in the workplace of clausemark serve in Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clausemark-questions-'));
    cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
    for (const org of ORGS) {
      mkdirSync(join(dir, 'policies', org), { recursive: true });
      cpSync(join(PROJECT_ROOT, 'policies', org, 'social-media.md'), join(dir, 'policies', org, 'social-media.md'));
    }
    ({ child, url } = await startWorkplace(dir, { GIT_CONFIG_GLOBAL: '/dev/null' }));
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    child?.kill('SIGINT');
    await browser?.close();
  });

  it('compares from the page, then answers a review question: recorded as confirm does, one commit, the question gone', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const problems = collectProblems(page);
    await page.goto(`${url}werkplek/`);
    await page.selectOption('#f-vergelijken-soort', 'social-media');

    // The comparison of the kind, made by compare's job: both organisations' texts in it; nothing written or committed.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Vergelijking downloaden (html)' }).click();
    expect((await download).suggestedFilename()).toBe('vergelijking-social-media.html');
    const comparison = (await downloaded(await download)).toString('utf8');
    expect(comparison).toContain('Aeres MBO');
    expect(comparison).toContain('Stichting Allure');
    expect(existsSync(join(dir, ANSWERS))).toBe(false);
    expect(history()).toEqual([]);

    // The review questions of the same kind, from the same form.
    await page.getByRole('button', { name: 'Reviewvragen beantwoorden' }).click();
    expect(await page.locator('h1').textContent()).toBe('Reviewvragen: Protocol sociale media');
    const questionsAddress = page.url();
    expect(questionsAddress).toBe(`${url}werkplek/vragen?soort=social-media`);
    expect(await axeViolations(browser, questionsAddress)).toEqual([]);
    const pairs = page.locator('form:has(button[value=different])');
    expect(await pairs.count()).toBeGreaterThan(0);
    const asked = pairs.first();
    const first = (await asked.locator('input[name=first]').getAttribute('value')) ?? '';
    const second = (await asked.locator('input[name=second]').getAttribute('value')) ?? '';
    expect(first).toMatch(/^aeres-mbo:|^allure:/);
    expect(second).toMatch(/^aeres-mbo:|^allure:/);
    expect(await questionOf(page, first, second).count()).toBe(1);

    // A second tab on the same questions, to answer the same question after this one did.
    const other = await browser.newPage({ viewport: VIEWPORT });
    await other.goto(questionsAddress);

    await asked.getByRole('button', { name: 'Verschillende regels' }).click();
    await page.waitForURL(/\/werkplek\/vragen\?soort=social-media&vastgelegd=[0-9a-f]{12}$/);
    const done = await page.locator('[role=status]').textContent();
    expect(done).toContain('✓ vastgelegd in de geschiedenis: Antwoord op reviewvraag vastgelegd: ');
    expect(done).toContain('Deze map had nog geen geschiedenis');

    // Recorded in the answers file as `clausemark confirm FIRST SECOND --not` records it: the pair, each with its hash.
    const answers = readFileSync(join(dir, ANSWERS), 'utf8');
    const entry = answers.split('\n').find((line) => line.startsWith('- different: ['));
    expect(entry).toContain(`${first}@`);
    expect(entry).toContain(`${second}@`);
    const name = (reference: string): string =>
      `${reference.startsWith('allure:') ? 'Stichting Allure' : 'Aeres MBO'} (${reference.slice(reference.indexOf(':') + 1)})`;
    const [a, b] = [first, second].map(name);
    expect(history()).toEqual([
      `A. de Beleidsmedewerker <>|Antwoord op reviewvraag vastgelegd: ${a} en ${b} zeggen niet hetzelfde (social-media)`,
    ]);
    expect(
      execFileSync('git', ['show', '--name-only', '--format=', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim(),
    ).toBe(ANSWERS);
    // The page asks it no more.
    expect(await questionOf(page, first, second).count()).toBe(0);
    expect(await axeViolations(browser, page.url())).toEqual([]);

    // The tab opened before answers the same question: refused, told, nothing written or committed.
    const answer = other.waitForResponse((response) => response.url().endsWith('/werkplek/vragen/antwoord'));
    await questionOf(other, first, second).getByRole('button', { name: 'Verschillende regels' }).click();
    expect((await answer).status()).toBe(409);
    expect(await other.locator('[role=alert]').textContent()).toContain('deze vraag staat niet meer open');
    expect(await questionOf(other, first, second).count()).toBe(0);
    expect(readFileSync(join(dir, ANSWERS), 'utf8')).toBe(answers);
    expect(history()).toHaveLength(1);

    // No script error, no refused resource on the way (a download ends its navigation as aborted in Chromium).
    expect(problems.filter((problem) => !/\/werkplek\/vergelijken\?.*ERR_ABORTED/.test(problem))).toEqual([]);
  }, 240_000);
});

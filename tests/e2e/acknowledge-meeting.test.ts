/// <reference lib="dom" />
// Issue 72 item 3a: the page of `clausemark acknowledge meeting` in real Chromium, as at a team meeting: the built CLI
// serves it on the loopback address; a person presses the button beside their own name, the page comes back with a
// ✓ beside it, and the record is in the version's file with the method `meeting` and the recorder. The browser
// enforces the page's Content-Security-Policy (a form that may not post would show here); a post without the session's
// token, or from another origin, records nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, HAVE_BROWSER, launchBrowser } from '../support/browser.js';
import { runCli } from '../support/cli.js';
import { cacheDir } from '../support/cli-in-process.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { waitFor } from '../support/serve.js';
import { meldcode, PEOPLE, STEPS } from '../cli/acknowledge-fixture.js';

let browser: Browser;
let repo: TempRepo;
let child: ChildProcess;
let url: string;
const output = { text: '' };
const records = (): string => readFileSync(join(repo.root, 'acknowledgements', 'linde', 'meldcode', '1.0.csv'), 'utf8');

describe.skipIf(!HAVE_BROWSER)('acknowledge meeting in Chromium', () => {
  beforeAll(async () => {
    repo = tempRepo('clausemark-acknowledge-meeting-');
    repo.write('templates/brands/.keep', '');
    repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
    const policy = repo.write('policies/linde/meldcode.md', meldcode('1.0', STEPS));
    repo.commit('meldcode 1.0');
    expect((await runCli(['acknowledge', 'ask', policy, '--date', '2026-02-01'], { cwd: repo.root })).code).toBe(0);
    child = spawn(
      process.execPath,
      [
        join(PROJECT_ROOT, 'dist', 'cli', 'main.js'),
        ...['acknowledge', 'meeting', policy, '--school', 'De Wilg', '--recorder', 'R. Hendriks', '--port', '0'],
        ...['--date', '2026-02-05'],
      ],
      { cwd: repo.root, env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: cacheDir() } },
    );
    child.stdout?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    [, url = ''] = await waitFor(output, /(http:\/\/127\.0\.0\.1:\d+\/)/, 90);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    child?.kill('SIGINT');
    await browser?.close();
  });

  it('each person ticks their own name; the tick is the record in the version’s file', async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(url);
    expect(await page.locator('h1').textContent()).toBe(
      'Kennisname: Meldcode huiselijk geweld en kindermishandeling, versie 1.0',
    );
    // De Wilg's group only, in the meldcode's audience: not De Es's people, not the contractor.
    const names = await page.locator('ul.people strong').allTextContents();
    expect(names).toEqual(['Chantal Özdemir', 'Daan Visser', 'Eva Smit']);
    await page.locator('li[data-person="p004"]').getByRole('button', { name: 'Ik ken deze versie' }).click();
    await page.waitForSelector('li[data-person="p004"] .done');
    expect(await page.locator('p.notice').textContent()).toBe('✓ vastgelegd: Daan Visser');
    expect(await page.locator('li[data-person="p003"] .done').count()).toBe(0);
    expect(records()).toMatch(/\nacknowledged,p004,1\.0,sha256-v2:[0-9a-f]{64},2026-02-05,meeting,R\. Hendriks,,\n$/);
    // A reload shows the same, and posts nothing again.
    await page.reload();
    expect(await page.locator('li[data-person="p004"] .done').textContent()).toBe('✓ kennisgenomen');
    expect(records().match(/acknowledged,p004/g)).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('a post without the session’s token, or from another page, records nothing', async () => {
    const before = records();
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${url}kennisname`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
        redirect: 'manual',
      });
    expect((await post({}, 'token=guess&person=p005')).status).toBe(403);
    expect((await post({ origin: 'http://evil.example' }, 'token=x&person=p005')).status).toBe(403);
    expect(records()).toBe(before);
  });
});

// `clausemark serve --watch` as an author uses it: it builds, serves, and rebuilds the page when a policy changes.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../support/cli-in-process.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { saveByRename, serveWatching, waitFor, type WatchOptions, type WatchingServer } from '../support/serve.js';

const servers: WatchingServer[] = [];
// Waited for: a server not yet ended when the file is done was reaped during the worker's next file, whose count of
// its child processes' CPU took the servers' (scripts/test-cpu: 3.6 CPU s counted to tests/cli/parallel-writes).
afterAll(async () => {
  for (const server of servers) server.stop();
  await Promise.all(servers.map((server) => server.exited));
});

async function started(options: WatchOptions = {}): Promise<WatchingServer> {
  const server = await serveWatching(options);
  servers.push(server);
  return server;
}

/** Fetches `url` until `accept` holds of the answer (or the deadline passes: then fails with the last answer). */
async function fetchUntil(
  url: string,
  accept: (answer: { status: number; body: string }) => boolean,
  seconds: number,
): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const response = await fetch(url);
    const answer = { status: response.status, body: await response.text() };
    if (accept(answer)) return answer;
    if (Date.now() > deadline)
      throw new Error(
        `no answer as expected from ${url} within ${seconds} s; the last (${answer.status}):\n${answer.body.slice(0, 2000)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const buildNumber = async (url: string): Promise<number> =>
  ((await (await fetch(`${url}__clausemark/version`)).json()) as { version: number }).version;

describe('clausemark serve without a report to serve', () => {
  it('exits 2 naming the report folder when it is a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-serve-'));
    writeFileSync(join(dir, 'report.html'), '<!DOCTYPE html>');
    // Bounded: before this was refused, the server started and ran until killed.
    const run = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), 'serve', '--out', 'report.html', '--port', '0'],
      { cwd: dir, encoding: 'utf8', timeout: 20_000, env: { ...process.env, CLAUSEMARK_CACHE_DIR: cacheDir() } },
    );
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(2);
    expect(run.stderr).toContain('clausemark: report.html: is a file, not the report folder');
    expect(run.stderr).toContain('name the report folder with --out');
    expect(run.stdout).toBe('');
  });

  it('serves the workplace alone while out/ does not exist, and leads / there (issue 75)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-serve-'));
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), 'serve', '--port', '0'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', CLAUSEMARK_CACHE_DIR: cacheDir() },
    });
    const output = { text: '' };
    child.stdout.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const [, url = ''] = await waitFor(output, /the workplace: (http:\/\/127\.0\.0\.1:\d+\/)werkplek\//, 60);
      const root = await fetch(url, { redirect: 'manual' });
      expect([root.status, root.headers.get('location')]).toEqual([303, '/werkplek/']);
      const page = await fetch(`${url}werkplek/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<h1>The policy workplace</h1>');
      expect((await fetch(`${url}favicon.ico`)).status).toBe(404);
    } finally {
      child.kill('SIGINT');
      await exited;
    }
  }, 90_000);
});

describe('clausemark serve --watch', () => {
  it('serves the report and rebuilds the page after a policy is edited', async () => {
    const { url, policy, output } = await started();
    const page = `${url}allure/social-media-1.0.html`;
    expect(await (await fetch(page)).text()).toContain('Stichting Allure');

    writeFileSync(
      policy,
      readFileSync(policy, 'utf8').replace(
        'Onder de noemer sociale media',
        'Onder de noemer sociale netwerken en media',
      ),
    );
    await waitFor(output, /rebuilt: /, 90);
    expect(await (await fetch(page)).text()).toContain('Onder de noemer sociale netwerken en media');
    expect(output.text).not.toMatch(/clausemark: /);
  }, 200_000);

  it('rebuilds only the edited policy (the build manifest), with the disk cache of word layouts', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'clausemark-serve-cache-'));
    const { dir, output, policy } = await started({ others: ['aeres-mbo'], env: { CLAUSEMARK_CACHE_DIR: cache } });
    await waitFor(output, /building: /, 90);
    const pdf = (org: string): string => join(dir, 'out', org, 'social-media-1.0.pdf');
    const before = { allure: statSync(pdf('allure')).mtimeMs, aeres: statSync(pdf('aeres-mbo')).mtimeMs };
    expect(existsSync(join(dir, 'out', '.clausemark-manifest.json')), 'the build manifest').toBe(true);
    expect(readdirSync(join(cache, 'shaping')).length, 'word layouts cached').toBeGreaterThan(0);

    saveByRename(
      policy,
      readFileSync(policy, 'utf8').replace('Onder de noemer sociale media', 'Onder de noemer media'),
    );
    await waitFor(output, /rebuilt: /, 90);
    expect(output.text).toMatch(/rebuilt: 1 PDF, 1 up to date, /);
    expect(statSync(pdf('allure')).mtimeMs).toBeGreaterThan(before.allure);
    expect(statSync(pdf('aeres-mbo')).mtimeMs, 'the unchanged policy is not rebuilt').toBe(before.aeres);
  }, 200_000);

  it("sees every save by rename, shows a failed rebuild's finding instead of the page, and the page again once fixed", async () => {
    const { url, policy: file, output } = await started();
    const page = `${url}allure/social-media-1.0.html`;
    const original = readFileSync(file, 'utf8');
    for (const words of ['sociale netwerken', 'alle sociale media']) {
      saveByRename(file, original.replace('Onder de noemer sociale media', `Onder de noemer ${words}`));
      await fetchUntil(page, (answer) => answer.status === 200 && answer.body.includes(`Onder de noemer ${words}`), 90);
    }

    saveByRename(file, original.replace('title: Protocol social media', 'title: [Protocol social media'));
    const failed = await fetchUntil(page, (answer) => answer.status === 500, 90);
    expect(failed.body).toContain('The rebuild failed');
    expect(failed.body).toContain(
      'policies/allure/social-media.md:3:8: invalid YAML in the frontmatter: the list opened with [ is never closed with ]',
    );
    expect(failed.body).not.toContain('Onder de noemer');
    expect((await fetch(url)).status, 'the overview too').toBe(500);
    // The server's line and its page travel apart (a pipe, a socket): the line may come just after the page.
    await waitFor(output, /clausemark: policies\/allure\/social-media\.md:3:8: invalid YAML/, 30);

    saveByRename(file, original);
    const fixed = await fetchUntil(page, (answer) => answer.status === 200, 90);
    expect(fixed.body).toContain('Onder de noemer sociale media');
  }, 300_000);

  it('says all this in Dutch to a Dutch run (LANG=nl_NL.UTF-8): its lines and the page of a failed rebuild', async () => {
    const { url, policy: file, output } = await started({ env: { LANG: 'nl_NL.UTF-8' } });
    expect(output.text).toMatch(
      /^opmaken: 1 pdf, \d+ pagina's gewijzigd\nout\/ staat klaar op http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl\+C stopt\)\n/,
    );
    const original = readFileSync(file, 'utf8');
    saveByRename(file, original.replace('title: Protocol social media', 'title: [Protocol social media'));
    const failed = await fetchUntil(`${url}allure/social-media-1.0.html`, (answer) => answer.status === 500, 90);
    expect(failed.body).toContain('<html lang="nl">');
    expect(failed.body).toContain('<h1>Opnieuw opmaken is mislukt</h1>');
    expect(failed.body).toContain('Verbeter dit en sla op: deze pagina laadt dan vanzelf opnieuw.');
    expect(failed.body).not.toContain('The rebuild failed');
    saveByRename(file, original);
    await waitFor(output, /opnieuw opgemaakt: 1 pdf, /, 90);
  }, 300_000);

  it("adds a reload script, allowed by the page's Content-Security-Policy, to the pages it serves, not to the files in out/", async () => {
    const { dir, url, policy: file } = await started();
    const page = `${url}allure/social-media-1.0.html`;
    const served = await (await fetch(page)).text();
    const onDisk = readFileSync(join(dir, 'out', 'allure', 'social-media-1.0.html'), 'utf8');
    const scripts = [...served.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(scripts).toHaveLength(2);
    const reload = scripts.find((script) => script.includes('__clausemark/version')) ?? '';
    const hash = (script: string): string => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
    const own = scripts.find((script) => script !== reload) ?? '';
    // The policy as the browser reads the attribute (the layout writes ' and = as character references).
    const policyOf = (html: string): Map<string, string[]> => {
      const escaped = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      const text = escaped
        .replace(/&#x([0-9a-f]+);/gi, (_entity, code: string) => String.fromCodePoint(parseInt(code, 16)))
        .replace(/&amp;/g, '&');
      return new Map(
        text
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .map(([name = '', ...sources]) => [name, sources]),
      );
    };
    const policy = policyOf(served);
    expect(policy.get('script-src')).toEqual([hash(own), hash(reload)]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    const staticPolicy = policyOf(onDisk);
    expect(staticPolicy.get('default-src')).toEqual(["'none'"]);
    for (const [name, sources] of staticPolicy)
      if (name !== 'script-src') expect(policy.get(name), name).toEqual(sources);
    const withoutPolicy = (html: string): string =>
      html.replace(/(http-equiv="Content-Security-Policy" content=")[^"]*"/, '$1"');
    expect(withoutPolicy(served.replace(`<script>${reload}</script>\n`, ''))).toBe(withoutPolicy(onDisk));
    expect(onDisk).not.toContain('__clausemark');

    const before = await buildNumber(url);
    saveByRename(
      file,
      readFileSync(file, 'utf8').replace('Onder de noemer sociale media', 'Onder de noemer sociale netwerken'),
    );
    const deadline = Date.now() + 90_000;
    while ((await buildNumber(url)) === before && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await buildNumber(url)).toBeGreaterThan(before);
  }, 300_000);
});

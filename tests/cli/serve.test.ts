// `clausemark serve --watch` as an author uses it: it builds, serves, and rebuilds the page when a policy changes.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGINT');
});

/** Resolves with the first line of output matching `pattern` (output so far in the error when it never comes). */
function waitFor(output: { text: string }, pattern: RegExp, seconds: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const match = pattern.exec(output.text);
      if (match) {
        clearInterval(poll);
        resolve(match);
      } else if (Date.now() - started > seconds * 1000) {
        clearInterval(poll);
        reject(new Error(`no ${pattern} in:\n${output.text}`));
      }
    }, 100);
  });
}

describe('clausemark serve --watch', () => {
  it('serves the report and rebuilds the page after a policy is edited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-watch-'));
    cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'policies', 'allure'), join(dir, 'policies', 'allure'), { recursive: true });
    const output = { text: '' };
    child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), 'serve', '--watch', '--port', '0'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    child.stdout?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    const [, url] = await waitFor(output, /serving out\/ at (http:\/\/127\.0\.0\.1:\d+\/)/, 90);
    const page = `${url}allure/social-media-1.0.html`;
    expect(await (await fetch(page)).text()).toContain('Stichting Allure');

    const file = join(dir, 'policies', 'allure', 'social-media.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Onder de noemer sociale media', 'Onder de noemer sociale netwerken en media'));
    await waitFor(output, /rebuilt: /, 90);
    expect(await (await fetch(page)).text()).toContain('Onder de noemer sociale netwerken en media');
    expect(output.text).not.toMatch(/clausemark: /);
  }, 200_000);
});

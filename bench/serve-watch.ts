// `clausemark serve --watch` as an author lives with it (issue 43 item 7): how long from saving an edit of a policy
// until the browser shows it, measured in Chromium (playwright-core, Debian's /usr/bin/chromium). A throw-away project
// with the templates and one seed policy is served; its page is opened; then, run after run, a clause is edited and
// saved the way editors save (a temp file renamed over the policy), and the clock stops when the page's text holds
// the new words. Target: a median of 0.3 s or less. `npm run bench` runs it; `npm run bench:serve` alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load1, summarise, seconds } from './measure.js';
import type { Row } from './report.js';

const CHROMIUM = '/usr/bin/chromium';
const TARGET_MS = 300;

/** Waits until `test` holds, polling every few milliseconds; false at the deadline. */
async function until(test: () => Promise<boolean>, deadlineMs: number): Promise<boolean> {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (await test()) return true;
    await new Promise((done) => setTimeout(done, 5));
  }
  return false;
}

/** Starts `serve --watch --port 0` in `dir`; resolves with its address once it serves. */
function startServer(cli: string, dir: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--watch', '--port', '0'], { cwd: dir, env });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done, fail) => {
    const timer = setInterval(() => {
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) {
        clearInterval(timer);
        done({ child, url });
      }
    }, 50);
    setTimeout(() => {
      clearInterval(timer);
      child.kill('SIGINT');
      fail(new Error(`serve --watch did not start:\n${output}`));
    }, 180_000);
  });
}

/** Saves like sed -i and most editors: a new file beside the old one, renamed over it. */
function saveByRename(file: string, text: string): void {
  const temp = join(file, '..', `.bench-${process.pid}-${Date.now()}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** The benchmark's row: the median time from a save to the edit shown in the browser, against the target. */
export async function serveWatchRows(
  root: string,
  cli: string,
  plan: { runs: number; warmup: number },
  env: NodeJS.ProcessEnv,
): Promise<Row[]> {
  const row = { group: 'serve', name: 'serve --watch: a saved edit shown in the browser' };
  if (!existsSync(CHROMIUM))
    return [{ ...row, note: `skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)` }];
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-bench-serve-'));
  cpSync(join(root, 'templates'), join(dir, 'templates'), { recursive: true });
  cpSync(join(root, 'policies', 'allure'), join(dir, 'policies', 'allure'), { recursive: true });
  const policy = join(dir, 'policies', 'allure', 'social-media.md');
  const original = readFileSync(policy, 'utf8');
  const { child, url } = await startServer(cli, dir, env);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}allure/social-media-1.0.html`);
    const samples: number[] = [];
    const loadBefore = load1();
    for (let run = 0; run < plan.warmup + plan.runs; run++) {
      const marker = `Meting${run}x${Date.now()}`;
      const edited = original.replace(
        '{#inl.niet-weg-te-denken} Sociale media',
        `{#inl.niet-weg-te-denken} ${marker} media`,
      );
      if (edited === original) throw new Error('the clause to edit is not in the seed policy');
      const started = performance.now();
      saveByRename(policy, edited);
      const shown = await until(
        () => page.evaluate((words) => document.body?.innerText.includes(words) === true, marker).catch(() => false),
        60_000,
      );
      if (!shown) throw new Error(`the edit ${marker} did not show within 60 s`);
      if (run >= plan.warmup) samples.push(performance.now() - started);
    }
    const stat = summarise(samples, Number.NaN, [loadBefore, load1()]);
    return [
      {
        ...row,
        stat,
        target: { text: `median ≤ ${seconds(TARGET_MS)}`, met: stat.median <= TARGET_MS },
        note: `each run: ${samples.map((ms) => seconds(ms)).join(', ')}`,
      },
    ];
  } finally {
    await browser.close();
    child.kill('SIGINT');
    rmSync(dir, { recursive: true, force: true });
  }
}

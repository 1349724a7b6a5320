// The officer's workplace as the browser tests open it: `clausemark serve` of the built CLI started in a folder with an
// officer, in Dutch, and axe-core run on its pages. One start and one accessibility judgement for every workplace test.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { cacheDir } from './cli-in-process.js';
import { PROJECT_ROOT } from './paths.js';
import { waitFor } from './serve.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const VIEWPORT = { width: 1280, height: 900 };

export interface Workplace {
  child: ChildProcess;
  /** The server's address, ending in `/` (the workplace is at `${url}werkplek/`). */
  url: string;
  /** What the server printed so far. */
  output: { text: string };
}

/** `clausemark serve --officer "A. de Beleidsmedewerker"` in `cwd`, once it says where the workplace is. */
export async function startWorkplace(cwd: string, env: Record<string, string> = {}): Promise<Workplace> {
  const child = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'dist', 'cli', 'main.js'), 'serve', '--port', '0', '--officer', 'A. de Beleidsmedewerker'],
    {
      cwd,
      env: {
        ...process.env,
        NO_COLOR: '1',
        LANG: 'nl_NL.UTF-8',
        LC_ALL: 'nl_NL.UTF-8',
        CLAUSEMARK_CACHE_DIR: cacheDir(),
        ...env,
      },
    },
  );
  const output = { text: '' };
  child.stdout?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  const [, url = ''] = await waitFor(output, /werkplek: (http:\/\/127\.0\.0\.1:\d+\/)werkplek\//, 90);
  return { child, url, output };
}

/**
 * axe-core's serious and critical findings on `page` as it is (a page a post answered), its context past the CSP, and
 * any id a label or ARIA attribute names twice: axe puts those under "needs review" (duplicate-id-aria) rather than
 * among its violations, yet a label then points at the wrong field (WCAG 1.3.1, 4.1.1), so they count here.
 */
export async function axeOn(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  type Finding = { id: string; impact: string | null };
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: Finding[]; incomplete: Finding[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    });
    const named = (finding: Finding): string => `${finding.id} (${finding.impact})`;
    return { violations: result.violations.map(named), incomplete: result.incomplete.map(named) };
  });
  return [
    ...found.violations.filter((violation) => /serious|critical/.test(violation)),
    ...found.incomplete.filter((review) => review.startsWith('duplicate-id')),
  ];
}

/** A tab whose page axe can be run on (its context lets axe's script in past the CSP). */
export async function axeTab(browser: Browser): Promise<Page> {
  return (await browser.newContext({ bypassCSP: true, viewport: VIEWPORT })).newPage();
}

/** axeOn's findings on the page at `address`, opened in a tab of its own. */
export async function axeViolations(browser: Browser, address: string): Promise<string[]> {
  const page = await axeTab(browser);
  await page.goto(address);
  const violations = await axeOn(page);
  await page.context().close();
  return violations;
}

// The sites the browser tests open: the repository's corpus built by the real CLI (PDFs and report), and a corpus
// with a policy full of injection payloads. Built by the compiled binary: in the e2e lane's VM context (vmForks,
// vitest.config.ts) the commands run from src/ were evaluated afresh and ran slower, ~7 CPU s of site.test.ts.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runBuiltCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { shippedProject } from '../support/project.js';

export interface BuiltSite {
  dir: string;
  out: string;
  url(page: string): string;
}

function site(dir: string): BuiltSite {
  const out = join(dir, 'out');
  return { dir, out, url: (page) => pathToFileURL(join(out, page)).href };
}

/**
 * `clausemark build` of the project in `dir` into out/, in the command thread alone (--jobs 1): the same files as with
 * worker threads (tests/cli/build.test.ts builds in them), without a worker's start and renderer (~0.3 CPU s).
 */
const BUILD_SITE = ['build', '--out', 'out', '--jobs', '1'];

/** A copy of the project (templates and policies) built with `clausemark build`, as `npm start` would. */
export async function buildCorpusSite(): Promise<BuiltSite> {
  // The corpus clausemark ships, not whatever a school keeps in its clone's policies/ (issue 39 item 7).
  const dir = shippedProject({ templates: true, prefix: 'clausemark-e2e-' });
  const run = await runBuiltCli(BUILD_SITE, { cwd: dir });
  if (run.code !== 0) throw new Error(`build failed (${run.code}): ${run.stderr}`);
  return site(dir);
}

/** Policy text that would run code or load things if the report ever let it through as HTML. */
export const INJECTION_POLICY = `---
id: gedragscode
title: "Gedragscode <script>window.__pwned = 'title'</script>"
organisation: "Stichting <img src=x onerror=\\"window.__pwned = 'org'\\">"
org: injectie
version: "1.0"
status: draft
lang: nl
---

# Gedragscode

## Regels <script>window.__pwned = 'heading'</script> {#regels}

1. {#r.script} Een artikel met <script>window.__pwned = 'clause'</script> erin.
2. {#r.img} Een afbeelding <img src=x onerror="window.__pwned = 'img'"> en <svg onload="window.__pwned = 'svg'"></svg>.
3. {#r.link} Een [link](javascript:window.__pwned='link') en een [tweede](JaVa\tScRiPt:alert(1)) en ![plaatje](https://example.org/x.png).
4. {#r.quote} Aanhalingstekens " en ' en \`<b>code</b>\` en &amp; &lt;b&gt;.

<iframe src="https://example.org"></iframe>
`;

export async function buildInjectionSite(): Promise<BuiltSite> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-e2e-inject-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  mkdirSync(join(dir, 'policies', 'injectie'), { recursive: true });
  writeFileSync(join(dir, 'policies', 'injectie', 'gedragscode.md'), INJECTION_POLICY);
  // A second organisation with the same code of conduct: a comparison is of one kind of policy (issue 16), so the
  // payloads reach the comparison page (compare/gedragscode.html) only beside another code of conduct.
  mkdirSync(join(dir, 'policies', 'injectie-twee'), { recursive: true });
  writeFileSync(
    join(dir, 'policies', 'injectie-twee', 'gedragscode.md'),
    INJECTION_POLICY.replace('org: injectie', 'org: injectie-twee'),
  );
  cpSync(join(PROJECT_ROOT, 'policies', 'allure'), join(dir, 'policies', 'allure'), { recursive: true });
  const run = await runBuiltCli(BUILD_SITE, { cwd: dir });
  if (run.code !== 0) throw new Error(`build failed (${run.code}): ${run.stderr}`);
  return site(dir);
}

/**
 * `clausemark compare --format html` of Allure's policy and a twin that rewords one clause: every provision but
 * that one is identical.
 */
export async function buildTwinComparison(): Promise<{ url: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-e2e-twin-'));
  const source = readFileSync(join(PROJECT_ROOT, 'policies', 'allure', 'social-media.md'), 'utf8');
  const twin = source
    .replace(/^org: .*$/m, 'org: allure-twin')
    .replace(/^organisation: .*$/m, 'organisation: Stichting Tweeling')
    .replace('sociale media', 'de sociale netwerken');
  if (twin === source) throw new Error("the twin fixture no longer changes Allure's text");
  for (const [org, text] of [
    ['allure', source],
    ['allure-twin', twin],
  ] as const) {
    mkdirSync(join(dir, 'policies', org), { recursive: true });
    writeFileSync(join(dir, 'policies', org, 'social-media.md'), text);
  }
  const run = await runBuiltCli(
    ['compare', 'policies/allure', 'policies/allure-twin', '--format', 'html', '--out', 'compare.html'],
    { cwd: dir },
  );
  if (run.code !== 0) throw new Error(`compare failed (${run.code}): ${run.stderr}`);
  return { url: pathToFileURL(join(dir, 'compare.html')).href };
}

// Every HTML page clausemark writes comes from the one page shell (src/render/shared/html-page.ts): the shell's
// parameters are honoured, and no other file of src/ writes a page's doctype or <html> by hand.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPage } from '../../../src/render/shared/html-page.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { sourceFiles } from '../../support/source-files.js';

const PAGE = {
  lang: 'nl',
  title: `Protocol 's-Hertogenbosch <b> & "zo"`,
  csp: "default-src 'none'; style-src 'unsafe-inline'",
  style: 'body { color: red; }',
  body: '<main>x</main>',
};

describe('the one HTML page shell', () => {
  it('writes doctype, language, policy and title, escaping the plain-text ones as the report layouts do', () => {
    expect(htmlPage(PAGE)).toBe(
      [
        '<!DOCTYPE html>',
        '<html lang="nl">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;">',
        '<title>Protocol &#x27;s-Hertogenbosch &lt;b&gt; &amp; &quot;zo&quot;</title>',
        '<style>body { color: red; }</style>',
        '</head>',
        '<body><main>x</main></body>',
        '</html>',
        '',
      ].join('\n'),
    );
  });

  it('carries the script, the generator and the referrer rule only on a page that asks for them', () => {
    const page = htmlPage({ ...PAGE, script: 'go()', generator: 'clausemark 1.2.3', noReferrer: true });
    expect(page).toContain(
      '<meta name="referrer" content="no-referrer">\n<meta name="generator" content="clausemark 1.2.3">\n<title>',
    );
    expect(page).toContain('<body><main>x</main><script>go()</script>\n</body>');
    expect(htmlPage(PAGE)).not.toMatch(/<script|name="referrer"|name="generator"/);
  });

  it('is the only file of src/ that writes a page frame', () => {
    const allowed = new Set(['src/render/shared/html-page.ts']);
    const framing = sourceFiles(`${PROJECT_ROOT}/src`)
      .filter((file) => /<!doctype html>/i.test(readFileSync(file, 'utf8')))
      .map((file) => relative(PROJECT_ROOT, file))
      .filter((file) => !allowed.has(file));
    expect(framing).toEqual([]);
  });
});

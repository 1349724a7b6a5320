// A policy that names its own numbering prints the source's labels on its page of the HTML report: "Artikel 1"
// over its clauses "1.1", "1.2" and the letters "a)", "b)" below 1.2, not the house style's 1, 1.1, 1.2.a. Read
// back as the page's text, tags stripped.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSite } from '../../../src/report/site/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';

/** Its own numbering: "Artikel %1" over clauses "%1.%2" and items "%a)" (shared with the PDF, Word and HTML tests). */
const SOURCE = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'render', 'own-numbering.md'), 'utf8');

/** The text of a page as a reader sees it: tags, scripts and styles out, entities of the labels read. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('a policy with its own numbering, on its page of the HTML report', () => {
  it('prints "Artikel 1", "1.1", "1.2", "a)", "b)" and "Artikel 2", "2.1"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-html-own-numbering-'));
    const file = join(dir, 'klachtenregeling.md');
    writeFileSync(file, SOURCE);
    const out = join(dir, 'out');
    const report = writeSite([file], { root: PROJECT_ROOT, outDir: out });
    const page = report.pages.find((path) => path.includes('klachtenregeling') && path.endsWith('.html'));
    const html = readFileSync(join(out, page ?? 'missing'), 'utf8');
    const body = pageText(html);
    // As a screen reader or a copy reads the contents and the headings (the tags' text run together): "Artikel 1
    // Begripsbepalingen", never "Artikel 1Begripsbepalingen" (issue 69 item 4).
    const runTogether = html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '');
    expect(runTogether.match(/Artikel 1 ?Begripsbepalingen/g)).toEqual([
      'Artikel 1 Begripsbepalingen',
      'Artikel 1 Begripsbepalingen',
    ]);
    const text = body.slice(body.lastIndexOf('Artikel 1 Begripsbepalingen'));
    expect(text).toMatch(/^Artikel 1 Begripsbepalingen 1\.1 Een klacht is een uiting van onvrede\./);
    expect(text).toMatch(
      /1\.2 Klager is degene die een klacht indient, te weten: .*a\) een ouder; .*b\) een leerling\./,
    );
    expect(text).toMatch(/Artikel 2 Indienen 2\.1 Een klacht wordt binnen een jaar ingediend\./);
    expect(text).not.toMatch(/1\.2\.a/);
  });
});

// A page's title set as a paragraph in a title style (src/import/readers/html-title-style.ts): Word's "Save as HTML"
// (`<p class=MsoTitle>`), Google Docs' "Download > Web page" (`<p class="c3 title">`) and LibreOffice's HTML export (a
// paragraph in the Title style's large font) set their title so, and their Heading 1 sections as <h1>. The title was
// a clause before the first article, and the first section's heading the policy's title and ID.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { namedKind } from '../../../src/model/kind.js';
import { allClauses } from '../../../src/model/walk.js';
import { parsePolicy } from '../../../src/parse/index.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-html-title-'));

/** The policy `body` makes, imported as an HTML page with an empty <title>. */
async function imported(name: string, body: string) {
  const file = join(folder, `${name}.html`);
  writeFileSync(file, `<html><head><title></title></head><body>\n${body}\n</body></html>\n`);
  const result = await importDocument(file, { org: 'eduwijs', dryRun: true });
  const { policy } = parsePolicy(result.output);
  return {
    meta: { id: policy.meta.id, title: policy.meta.title, kind: namedKind(policy) },
    sections: policy.sections.map((section) => section.title),
    clauses: allClauses(policy).map(({ clause }) => clause.text),
    missing: result.accounting.missing,
  };
}

const ARTICLES = `<h1>Artikel 1 Indienen</h1>
<p>Een klacht wordt schriftelijk ingediend bij de klachtencommissie.</p>
<h1>Artikel 2 Termijn</h1>
<p>De commissie beslist binnen tien weken.</p>`;

describe('a title set as a paragraph in a title style', () => {
  it.each([
    ["Word's Save as HTML", '<p class=MsoTitle>Klachtenregeling Stichting Eduwijs</p>'],
    [
      "Google Docs' web page",
      '<p class="c3 title" id="h.abc"><span class="c1">Klachtenregeling Stichting Eduwijs</span></p>',
    ],
    [
      "LibreOffice's HTML export",
      '<p style="margin-bottom: 0.21in"><font color="#17365d"><font face="Calibri, serif"><font size="6" style="font-size: 26pt">Klachtenregeling\nStichting Eduwijs</font></font></font></p>',
    ],
  ])("is the policy's title, its <h1> sections the articles: %s", async (name, title) => {
    const policy = await imported(name.replaceAll(' ', '-').replaceAll("'", ''), `${title}\n${ARTICLES}`);
    expect(policy.meta).toEqual({
      id: 'klachtenregeling',
      title: 'Klachtenregeling Stichting Eduwijs',
      kind: 'klachtenregeling',
    });
    expect(policy.sections).toEqual(['Indienen', 'Termijn']);
    expect(policy.clauses).toEqual([
      'Een klacht wordt schriftelijk ingediend bij de klachtencommissie.',
      'De commissie beslist binnen tien weken.',
    ]);
    expect(policy.missing).toEqual([]);
  });
});

describe('a paragraph that is no title', () => {
  it('stays a paragraph after a heading, and a page with its own <h1> title keeps it', async () => {
    const policy = await imported(
      'after-heading',
      `<h1>Klachtenregeling De Linde</h1>\n<p class="title">Een klacht wordt schriftelijk ingediend.</p>\n<h2>Termijn</h2>\n<p>De commissie beslist binnen tien weken.</p>`,
    );
    expect(policy.meta.title).toBe('Klachtenregeling De Linde');
    expect(policy.clauses).toContain('Een klacht wordt schriftelijk ingediend.');
  });

  it('stays a paragraph in body text, or set large but long', async () => {
    const long = Array.from({ length: 25 }, (_, i) => `woord${i}`).join(' ');
    for (const first of [
      '<p style="font-size: 12pt">Klachtenregeling Stichting Eduwijs</p>',
      '<p><span style="font-size: 26pt">Klachtenregeling</span> Stichting Eduwijs</p>',
      `<p style="font-size: 28pt">${long}</p>`,
    ]) {
      const policy = await imported(`no-title-${first.length}`, `${first}\n${ARTICLES}`);
      expect(policy.meta.id).not.toBe('klachtenregeling');
    }
  });
});

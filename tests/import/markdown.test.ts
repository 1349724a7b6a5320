// The Markdown and HTML readers end to end (through the writer and fmt): front matter of every style is metadata,
// never a clause; hard-wrapped lines are joined; setext headings, `*` and `1.` lists, tables and HTML blocks become
// structure; every source word is kept or listed as dropped.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { ClausemarkError } from '../../src/model/errors.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-markdown-'));

async function importFile(text: string, name: string) {
  const file = join(folder, name);
  writeFileSync(file, text);
  const result = await importDocument(file, { org: 'site', dryRun: true });
  const policy = parsePolicy(result.output).policy;
  return {
    result,
    policy,
    sections: allSections(policy)
      .slice(1)
      .map((section) => `${'#'.repeat(section.depth)} ${section.title}`),
    clauses: allClauses(policy).map(({ clause }) => `${'  '.repeat(clause.depth)}${clause.text}`),
  };
}

const BODY = `Information about your use of this website is collected
using server access logs and a tracking cookie.

Collected
---------

 1. The IP address from which you access the website;
 2. The type of browser and operating system you use to
access our site;

* The date and time you access our site;
* The pages you visit.
`;

const EXPECTED_CLAUSES = [
  'Information about your use of this website is collected using server access logs and a tracking cookie.',
  'The IP address from which you access the website;',
  'The type of browser and operating system you use to access our site;',
  'The date and time you access our site;',
  'The pages you visit.',
];

const WRAPPERS: Record<string, string> = {
  'YAML ---': '---\nlayout: page\ntitle: Privacy Policy\npermalink: /privacy/\n---\n\n',
  'TOML +++': '+++\ntitle = "Privacy Policy"\ndate = 2021-06-04\nlang = "en"\n+++\n\n',
  'YAML without its opening ---': 'layout: page\ntitle: Privacy Policy\n---\n\n',
  'Title: header lines': 'Title: Privacy Policy\nAuthor: The Foundation\n\n',
  'a licence comment and an H1': '<!--\nLicensed under the Apache License.\n//-->\n\n# Privacy Policy\n\n',
};

describe('import of Markdown', () => {
  for (const [name, wrapper] of Object.entries(WRAPPERS)) {
    it(`reads ${name} as metadata: no clause holds it, the title is stated, wrapped lines are joined`, async () => {
      const { result, policy, sections, clauses } = await importFile(`${wrapper}${BODY}`, 'privacy.md');
      expect(policy.meta.title).toBe('Privacy Policy');
      expect(sections).toEqual(['## Collected']);
      expect(clauses).toEqual(EXPECTED_CLAUSES);
      expect(result.accounting.missing).toEqual([]);
      expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      if (!name.includes('comment') && !name.includes('H1'))
        expect(result.dropped[0]?.reason).toBe('front matter (read as metadata)');
    });
  }

  it('takes the date, language and author the front matter states', async () => {
    const toml = await importFile(`${WRAPPERS['TOML +++']}${BODY}`, 'toml.md');
    expect(toml.policy.meta).toMatchObject({ effective: '2021-06-04', lang: 'en' });
    const headers = await importFile(`${WRAPPERS['Title: header lines']}${BODY}`, 'headers.md');
    expect(headers.policy.meta.organisation).toBe('The Foundation');
  });

  it('reads HTML blocks as HTML and keeps links, emphasis and tables', async () => {
    const { clauses, result } = await importFile(
      '# Regels\n\n<div class="note">\n<p>Let <em>op</em>: dit geldt voor <a href="https://example.nl">iedereen</a>.</p>\n<ul><li>een</li><li>twee</li></ul>\n</div>\n\nWie doet wat:\n\n| Wie | Wat |\n| --- | --- |\n| Directie | Besluit |\n',
      'regels.md',
    );
    expect(clauses).toEqual([
      'Let op: dit geldt voor iedereen.',
      'een',
      'twee',
      // A table belongs to the clause that leads into it (clausemark's model, docs/format.md).
      'Wie doet wat:\n\nWie | Wat\nDirectie | Besluit',
    ]);
    expect(result.output).toContain('[iedereen](https://example.nl)');
    expect(result.output).toContain('_op_');
  });

  it('titles a document without an H1 by the heading it opens with', async () => {
    const { policy, sections } = await importFile(
      '### Vulnerability disclosure policy\n\nWe take security seriously.\n\n#### Scope\n\nThis policy applies to our sites.\n',
      'vdp.md',
    );
    expect(policy.meta.title).toBe('Vulnerability disclosure policy');
    expect(sections).toEqual(['## Scope']);
  });

  it('keeps footnotes marked "*" or a letter as footnotes, their marks as the text wrote them', async () => {
    const { result, policy } = await importFile(
      '# Pestprotocol\n\n## Melding\n\nEen melding gaat naar de vertrouwenspersoon[^*] van de school.\n\nDe directeur beslist binnen twee weken[^a].\n\n[^*]: Zie de website.\n[^a]: Gerekend vanaf de melding.\n',
      'marks.md',
    );
    expect(result.output).toContain('vertrouwenspersoon[^*] van de school.');
    expect(result.output).toContain('binnen twee weken[^a].');
    expect(Object.keys(policy.footnotes)).toEqual(['*', 'a']);
    expect(result.accounting.missing).toEqual([]);
  });

  it('refuses front matter it cannot read, naming the line and column', async () => {
    const file = join(folder, 'bad.md');
    writeFileSync(file, `+++\ntitle = "Privacy\n+++\n\n${BODY}`);
    await expect(importDocument(file, { org: 'site', dryRun: true })).rejects.toThrow(ClausemarkError);
    await expect(importDocument(file, { org: 'site', dryRun: true })).rejects.toMatchObject({
      place: { file, point: { line: 2, column: 9 } },
    });
  });
});

describe('import of HTML', () => {
  it('reads headings, paragraphs, nested lists and tables; scripts, styles and navigation are not text', async () => {
    const page = `<!DOCTYPE html>
<html lang="en"><head><title>Code of conduct</title><style>p { color: red }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<h1>Code of Conduct</h1>
<p>All attendees, speakers and
volunteers are required to agree with this code.</p>
<h2>The Short Version</h2>
<ol><li>Be kind.<ul><li>Always.</li></ul></li><li>Be <strong>safe</strong>.</li></ol>
<div>Call us:</div>
<table><tr><th>Who</th><th>Phone</th></tr><tr><td>Staff</td><td>555</td></tr></table>
<script>alert("x")</script>
</body></html>
`;
    const { policy, sections, clauses, result } = await importFile(page, 'coc.html');
    expect(policy.meta).toMatchObject({ title: 'Code of Conduct', lang: 'en' });
    expect(sections).toEqual(['## The Short Version']);
    expect(clauses).toEqual([
      'All attendees, speakers and volunteers are required to agree with this code.',
      'Be kind.',
      '  Always.',
      'Be safe.',
      'Call us:\n\nWho | Phone\nStaff | 555',
    ]);
    expect(result.dropped.map((dropped) => [dropped.text, dropped.reason])).toContainEqual([
      'Home About',
      'navigation',
    ]);
    expect(result.output).not.toContain('alert');
    expect(result.output).not.toContain('color: red');
    expect(result.accounting.missing).toEqual([]);
  });
});

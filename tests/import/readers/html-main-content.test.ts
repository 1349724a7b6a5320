// A policy saved from a school's website (src/import/readers/html-main-content.ts): the site's header with its name
// and slogan, its footer with address and copyright, a blog's visitor comments and the "Bewerken" link around the
// policy were read as the policy's text, "2 reacties op Pestprotocol" a section of it. Only the page's main content
// is the policy; what stands around it is left out and listed, no word lost.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/index.js';
import { allClauses } from '../../../src/model/walk.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-html-main-'));
const AROUND = "the website around the page's main content (its header, footer, comments or edit links)";

async function imported(name: string, page: string) {
  const file = join(folder, `${name}.html`);
  writeFileSync(file, page);
  const result = await importDocument(file, { org: 'klimop', dryRun: true });
  const { policy } = parsePolicy(result.output);
  return {
    title: policy.meta.title,
    sections: policy.sections.map((section) => section.title),
    clauses: allClauses(policy).map(({ clause }) => clause.text),
    dropped: result.dropped.map(({ text, reason }) => [text, reason]),
    missing: result.accounting.missing,
    findings: result.findings.filter((finding) => finding.severity === 'error'),
  };
}

describe('a policy page saved from a WordPress site', () => {
  it('is the article of its main content: the site around it, the comments and the edit link are left out and listed', async () => {
    const page = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'wordpress-page.html'), 'utf8');
    const policy = await imported('wordpress', page);
    expect(policy.title).toBe('Pestprotocol');
    expect(policy.sections).toEqual(['1. Doel', '2. Melden']);
    expect(policy.clauses).toEqual([
      'Dit protocol beschrijft hoe de school pesten voorkomt en aanpakt.',
      'Een leerling of ouder meldt pesten bij de mentor of de anti-pestcoördinator.',
    ]);
    expect(policy.dropped.map(([, reason]) => reason)).toEqual([AROUND, AROUND, AROUND, AROUND]);
    expect(policy.dropped.map(([text]) => text).join(' ')).toContain('Wanneer wordt dit besproken met de MR?');
    expect(policy.dropped.map(([text]) => text).join(' ')).toContain('© 2025 OBS De Klimop');
    expect(policy.missing).toEqual([]);
    expect(policy.findings).toEqual([]);
  });
});

describe('a page whose main content is not beyond doubt', () => {
  const article = (title: string, text: string) => `<article><h2>${title}</h2><p>${text}</p></article>`;

  it('is read whole with no <main>, or two', async () => {
    for (const [name, page] of [
      ['no-main', `<header><p>Stichting Eduwijs</p></header><h1>Pestprotocol</h1><h2>Doel</h2><p>Wij pesten niet.</p>`],
      [
        'two-mains',
        `<main><h1>Pestprotocol</h1><h2>Doel</h2><p>Wij pesten niet.</p></main><main><p>Tweede deel.</p></main><footer><p>Voet</p></footer>`,
      ],
    ] as const) {
      const policy = await imported(name, `<html><body>${page}</body></html>`);
      expect(policy.dropped).toEqual([]);
    }
  });

  it('keeps every article of a main with several and no titled one, and leaves out what is outside the main', async () => {
    const policy = await imported(
      'articles',
      `<html><body><header><p>Site</p></header><main><h1>Beleid</h1>${article('Doel', 'Wij pesten niet.')}${article('Melden', 'Meld het bij de mentor.')}</main></body></html>`,
    );
    expect(policy.clauses).toEqual(['Wij pesten niet.', 'Meld het bij de mentor.']);
    expect(policy.dropped).toEqual([['Site', AROUND]]);
  });
});

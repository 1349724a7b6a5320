// The board's overview speaks the board's words (src/report/documents/school-overview.ts): a missing policy is said
// by its kind's name and its school's, never "kind: veiligheidsbeleid" or "linde-de-wilg"; and a school that has a
// pestprotocol but no veiligheidsbeleid reads "ontbreekt" with what it does have beside it, the part of that policy
// (the procedure's fallsUnder). The example De Linde (policies/linde: De Wilg has a pestprotocol, De Es none), read
// from the PDF (pdftotext) and the HTML report's section, in Dutch and in English.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../../src/brand/load.js';
import { discoverPolicies } from '../../../src/io/discover.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { overviewSection } from '../../../src/render/html/overview-page.js';
import { renderOverviewPdf } from '../../../src/render/overview/index.js';
import { schoolOverview, wordOverview } from '../../../src/report/documents/school-overview.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { needTool } from '../../support/tools.js';

const DATE = '2026-11-30';

const WORDS = {
  nl: {
    missing: 'ontbreekt',
    part: 'er is wel een pestprotocol, dat deel is van het veiligheidsbeleid',
    fact: 'Basisschool De Wilg: geen veiligheidsbeleid gevonden in policies/linde/de-wilg/',
  },
  en: {
    missing: 'missing',
    part: 'there is a pestprotocol, which is part of the veiligheidsbeleid',
    fact: 'Basisschool De Wilg: no veiligheidsbeleid found in policies/linde/de-wilg/',
  },
} as const;

function worded(lang: 'nl' | 'en') {
  const policies = discoverPolicies([join(PROJECT_ROOT, 'policies', 'linde')], []).map(
    (file) => loadPolicy(file).policy,
  );
  const overview = schoolOverview(policies, PROJECT_ROOT, DATE);
  const linde = overview.organisations.find((organisation) => organisation.org === 'linde');
  if (!linde) throw new Error('the example De Linde declares no board');
  return { overview, worded: wordOverview(linde, overview, { lang }) };
}

/** The PDF's text, its words as a reader reads them (a word hyphenated at a line's end joined again). */
async function pdfText(lang: 'nl' | 'en'): Promise<string> {
  const { overview, worded: words } = worded(lang);
  const bytes = await renderOverviewPdf({
    overviews: [words],
    title: words.title,
    lang,
    brand: loadBrand('default', { root: PROJECT_ROOT }),
    page: (page, pages) => `${page} / ${pages}`,
    json: `${JSON.stringify(overview)}\n`,
    options: { creationDate: new Date(`${DATE}T00:00:00Z`), producer: 'clausemark test', sourceHash: 'b'.repeat(64) },
  });
  const file = join(mkdtempSync(join(tmpdir(), 'clausemark-overview-words-')), 'overview.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/-\n/g, '').replace(/\s+/g, ' ');
}

/** The HTML section's text, tags and the commands for the policy officer (<code>) out. */
const htmlText = (lang: 'nl' | 'en'): string =>
  overviewSection(worded(lang).worded)
    .replace(/<code>[^<]*<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the overview names kinds and organisations as the board knows them', () => {
  for (const lang of ['nl', 'en'] as const)
    it(`${lang}: PDF and HTML`, { timeout: 60_000 }, async ({ skip }) => {
      needTool(skip, 'pdftotext');
      const words = WORDS[lang];
      for (const text of [await pdfText(lang), htmlText(lang)]) {
        expect(text).toContain(words.fact);
        expect(text).toContain(`${words.missing} ${words.part}`);
        // Only where a part is held: De Es has no pestprotocol.
        expect(text.split(words.part)).toHaveLength(2);
        expect(text).not.toMatch(/kind: |linde-de-(wilg|es)\)|van linde\b|of linde\b/);
      }
    });

  it('keeps "missing" as the state, the part beside it as data', () => {
    const { overview } = worded('nl');
    const wilg = overview.organisations[0]?.rows.find((row) => row.org === 'linde-de-wilg');
    const safety = wilg?.cells.find((cell) => cell.kind === 'veiligheidsbeleid');
    expect(safety?.state).toBe('missing');
    expect(safety?.parts).toEqual([
      {
        file: 'policies/linde/de-wilg/pestprotocol.md',
        title: 'Pestprotocol',
        article: 'het',
        whole: { title: 'Veiligheidsbeleid', article: 'het' },
      },
    ]);
    const es = overview.organisations[0]?.rows.find((row) => row.org === 'linde-de-es');
    expect(es?.cells.find((cell) => cell.kind === 'veiligheidsbeleid')?.parts).toBeUndefined();
  });
});

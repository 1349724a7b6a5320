// The .docx a Word user expects (issue 40 item 4), read back by independent readers. LibreOffice (converted to PDF,
// read with pdftotext and pdftoppm): the contents of a tracked revision show page numbers, each the page its heading
// is on; a draft has its watermark on every page, the cover included, and an adopted policy on none. pandoc
// (--track-changes): in a revision every change is a Word revision by its author and date, headings added, removed
// and renamed included, and accepting every change gives the new version's text (headings, clauses, table cells,
// footnotes), rejecting every change the old one's. Skips with a message when soffice, pdftotext, pdftoppm or pandoc
// is missing (tests/support/tools.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand, resolveBrandName } from '../../../src/brand/load.js';
import { diffPolicies } from '../../../src/diff/diff.js';
import type { Policy } from '../../../src/model/policy.js';
import { allClauses, allSections } from '../../../src/model/walk.js';
import { blocksText } from '../../../src/parse/text.js';
import { loadBuildablePolicy, renderPolicyFiles } from '../../../src/build/policy.js';
import { buildRevisionDocx } from '../../../src/report/documents/revision-docx.js';
import { createTheme, tint } from '../../../src/render/shared/theme.js';
import { readWithPandoc } from '../../support/docx.js';
import { colourShare, contentsClaims, convertToPdf, pageTexts } from '../../support/libreoffice.js';
import { PROJECT_ROOT, policyPath } from '../../support/paths.js';
import { haveTool } from '../../support/tools.js';
import type { BlockContent } from 'mdast';

const HAVE_LIBREOFFICE = haveTool('soffice') && haveTool('pdftotext') && haveTool('pdftoppm');
const HAVE_PANDOC = haveTool('pandoc');

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'render', 'revision');
const CASPARUS_REVISED = join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md');
const AUTHOR = 'J. de Vries';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The watermark's colour as the PDF draws it: the brand's muted colour, lightened (src/render/engine/furniture.ts). */
function watermarkColour(policy: Policy): string {
  const brand = loadBrand(resolveBrandName(policy.meta, undefined, PROJECT_ROOT), { root: PROJECT_ROOT });
  return tint(createTheme(brand).colours.muted, 0.87).slice(1).toUpperCase();
}

async function policyDocx(file: string, dir: string, name: string): Promise<string> {
  const { files } = await renderPolicyFiles(file, {
    root: PROJECT_ROOT,
    outDir: dir,
    showIds: false,
    pdfa: false,
    formats: ['docx'],
  });
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, files[0]!.bytes);
  return path;
}

async function revisionDocx(oldFile: string, newFile: string, dir: string, name: string): Promise<string> {
  const oldPolicy = loadBuildablePolicy(oldFile);
  const newPolicy = loadBuildablePolicy(newFile);
  const bytes = await buildRevisionDocx(diffPolicies(oldPolicy, newPolicy), oldPolicy, newPolicy, {
    root: PROJECT_ROOT,
    author: AUTHOR,
  });
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, bytes);
  return path;
}

describe.skipIf(!HAVE_LIBREOFFICE)('the Word outputs as LibreOffice shows them', () => {
  const pdfs = new Map<string, string>();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-word-user-'));
    const docs = [
      await policyDocx(policyPath('casparus-college'), dir, 'draft'),
      await policyDocx(policyPath('allure'), dir, 'adopted'),
      await revisionDocx(policyPath('casparus-college'), CASPARUS_REVISED, dir, 'revision'),
      await revisionDocx(join(FIXTURES, 'old.md'), join(FIXTURES, 'new.md'), dir, 'every-kind'),
    ];
    convertToPdf(docs, dir).forEach((pdf, index) =>
      pdfs.set(['draft', 'adopted', 'revision', 'every-kind'][index]!, pdf),
    );
  }, 600_000);

  it.each(['revision', 'every-kind'])(
    'a tracked revision (%s): the contents show a page number on every entry, the page its heading is on',
    (name) => {
      const claims = contentsClaims(pageTexts(pdfs.get(name)!));
      expect(claims.length).toBeGreaterThanOrEqual(5);
      for (const claim of claims) expect(claim.named, `${claim.title} has a page number`).toMatch(/^\d+$/);
      expect(claims.map(({ title, found }) => `${title}: ${found}`)).toEqual(
        claims.map(({ title, named }) => `${title}: ${named}`),
      );
    },
  );

  /** The share of each page's pixels in the watermark's colour of the policy in `file`. */
  const watermarkShares = (name: string, file: string): number[] => {
    const pdf = pdfs.get(name)!;
    const colour = watermarkColour(loadBuildablePolicy(file));
    return pageTexts(pdf).map((_, index) => colourShare(pdf, index + 1, colour));
  };

  // The word covers about 3 % of an A4 page at 20 dpi (measured: 2.9-4.5 %); text over it only lowers that.
  it('a draft has its watermark on every page, the cover too, and an adopted policy on none', () => {
    const draft = watermarkShares('draft', policyPath('casparus-college'));
    expect(draft.length).toBeGreaterThanOrEqual(4);
    for (const [index, share] of draft.entries()) expect(share, `page ${index + 1}`).toBeGreaterThan(0.01);
    const adopted = watermarkShares('adopted', policyPath('allure'));
    for (const [index, share] of adopted.entries()) expect(share, `page ${index + 1}`).toBeLessThan(0.002);
  });

  it.each([
    ['revision', CASPARUS_REVISED],
    ['every-kind', join(FIXTURES, 'new.md')],
  ])('a revision to a version not adopted (%s) has its watermark on every page', (name, file) => {
    const shares = watermarkShares(name, file);
    expect(shares.length).toBeGreaterThanOrEqual(4);
    for (const [index, share] of shares.entries()) expect(share, `page ${index + 1}`).toBeGreaterThan(0.01);
  });
});

/** pandoc's text of a .docx with every change accepted or every change rejected, squashed. */
function pandocText(path: string, mode: 'accept' | 'reject'): string {
  const result = spawnSync('pandoc', ['-f', 'docx', `--track-changes=${mode}`, '-t', 'plain', '--wrap=none', path], {
    encoding: 'utf8',
  });
  return squash(result.stdout);
}

/** What a reader of a version sees, in order: each heading, each clause's blocks (table cells one by one), each note. */
function versionTexts(policy: Policy): string[] {
  const out: string[] = [];
  for (const { clause } of allClauses(policy)) {
    for (const block of clause.content) {
      if (block.type === 'table')
        for (const row of block.children)
          for (const cell of row.children)
            out.push(squash(blocksText([{ type: 'paragraph', children: cell.children }])));
      else out.push(squash(blocksText([block])));
    }
  }
  for (const definition of Object.values(policy.footnotes))
    out.push(squash(blocksText(definition.children as BlockContent[])));
  return out.filter((text) => text !== '');
}

/** The first of `texts` that `read` does not hold in that order, or undefined. */
function missingInOrder(texts: readonly string[], read: string): string | undefined {
  let at = 0;
  for (const text of texts) {
    const found = read.indexOf(text, at);
    if (found < 0) return text;
    at = found + text.length;
  }
  return undefined;
}

const headings = (policy: Policy): string[] =>
  allSections(policy)
    .slice(1)
    .map((section) => squash(`${section.number} ${section.title}`));

describe.skipIf(!HAVE_PANDOC)('a revision of every kind of change, read back by pandoc', () => {
  let path = '';
  let oldPolicy: Policy;
  let newPolicy: Policy;

  beforeAll(async () => {
    path = await revisionDocx(
      join(FIXTURES, 'old.md'),
      join(FIXTURES, 'new.md'),
      mkdtempSync(join(tmpdir(), 'clausemark-word-user-')),
      'every-kind',
    );
    oldPolicy = loadBuildablePolicy(join(FIXTURES, 'old.md'));
    newPolicy = loadBuildablePolicy(join(FIXTURES, 'new.md'));
  }, 120_000);

  it('marks a heading added as an insertion, one removed as a deletion and a renamed one by its words', () => {
    const read = readWithPandoc(path);
    const changes = read.changes.map((change) => `${change.kind}: ${squash(change.text)}`);
    expect(changes).toContain('insertion: 3 Uitlenen');
    expect(changes).toContain('deletion: 3 Boetes');
    expect(changes).toContain('insertion: en toegang');
    const renamed = read.headings.find((heading) => heading.text.startsWith('2 Openingstijden'));
    expect(renamed?.text).toBe('2 Openingstijden en toegang');
  });

  it("gives every change the author and the date the revision was made, the headings' too", () => {
    const { changes } = readWithPandoc(path);
    expect(changes.length).toBeGreaterThan(10);
    expect(new Set(changes.map((change) => change.author))).toEqual(new Set([AUTHOR]));
    expect(new Set(changes.map((change) => change.date)).size).toBe(1);
    const headingChanges = changes.filter((change) => /Uitlenen|Boetes|en toegang/.test(change.text));
    expect(headingChanges.map((change) => change.author)).toEqual([AUTHOR, AUTHOR, AUTHOR]);
  });

  it("accepting every change gives the new version's headings, clauses, table cells and notes in order", () => {
    const accepted = pandocText(path, 'accept');
    const body = accepted.slice(accepted.lastIndexOf('1 Doel'));
    expect(missingInOrder(headings(newPolicy), body)).toBeUndefined();
    expect(missingInOrder(versionTexts(newPolicy), body)).toBeUndefined();
    for (const gone of ['Boetes', 'Wie een boek te laat inlevert', 'Eten en drinken', '12.30', 'één schooljaar'])
      expect(body).not.toContain(gone);
    // A cited note is in the footnotes, not written into its clause.
    expect(accepted).not.toContain('[^]');
  });

  it("rejecting every change gives the old version's headings, clauses, table cells and notes in order", () => {
    const rejected = pandocText(path, 'reject');
    const body = rejected.slice(rejected.lastIndexOf('1 Doel'));
    expect(missingInOrder(headings(oldPolicy), body)).toBeUndefined();
    expect(missingInOrder(versionTexts(oldPolicy), body)).toBeUndefined();
    for (const added of ['Uitlenen', 'drie boeken', 'Jassen', 'Vrijdag', '13.00', 'twee schooljaren', 'en toegang'])
      expect(body).not.toContain(added);
  });
});

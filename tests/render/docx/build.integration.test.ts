// build --format docx, read back by pandoc and from the package's XML: the same clauses in the same order, heading
// levels, Word list numbering (definitions, not typed numbers) at the clauses' nesting levels, bookmarks, fields,
// document properties, the cover as the PDF has it, and the same bytes for the same input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderPolicyFiles } from '../../../src/build/policy.js';
import { pdfTexts } from '../../../src/build/texts.js';
import { creationDate, sourceHash } from '../../../src/io/reproducible.js';
import { gitEvidence } from '../../../src/procedure/adoption-git.js';
import { allClauses } from '../../../src/model/walk.js';
import type { Policy, Section } from '../../../src/model/policy.js';
import { PROJECT_ROOT, policyPath, SEED_ORGS } from '../../support/paths.js';
import {
  HAVE_PANDOC,
  PANDOC_SKIP,
  readWithPandoc,
  requirePandocInCi,
  zipParts,
  zipStamps,
  type ReadParagraph,
} from '../../support/docx.js';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** The text of a clause's first block (a table after it is its own block in Word). */
const firstBlock = (text: string): string => squash(text.split('\n\n')[0] ?? '');

async function buildDocx(
  file: string,
  env: Record<string, string> = {},
): Promise<{ policy: Policy; bytes: Uint8Array; path: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const out = mkdtempSync(join(tmpdir(), 'clausemark-docx-'));
    const { policy, files } = await renderPolicyFiles(file, {
      root: PROJECT_ROOT,
      outDir: out,
      showIds: false,
      pdfa: false,
      formats: ['docx'],
    });
    const [docx] = files;
    writeFileSync(docx!.output.replace(/.*\//, join(out, '/')), docx!.bytes);
    return { policy, bytes: docx!.bytes, path: docx!.output.replace(/.*\//, join(out, '/')) };
  } finally {
    process.env = saved;
  }
}

const NESTED = `---
id: nested
title: Geneste artikelen
organisation: Stichting Voorbeeld
org: voorbeeld
version: "2.1"
status: approved
lang: nl
approvals:
  - { date: 2024-03-01, name: A. Jansen, role: Voorzitter, step: vaststelling }
---

# Geneste artikelen

{#intro} Een inleiding zonder nummer, met een [verwijzing](#a.twee) en een voetnoot.[^1]

## Eerste hoofdstuk {#h1}

1. {#a.een} Het eerste artikel.
2. {#a.twee} Het tweede artikel met **vet** en _cursief_.
   1. {#a.twee.a} Een onderdeel.
   2. {#a.twee.b} Nog een onderdeel.
      1. {#a.twee.b.i} Een diep onderdeel.
3. {#a.drie} Het derde artikel.

### Een paragraaf {#h1.p}

- {#b.een} Een opsomming.
- {#b.twee} Nog een opsomming.

## Tweede hoofdstuk {#h2}

4. {#c.vier} Begint bij vier.
5. {#c.vijf} En loopt door.

| Kop | Waarde |
| --- | --- |
| ĳs | één |

[^1]: De voetnoot.
`;

function nestedFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-docx-src-'));
  const file = join(dir, 'nested.md');
  writeFileSync(file, NESTED);
  return file;
}

/** Every section below the preamble with its heading level (1 for ##, as in the PDF's outline). */
function sectionLevels(policy: Policy): { section: Section; level: number }[] {
  const out: { section: Section; level: number }[] = [];
  const visit = (sections: readonly Section[], level: number): void => {
    for (const section of sections) {
      out.push({ section, level });
      visit(section.sections, level + 1);
    }
  };
  visit(policy.sections, 1);
  return out;
}

describe.skipIf(!HAVE_PANDOC)('build --format docx read back by pandoc', () => {
  requirePandocInCi();

  it.each([...SEED_ORGS])(
    "%s: the same clauses in order at their list levels, headings at the sections' levels, a bookmark per clause",
    async (org) => {
      const { policy, path, bytes } = await buildDocx(policyPath(org));
      const read = readWithPandoc(path);
      const sections = sectionLevels(policy);
      expect(read.headings.slice(0, sections.length).map((heading) => [heading.level, heading.text])).toEqual(
        sections.map(({ section, level }) => [level, squash(`${section.number} ${section.title}`)]),
      );
      expect(clauseReading(policy, read.paragraphs)).toEqual(
        allClauses(policy).map(({ clause }) => ({
          id: clause.id,
          depth: clause.kind === 'item' ? clause.depth + 1 : 0,
        })),
      );
      expect(clauseBookmarks(policy, bytes)).toEqual(allClauses(policy).map(({ clause }) => clause.id));
    },
  );

  it('puts each clause at its nesting level in Word lists, numbered by the list definition, not typed', async () => {
    const { policy, path, bytes } = await buildDocx(nestedFile());
    const read = readWithPandoc(path);
    expect(clauseReading(policy, read.paragraphs)).toEqual(
      allClauses(policy).map(({ clause }) => ({ id: clause.id, depth: clause.kind === 'item' ? clause.depth + 1 : 0 })),
    );
    const texts = read.paragraphs.map((paragraph) => paragraph.text);
    for (const { clause } of allClauses(policy))
      expect(
        texts.some((text) => text.startsWith(firstBlock(clause.text))),
        clause.id,
      ).toBe(true);
    expect(texts).toContain('Een inleiding zonder nummer, met een verwijzing en een voetnoot.1');
    expect(texts).toContain('1 De voetnoot.');
    expect(read.text).toContain('ĳs');
    const bullets = read.paragraphs.filter(
      (paragraph) => paragraph.text.startsWith('Een opsomming') || paragraph.text.startsWith('Nog een opsomming'),
    );
    expect(bullets.map((paragraph) => paragraph.ordered)).toEqual([false, false]);
    const xml = zipParts(bytes);
    const document = xml.get('word/document.xml')!;
    const numbering = xml.get('word/numbering.xml')!;
    // The house style in the definition: 1., a., i. by level; a list from 4 starts at 4.
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/,
    );
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="1"[^>]*><w:start w:val="1"\/><w:numFmt w:val="lowerLetter"\/><w:lvlText w:val="%2."\/>/,
    );
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="2"[^>]*><w:start w:val="1"\/><w:numFmt w:val="lowerRoman"\/><w:lvlText w:val="%3."\/>/,
    );
    expect(numbering).toMatch(/<w:start w:val="4"\/><w:numFmt w:val="decimal"\/>/);
    expect(document.match(/<w:numPr>/g)?.length).toBe(
      allClauses(policy).filter(({ clause }) => clause.kind === 'item').length,
    );
    expect(document).toContain('<w:ilvl w:val="2"/>');
    // No typed numbers: a clause's text starts with its own words.
    expect(document).not.toMatch(/<w:t[^>]*>\s*(\d+|[a-z]|i+)\.\s/);
    // The link to a clause goes to its bookmark, which pandoc keeps as the span it links to.
    expect(document).toMatch(/<w:hyperlink[^>]*w:anchor="a.twee"/);
    expect(read.paragraphs.find((paragraph) => paragraph.ids.includes('a.twee'))?.text).toMatch(
      /^Het tweede artikel met vet en cursief/,
    );
  });
});

/** Each clause found, in order, in pandoc's paragraphs (by the start of its text), with its list depth there. */
function clauseReading(policy: Policy, paragraphs: readonly ReadParagraph[]): { id: string; depth: number }[] {
  const out: { id: string; depth: number }[] = [];
  let at = 0;
  for (const { clause } of allClauses(policy)) {
    const start = firstBlock(clause.text).slice(0, 30);
    const index = paragraphs.findIndex((paragraph, position) => position >= at && paragraph.text.startsWith(start));
    if (index < 0) {
      out.push({ id: `${clause.id} not found after paragraph ${at}`, depth: -1 });
      continue;
    }
    out.push({ id: clause.id, depth: paragraphs[index]!.listDepth });
    at = index + 1;
  }
  return out;
}

/** The clause ids among the document's bookmarks, in document order. */
function clauseBookmarks(policy: Policy, bytes: Uint8Array): string[] {
  const ids = new Set(allClauses(policy).map(({ clause }) => clause.id));
  const document = zipParts(bytes).get('word/document.xml')!;
  return [...document.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)]
    .map((match) => match[1]!.replace(/&amp;/g, '&'))
    .filter((name) => ids.has(name));
}

describe('build --format docx: the package', () => {
  it('has heading styles with outline levels, a TOC field, and "Pagina X van Y" as PAGE and NUMPAGES fields', async () => {
    const { bytes } = await buildDocx(policyPath('allure'));
    const xml = zipParts(bytes);
    const styles = xml.get('word/styles.xml')!;
    for (const level of [1, 2, 3])
      expect(styles).toMatch(new RegExp(`w:styleId="Heading${level}"[\\s\\S]*?<w:outlineLvl w:val="${level - 1}"/>`));
    expect(xml.get('word/document.xml')).toMatch(/TOC \\h \\o &quot;1-3&quot;/);
    const footer = [...xml]
      .filter(([name]) => name.startsWith('word/footer'))
      .map(([, text]) => text)
      .join('');
    expect(footer).toMatch(/Pagina [\s\S]*PAGE[\s\S]* van [\s\S]*NUMPAGES/);
    expect(xml.get('word/styles.xml')).toMatch(/<w:lang w:val="nl"\/>/);
  });

  it('writes title, organisation, version and language as document properties', async () => {
    const { bytes, policy } = await buildDocx(policyPath('allure'));
    const xml = zipParts(bytes);
    expect(xml.get('docProps/core.xml')).toContain(`<dc:title>${policy.meta.title}</dc:title>`);
    const custom = xml.get('docProps/custom.xml')!;
    for (const [name, value] of [
      ['Organisation', policy.meta.organisation],
      ['Version', policy.meta.version],
      ['Language', 'nl'],
    ]) {
      expect(custom).toMatch(new RegExp(`name="${name}"><vt:lpwstr>${value}</vt:lpwstr>`));
    }
  });

  it('shows the cover lines and the adoption line exactly as the PDF does (same wording function)', async () => {
    const { policy, bytes } = await buildDocx(policyPath('allure'));
    const created = creationDate(policy);
    const day = created.toISOString().slice(0, 10);
    // Adopted by a row written by hand: the note beside the status is what git shows of it, as the build reads it.
    const adoptionGit = gitEvidence(policyPath('allure'), policy, day);
    const texts = pdfTexts(policy, {
      root: PROJECT_ROOT,
      sourceHash: sourceHash(policy.source),
      toolVersion: 'x',
      date: day,
      day,
      ...(adoptionGit ? { adoptionGit } : {}),
    });
    const document = zipParts(bytes).get('word/document.xml')!;
    const plain = document.replace(/<[^>]+>/g, '');
    expect(texts.adoption).toBe('Vastgesteld door Vz. College van Bestuur op 16 oktober 2019');
    expect(plain).toContain(texts.adoption);
    for (const line of texts.coverLines) expect(plain).toContain(line);
  });

  it('gives the same bytes for the same input, with the date it was made up (as in the PDF) inside the ZIP and the properties', async () => {
    // The made-up date is SOURCE_DATE_EPOCH, else the source's last commit, else its file date (src/io/reproducible.ts):
    // pinned here to the policy's own adoption date, 2019-10-16.
    const pinned = { SOURCE_DATE_EPOCH: String(Date.UTC(2019, 9, 16) / 1000) };
    const first = await buildDocx(policyPath('allure'), pinned);
    const second = await buildDocx(policyPath('allure'), pinned);
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    expect(zipParts(first.bytes).get('docProps/core.xml')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2019-10-16T00:00:00Z</dcterms:created>',
    );
    // 2019-10-16 00:00 as a DOS date and time, on every entry.
    const stamp = `${((2019 - 1980) << 9) | (10 << 5) | 16}:0`;
    expect(new Set(zipStamps(first.bytes))).toEqual(new Set([stamp]));
    const epoch = await buildDocx(policyPath('allure'), { SOURCE_DATE_EPOCH: '1700000000' });
    expect(zipParts(epoch.bytes).get('docProps/core.xml')).toContain('2023-11-14T22:13:20Z');
  });

  it.skipIf(!HAVE_PANDOC)('is a package pandoc reads without warnings', async () => {
    const { path } = await buildDocx(nestedFile());
    const result = spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', path], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Begint bij vier.');
  });
});

if (!HAVE_PANDOC) console.warn(PANDOC_SKIP);

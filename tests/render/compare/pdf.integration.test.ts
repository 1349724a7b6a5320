import { beforeAll, describe, expect, it } from 'vitest';
import { alignPolicies } from '../../../src/compare/index.js';
import type { Alignment, Provision } from '../../../src/compare/read/types.js';
import type { Policy } from '../../../src/model/policy.js';
import { DELETED_RED } from '../../../src/render/boardpack/index.js';
import { citedClauses } from '../../../src/render/shared/compare/clause-name.js';
import { compareRedline } from '../../../src/render/compare/pdf/context.js';
import { checkPdfUa } from '../../../src/render/engine/ua-check.js';
import { prepareComparePdf } from '../../../src/report/documents/compare-pdf.js';
import { madeDay, reportDate } from '../../../src/io/reproducible.js';
import { formatDate } from '../../../src/text/format-date.js';
import {
  cellKind,
  renderComparePdf,
  type CellKind,
  type ComparePdfInput,
} from '../../../src/render/compare/pdf/index.js';
import { pageContaining, policyFrom, readPdf, seedPolicy, squash, type PdfReadback } from '../../support/pdf.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { decorationOf, drawing, type Drawing } from '../boardpack/readback.js';

const SEEDS = ['aeres-mbo', 'allure', 'aloysius', 'casparus-college', 'flex-college'];

function prepared(policies: Policy[], alignment: Alignment, env: NodeJS.ProcessEnv = {}): ComparePdfInput {
  return prepareComparePdf(policies, alignment, { root: PROJECT_ROOT, env });
}

/** Text of the pages from the one with `from` up to (not including) the one with `to`. */
function pagesBetween(pdf: PdfReadback, from: string, to: string): number[] {
  const start = pageContaining(pdf, from);
  const end = pageContaining(pdf, to, start);
  return Array.from({ length: (end === -1 ? pdf.pageCount + 1 : end) - start }, (_, index) => start - 1 + index);
}

function occurrences(text: string, word: string): number {
  return text.split(word).length - 1;
}

function cellCounts(alignment: Alignment): Record<CellKind, number> {
  const counts: Record<CellKind, number> = {
    identical: 0,
    reworded: 0,
    different: 0,
    reference: 0,
    only: 0,
    unpaired: 0,
    possible: 0,
    unmatched: 0,
    absent: 0,
    'confirmed-absent': 0,
  };
  for (const provision of alignment.provisions)
    for (const document of alignment.documents) counts[cellKind(provision, document.key)]++;
  return counts;
}

describe('the five seed policies', () => {
  let policies: Policy[];
  let alignment: Alignment;
  let input: ComparePdfInput;
  let bytes: Uint8Array;
  let pdf: PdfReadback;
  let drawn: Drawing;
  let matrixPages: number[];

  beforeAll(async () => {
    policies = SEEDS.map((org) => seedPolicy(org));
    alignment = alignPolicies(policies);
    input = prepared(policies, alignment);
    bytes = await renderComparePdf(input);
    pdf = await readPdf(bytes);
    drawn = await drawing(bytes);
    matrixPages = pagesBetween(pdf, 'Bepalingen per organisatie', 'Teksten naast elkaar');
  });

  it('passes the PDF/UA self-check (no link outside the structure tree, also in repeated headers), and claims PDF/UA-1', () => {
    expect(checkPdfUa(bytes)).toEqual([]);
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
  });

  it('names every organisation and document on the first page, with the base and the date', () => {
    const first = pdf.pages[0]!;
    expect(first).toContain('Vergelijking van beleid');
    for (const document of alignment.documents) {
      expect(first).toContain(document.organisation);
      // The file relative to the project, the same wherever it is checked out (an absolute path in a deep
      // checkout wrapped inside the table's file column).
      expect(first).toContain(`policies/${document.key}/social-media.md`);
    }
    expect(first).not.toContain(PROJECT_ROOT);
    expect(first).toContain('Aeres MBO (basis)');
    // The day it was made up (its newest document's commit or file), not a date the documents state (FLEX-College's
    // effective date, 21 september 2021): issue 69 item 5.
    const made = formatDate(madeDay(reportDate(policies, {})), 'nl');
    expect(squash(first)).toContain(squash(`Datum opmaak: ${made}`));
    expect(first).not.toContain('21 september 2021');
    expect(first).toContain(`5 documenten, ${alignment.provisions.length} bepalingen`);
  });

  it('repeats the matrix header, with every organisation, on each page of the matrix', () => {
    expect(matrixPages.length).toBeGreaterThan(3);
    for (const index of matrixPages) {
      const header = pdf.lines[index]!.find((line) => line[0] === '#');
      expect(header, `page ${index + 1}`).toBeDefined();
      const text = pdf.pages[index]!;
      for (const document of alignment.documents) expect(text, `page ${index + 1}`).toContain(document.organisation);
    }
  });

  it('lists every provision label in the matrix, numbered in order', () => {
    const matrix = squash(matrixPages.map((index) => pdf.pages[index]).join(' '));
    let from = 0;
    alignment.provisions.forEach((provision, index) => {
      const at = matrix.indexOf(squash(`${index + 1}`) + squash(provision.label), from);
      expect(at, provision.label).toBeGreaterThanOrEqual(0);
      from = at;
    });
  });

  it('says in words what every matrix cell shows in colour', () => {
    const counts = cellCounts(alignment);
    const matrix = matrixPages.map((index) => pdf.pages[index]).join('\n');
    // Each kind once per cell, plus once in the key above the matrix.
    expect(occurrences(matrix, '— niet gevonden')).toBe(counts.absent + 1);
    expect(occurrences(matrix, '+ alleen hier')).toBe(counts.only + 1);
    expect(occurrences(matrix, '≈ anders verwoord')).toBe(counts.reworded + 1);
    expect(occurrences(matrix, '≠ afwijkend')).toBe(counts.different + 1);
    expect(occurrences(matrix, '• referentie')).toBe(counts.reference + 1);
    expect(occurrences(matrix, '? mogelijk')).toBe(counts.possible + 1);
    expect(occurrences(matrix, '◊ niet gekoppeld')).toBe(counts.unmatched + 1);
    expect(counts.unmatched).toBeGreaterThan(0);
    expect(counts.reworded + counts.different).toBeGreaterThan(0);
    expect(counts.possible).toBeGreaterThan(0);
  });

  it('prints no similarity figure a board member cannot read ("Overeenkomst 0,19"): that stays in the JSON', () => {
    const text = pdf.pages.join(' ');
    expect(text).not.toContain('Overeenkomst tussen de documenten');
    const first = pdf.lines[0]!.map((line) => line.join(' '));
    expect(first.filter((line) => /\b[01],\d\d\b/.test(line))).toEqual([]);
  });

  it('names each clause as a reader cites it ("Artikel 3, lid 2"), the ID beside it only where that is shared', () => {
    const start = pageContaining(pdf, 'Bepalingen die één organisatie heeft');
    const own = squash(pdf.pages.slice(start - 1).join(' '));
    const name = input.texts.clause;
    const cited = citedClauses(alignment, loadLabels('nl', { root: PROJECT_ROOT }));
    let named = 0;
    for (const provision of alignment.provisions.filter((each) => Object.keys(each.members).length === 1)) {
      const [key, members] = Object.entries(provision.members)[0]!;
      const member = members[0]!;
      const label = cited.get(key)?.get(member.id);
      if (!label || member.part) continue;
      expect(name(key, member.id).startsWith(label), member.id).toBe(true);
      expect(own).toContain(squash(name(key, member.id)));
      named++;
    }
    expect(named).toBeGreaterThan(0);
  });

  it("links each matrix row to its provision's texts, shown side by side with the absent documents named", () => {
    const shared = alignment.provisions
      .map((provision, index) => ({ provision, index }))
      .filter(({ provision }) => Object.keys(provision.members).length > 2);
    expect(shared.length).toBeGreaterThan(0);
    for (const { provision, index } of shared) {
      const target = pdf.destinations.get(`provision:${index + 1}`);
      expect(target, provision.label).toBeGreaterThan(matrixPages[matrixPages.length - 1]!);
      expect(pdf.links.some((link) => link.dest === `provision:${index + 1}` && matrixPages.includes(link.page))).toBe(
        true,
      );
      const page = squash(pdf.pages[target!]! + (pdf.pages[target! + 1] ?? ''));
      for (const key of Object.keys(provision.members)) {
        expect(page).toContain(squash(alignment.documents.find((document) => document.key === key)!.organisation));
        // Each clause by the number its policy prints (issue 69 item 4).
        for (const member of provision.members[key]!)
          expect(page).toContain(squash(input.texts.clause(key, member.id)));
      }
      const absent = alignment.documents
        .filter((document) => cellKind(provision, document.key) === 'absent')
        .map((document) => document.organisation);
      if (absent.length > 0) expect(page).toContain(squash(`Niet gevonden bij: ${absent.join(', ')}`));
      const possible = alignment.documents
        .filter((document) => cellKind(provision, document.key) === 'possible')
        .map(
          (document) =>
            `${document.organisation} (${input.texts.clause(document.key, provision.suggestions?.[document.key]?.id ?? '')})`,
        );
      if (possible.length > 0) expect(page).toContain(squash(`? mogelijk: ${possible.join(', ')}`));
    }
  });

  it('draws the word redline: deletions struck through in red, insertions underlined in the insertion colour', () => {
    const inserted = compareRedline(input.brand.colours.primary).inserted;
    const reworded = alignment.provisions
      .flatMap((provision) => Object.values(provision.members).flat())
      .filter((member) => member.words);
    const word = (op: 'insert' | 'delete'): string =>
      reworded
        .flatMap((member) => member.words!)
        .find((candidate) => candidate.op === op && /^\s*\p{L}{6,}\s*$/u.test(candidate.text))!
        .text.trim();
    const struck = drawn.texts.find((text) => text.colour === DELETED_RED && text.text.includes(word('delete')));
    const underlined = drawn.texts.find((text) => text.colour === inserted && text.text.includes(word('insert')));
    expect(struck, word('delete')).toBeDefined();
    expect(underlined, word('insert')).toBeDefined();
    expect(decorationOf(struck!, drawn.lines, DELETED_RED, 'through')).toBeDefined();
    expect(decorationOf(underlined!, drawn.lines, inserted, 'under')).toBeDefined();
  });

  it('keeps Dutch diacritics', () => {
    const text = pdf.pages.join(' ');
    for (const word of ['privé', 'officiële', 'creëren', 'coördinato']) expect(text).toContain(word);
  });

  it("shows each organisation's own provisions whole", () => {
    const start = pageContaining(pdf, 'Bepalingen die één organisatie heeft');
    expect(start).toBeGreaterThan(0);
    const own = squash(pdf.pages.slice(start - 1).join(' '));
    const only = alignment.provisions.filter((provision) => Object.keys(provision.members).length === 1);
    for (const provision of only) {
      const [member] = Object.values(provision.members)[0]!;
      expect(own).toContain(squash(member!.text.slice(0, 60)));
    }
  });

  it('numbers the pages "Pagina X van Y" and keeps their count sane', () => {
    // The matrix is at least a row per ~24 provisions; the whole report stays well under a page per provision.
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1 + Math.ceil(alignment.provisions.length / 24));
    expect(pdf.pageCount).toBeLessThan(alignment.provisions.length / 2);
    pdf.pages.forEach((page, index) => expect(page).toContain(`Pagina ${index + 1} van ${pdf.pageCount}`));
  });

  it("is a tagged Dutch PDF with embedded fonts, bookmarks and the report's metadata", () => {
    expect(pdf.lang).toBe('nl');
    expect(pdf.marked).toBe(true);
    expect(pdf.fonts.length).toBeGreaterThan(0);
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
    expect(
      pdf.outline.map((item) => item.title),
      JSON.stringify(pdf.outline.map((item) => item.title)),
    ).toEqual([
      'Vergelijking van beleid',
      'Bepalingen per organisatie',
      'Teksten naast elkaar',
      'Bepalingen die één organisatie heeft',
      'Waaraan bij elke organisatie geen artikel gekoppeld is',
    ]);
    expect(pdf.info.Title).toBe('Vergelijking van beleid — Protocol social media');
    expect(String(pdf.info.Author)).toContain('Stichting Aloysius');
    expect(pdf.roles.get('Table')).toBeGreaterThanOrEqual(3);
  });

  it('gives the same bytes every time, and a date from SOURCE_DATE_EPOCH when it is set', async () => {
    const again = await renderComparePdf(prepared(policies, alignPolicies(policies)));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const epoch = await renderComparePdf(prepared(policies, alignment, { SOURCE_DATE_EPOCH: '1700000000' }));
    expect(Buffer.from(epoch).equals(Buffer.from(bytes))).toBe(false);
    expect((await readPdf(epoch, { firstPages: 1 })).pages[0]).toContain('14 november 2023');
  });
});

const LEFT = `---
title: Protocol sociale media
organisation: Stichting De Wĳk
org: de-wijk
version: "2.1"
lang: nl
effective: 2024-03-01
---

# Protocol sociale media

## Afspraken {#afspraken}

1. {#a.foto} Foto's van leerlingen worden alleen geplaatst met schriftelijke toestemming van de ouders of verzorgers, die jaarlĳks wordt gevraagd.
2. {#a.twijfel} Bĳ twijfel over een bericht plaats je het niet en vraag je eerst je leidinggevende om advies.
3. {#a.eigen} De coördinator privacy van de school houdt een overzicht bij van alle officiële accounts van de school.
`;

const RIGHT = `---
title: Protocol sociale media
organisation: Het IJsselcollege
org: ijsselcollege
version: "1.0"
lang: nl
effective: 2023-05-15
---

# Protocol sociale media

## Regels {#regels}

1. {#r.foto} Foto's van leerlingen worden uitsluitend geplaatst met uitdrukkelijke toestemming van de ouders of verzorgers, die jaarlĳks wordt gevraagd.
2. {#r.twijfel} Bĳ twijfel over een bericht plaats je het niet en vraag je eerst je leidinggevende om advies.
3. {#r.eigen} Leerlingen volgen in klas één een les over mediawijsheid en het café-gesprek over privé-berichten.
`;

describe('two documents', () => {
  let policies: Policy[];
  let alignment: Alignment;
  let pdf: PdfReadback;
  let drawn: Drawing;
  let input: ComparePdfInput;

  beforeAll(async () => {
    policies = [
      policyFrom(LEFT, 'policies/de-wijk/social-media.md'),
      policyFrom(RIGHT, 'policies/ijsselcollege/social-media.md'),
    ];
    alignment = alignPolicies(policies);
    input = prepared(policies, alignment);
    const bytes = await renderComparePdf(input);
    pdf = await readPdf(bytes);
    drawn = await drawing(bytes);
  });

  const provisionWith = (id: string): Provision =>
    alignment.provisions.find((provision) =>
      Object.values(provision.members)
        .flat()
        .some((member) => member.id === id),
    )!;

  it('aligns the shared provisions (the premise of what follows)', () => {
    expect(Object.keys(provisionWith('a.foto').members)).toEqual(['de-wijk', 'ijsselcollege']);
    expect(provisionWith('r.foto').members['ijsselcollege']![0]!.status).toBe('reworded');
    expect(provisionWith('r.twijfel').members['ijsselcollege']![0]!.status).toBe('identical');
  });

  it('shows both organisations, every provision label, "ĳ" and diacritics', () => {
    const text = pdf.pages.join(' ');
    for (const name of ['Stichting De Wĳk', 'Het IJsselcollege']) expect(text).toContain(name);
    for (const provision of alignment.provisions) expect(squash(text)).toContain(squash(provision.label));
    for (const word of ['jaarlĳks', 'Bĳ twijfel', 'coördinator', 'officiële', 'café-gesprek', 'privé-berichten', 'één'])
      expect(text).toContain(word);
  });

  it('marks the reworded words of the second document against the first', () => {
    const inserted = compareRedline(input.brand.colours.primary).inserted;
    const struck = drawn.texts.find((text) => text.colour === DELETED_RED && text.text.includes('schriftelijke'));
    const underlined = drawn.texts.find((text) => text.colour === inserted && text.text.includes('uitdrukkelijke'));
    expect(decorationOf(struck!, drawn.lines, DELETED_RED, 'through')).toBeDefined();
    expect(decorationOf(underlined!, drawn.lines, inserted, 'under')).toBeDefined();
  });

  it('fits on a few pages, each numbered', () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    expect(pdf.pageCount).toBeLessThanOrEqual(5);
    expect(pdf.pages[pdf.pageCount - 1]).toContain(`Pagina ${pdf.pageCount} van ${pdf.pageCount}`);
    // Documents read from no file were made up today (the run's day), not on their effective date (1 maart 2024).
    expect(pdf.pages[0]).toContain(`Datum opmaak: ${formatDate(madeDay(input.options.creationDate), 'nl')}`);
    expect(pdf.pages[0]).not.toContain('1 maart 2024');
  });

  it('uses the English labels for English documents', async () => {
    const english = policies.map((policy) => ({ ...policy, meta: { ...policy.meta, lang: 'en' } }));
    const readback = await readPdf(await renderComparePdf(prepared(english, alignPolicies(english))));
    const text = readback.pages.join(' ');
    for (const words of [
      'Policy comparison',
      'Provisions by organisation',
      '≈ reworded',
      '— not found',
      '+ only here',
      `Page 1 of ${readback.pageCount}`,
    ])
      expect(text).toContain(words);
    expect(readback.lang).toBe('en');
  });
});

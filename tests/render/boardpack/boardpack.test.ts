// The board pack read back: summary page, a card per change with a real redline (struck and underlined where the
// words changed), the renumbered line, the approval block with rows to sign, running header and footer, metadata,
// tags, links — in Dutch and in English — and the same bytes every time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardPackTexts } from '../../../src/report/documents/boardpack.js';
import { diffPolicies } from '../../../src/diff/index.js';
import type { ClauseChange, PolicyDiff } from '../../../src/diff/types.js';
import type { Policy } from '../../../src/model/policy.js';
import {
  DELETED_RED,
  redlineColours,
  renderBoardPack,
  type BoardPackInput,
} from '../../../src/render/boardpack/index.js';
import { readPdf, squash, testBrand, type PdfReadback } from '../../support/pdf.js';
import { reasonText } from '../../support/reasons.js';
import { haveTool } from '../../support/tools.js';
import { PROJECT_ROOT, seedRevision, type Revision } from './fixtures.js';
import { decorationOf, drawing, type Drawing, type SetText } from './readback.js';

const brand = testBrand();

function inputFor(diff: PolicyDiff, policy: Policy): BoardPackInput {
  return {
    diff,
    policy,
    brand,
    texts: boardPackTexts(diff, policy, PROJECT_ROOT),
    options: { creationDate: new Date(Date.UTC(2025, 7, 1)), producer: 'clausemark test', sourceHash: 'ab'.repeat(32) },
  };
}

const isRenumberOnly = (change: ClauseChange): boolean => change.kinds.length === 1 && change.kinds[0] === 'renumbered';
const refOf = (change: ClauseChange) => change.new ?? change.old!;
const lineTexts = (pdf: PdfReadback, page: number): string[] => pdf.lines[page]!.map((line) => line.join(' '));

let revision: Revision;
let bytes: Uint8Array;
let pdf: PdfReadback;
let drawn: Drawing;
let scratch = '';

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'clausemark-boardpack-'));
  revision = seedRevision();
  bytes = await renderBoardPack(inputFor(revision.diff, revision.newPolicy));
  pdf = await readPdf(bytes);
  drawn = await drawing(bytes);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the fixture revision', () => {
  it('exercises every kind of change the pack has to show', () => {
    const kinds = new Set(revision.diff.changes.flatMap((change) => change.kinds));
    for (const kind of ['added', 'removed', 'modified', 'moved', 'renumbered', 'split'] as const)
      expect(kinds).toContain(kind);
    expect(revision.diff.changes.some((change) => change.rewritten)).toBe(true);
    expect(revision.diff.summary.substantive).toBeGreaterThan(0);
    expect(revision.diff.summary.editorial).toBeGreaterThan(0);
  });
});

describe('summary page', () => {
  it('names the organisation, the title and the versions compared', () => {
    const page = pdf.pages[0]!;
    expect(page).toContain('Casparus College');
    expect(page).toContain('Protocol sociale media');
    expect(page).toContain('Versie 2.0 vergeleken met versie 1.0');
  });

  it('gives the summary line with the counts of the diff', () => {
    const { total, substantive, editorial } = revision.diff.summary;
    expect(pdf.pages[0]).toContain(`${total} wijzigingen: ${substantive} inhoudelijk, ${editorial} redactioneel`);
  });

  it('tabulates the count of every kind that occurs, in the order of its header', () => {
    const lines = lineTexts(pdf, 0);
    const headerAt = lines.findIndex((line) => line.startsWith('Toegevoegd'));
    expect(headerAt).toBeGreaterThan(-1);
    const names: Record<string, keyof PolicyDiff['summary']> = {
      Toegevoegd: 'added',
      Verwijderd: 'removed',
      Gewijzigd: 'modified',
      Verplaatst: 'moved',
      Gesplitst: 'split',
      Samengevoegd: 'merged',
      'ID gewijzigd': 'id-renamed',
      Wijzigingen: 'total',
    };
    const header = pdf.lines[0]![headerAt]!;
    const counts = pdf.lines[0]![headerAt + 1]!;
    expect(counts).toHaveLength(header.length);
    header.forEach((name, index) => expect(Number(counts[index])).toBe(revision.diff.summary[names[name]!]));
    const occurring = Object.entries(names)
      .filter(([, key]) => key !== 'total' && revision.diff.summary[key] > 0)
      .map(([name]) => name);
    expect(header.slice(0, -1).sort()).toEqual(occurring.sort());
  });

  it('lists every substantive change with its number, section and first reason, linked to its card', () => {
    const page = squash(pdf.pages[0]!);
    const substantive = revision.diff.changes
      .map((change, index) => ({ change, index }))
      .filter(({ change }) => change.significance === 'substantive');
    for (const { change, index } of substantive) {
      const ref = refOf(change);
      expect(page).toContain(squash(ref.number));
      expect(page).toContain(squash(reasonText(change.reasons[0]!, 'nl')).slice(0, 12));
      expect(pdf.links.some((link) => link.page === 0 && link.dest === `change:${index + 1}`)).toBe(true);
      expect(pdf.destinations.get(`change:${index + 1}`)).toBeGreaterThan(0);
    }
    // Editorial changes are not on the summary list.
    const editorialOnly = revision.diff.changes.filter(
      (change) => change.significance === 'editorial' && !isRenumberOnly(change),
    );
    expect(editorialOnly.length).toBeGreaterThan(0);
    expect(pdf.links.filter((link) => link.page === 0 && link.dest?.startsWith('change:'))).toHaveLength(
      substantive.length,
    );
  });

  it('lists the metadata changes briefly, in the pack language', () => {
    const lines = lineTexts(pdf, 0);
    expect(lines).toContain('Versie 1.0 → 2.0');
    expect(lines).toContain('Status Concept → Voorstel');
    expect(lines).toContain('Ingangsdatum — → 1 augustus 2025');
    // The MR's row is its instemming, named by its step, not "Vaststelling" (issue 26 item 7).
    expect(lines.some((line) => line.startsWith('Instemming toegevoegd: 12 juni 2025, MR'))).toBe(true);
  });
});

describe('change cards', () => {
  it("show every change's clause id, renumbered ones included", () => {
    const body = squash(pdf.pages.slice(1).join(''));
    for (const change of revision.diff.changes) expect(body).toContain(squash(refOf(change).id));
  });

  it('give each change but the renumbered ones a card of its own, in document order', () => {
    const carded = revision.diff.changes
      .map((change, index) => ({ change, index }))
      .filter(({ change }) => !isRenumberOnly(change));
    const pages = carded.map(({ index }) => pdf.destinations.get(`change:${index + 1}`) ?? -1);
    expect(pages.every((page) => page >= 1)).toBe(true);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    revision.diff.changes.forEach((change, index) => {
      if (isRenumberOnly(change)) expect(pdf.destinations.has(`change:${index + 1}`)).toBe(false);
    });
  });

  it('summarise renumber-only changes in one line', () => {
    const renumbered = revision.diff.changes.filter(isRenumberOnly);
    expect(renumbered.length).toBeGreaterThan(1);
    const text = squash(pdf.pages.join(''));
    const line = renumbered
      .slice(0, 6)
      .map((change) => `${change.old!.number} → ${change.new!.number} ${change.new!.id}`)
      .join(', ');
    expect(text).toContain(squash(`${renumbered.length} artikelen hernummerd: ${line}`));
    // Not in the counts table: renumbering is not a change of its own (issue 16).
    expect(lineTexts(pdf, 0).some((row) => row.startsWith('Hernummerd'))).toBe(false);
  });

  it('label kinds and significance in words', () => {
    const text = pdf.pages.slice(1).join(' ');
    for (const word of [
      'gewijzigd',
      'verwijderd',
      'toegevoegd',
      'gesplitst',
      'verplaatst',
      'herschreven',
      'inhoudelijk',
      'redactioneel',
    ])
      expect(text).toContain(word);
  });

  it('strike deleted words through in red and underline inserted words in the insertion colour', () => {
    const inserted = redlineColours(brand.colours.primary).inserted;
    const find = (word: string, colour: string): SetText => {
      const found = drawn.texts.find((text) => text.page > 1 && text.text.trim() === word && text.colour === colour);
      if (!found) throw new Error(`"${word}" is not set in ${colour}`);
      return found;
    };
    for (const word of ['slechts', 'uitdrukkelijke', 'geen', 'hoge', 'vervuult']) {
      expect(decorationOf(find(word, DELETED_RED), drawn.lines, DELETED_RED, 'through'), word).toBeDefined();
    }
    for (const word of ['alleen', 'schriftelijke', 'nooit', 'vervuilt', 'en leerlingen']) {
      expect(decorationOf(find(word, inserted), drawn.lines, inserted, 'under'), word).toBeDefined();
    }
    // What both versions share is set in the text colour, with no line through or under it.
    const shared = find('toegestaan na', brand.colours.text);
    expect(
      drawn.lines.some(
        (line) =>
          line.page === shared.page && Math.abs(line.x1 - shared.x) < 0.6 && Math.abs(line.y1 - shared.baseline) < 6,
      ),
    ).toBe(false);
  });

  it('keeps struck and inserted words apart, and the text around them reads on', () => {
    const text = pdf.pages.slice(1).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('publiceren geen nooit vertrouwelijke');
    expect(text).toContain('is slechts alleen toegestaan na uitdrukkelijke schriftelijke toestemming');
  });

  it('show a rewritten clause old and new whole, labelled', () => {
    const rewritten = revision.diff.changes.find((change) => change.rewritten)!;
    const text = squash(pdf.pages.slice(1).join(''));
    expect(text).toContain(squash(`Oude tekst ${rewritten.old!.text} Nieuwe tekst ${rewritten.new!.text}`));
  });

  it('show added and removed clauses whole, the removed one struck through', () => {
    const text = squash(pdf.pages.slice(1).join(''));
    const added = revision.diff.changes.find((change) => change.kinds.includes('added'))!;
    const removed = revision.diff.changes.find((change) => change.kinds.includes('removed'))!;
    expect(text).toContain(squash(`Nieuwe tekst ${added.new!.text}`));
    expect(text).toContain(squash(`Oude tekst ${removed.old!.text}`));
    const struck = drawn.texts.find((text) => text.text.trim() === removed.old!.text && text.colour === DELETED_RED);
    expect(struck).toBeDefined();
    expect(decorationOf(struck!, drawn.lines, DELETED_RED, 'through')).toBeDefined();
  });

  it('show all parts of a split and where a moved clause went', () => {
    const text = squash(pdf.pages.slice(1).join(''));
    const split = revision.diff.changes.find((change) => change.kinds.includes('split'))!;
    // Each part by the number its policy prints, as the card names it (issue 69 item 4), not by its ID.
    expect(split.parts!.every((part) => part.number !== '')).toBe(true);
    expect(text).toContain(squash(`Gesplitst: ${split.parts!.map((part) => part.number).join(' · ')}`));
    for (const part of split.parts!) expect(text).toContain(squash(part.text));
    const moved = revision.diff.changes.find(
      (change) => change.kinds.includes('moved') && change.old!.sectionId !== change.new!.sectionId,
    )!;
    expect(moved).toBeDefined();
    const where = (ref: typeof moved.old): string => `${ref!.number} · ${ref!.sectionPath.join(' › ')}`;
    expect(text).toContain(squash(`${where(moved.old)} → ${where(moved.new)}`));
  });

  it('give the reasons of substantive changes in Dutch', () => {
    const text = squash(pdf.pages.slice(1).join(''));
    expect(text).toContain(squash('Waarom inhoudelijk'));
    expect(text).toContain(squash('ontkenning geen → nooit'));
    expect(text).toContain(squash('artikel verwijderd'));
    expect(text).not.toContain(squash('clause removed'));
  });
});

describe('approval block', () => {
  it('shows the approval trail and one empty row to sign for the decision (not two identical ones), with lines to write on', () => {
    const page = pdf.pageCount - 1;
    const lines = lineTexts(pdf, page);
    expect(lines).toContain('Ter vaststelling');
    expect(lines).toContain('Datum Naam Functie Stap Handtekening');
    expect(lines).toContain('12 juni 2025 MR Medezeggenschapsraad Instemming');
    expect(lines.filter((line) => line === 'Vaststelling')).toHaveLength(1);
    // Date, name, role and signature of the row: four lines to write on, none under the step.
    const writeOn = drawn.lines.filter((line) => line.page === pdf.pageCount && line.colour === brand.colours.muted);
    expect(writeOn).toHaveLength(4);
    expect(new Set(writeOn.map((line) => Math.round(line.y1))).size).toBe(1);
  });

  it('asks for no signatures once this version records the decision', async () => {
    const decided = structuredClone(revision.newPolicy.meta);
    decided.approvals = [
      ...decided.approvals,
      { date: '2025-07-01', name: 'J. de Vries', role: 'Voorzitter College van Bestuur', step: 'vaststelling' },
    ];
    decided.status = 'approved';
    const policy = { ...revision.newPolicy, meta: decided };
    const diff = diffPolicies(revision.oldPolicy, policy);
    const readback = await readPdf(await renderBoardPack(inputFor(diff, policy)));
    const lines = lineTexts(readback, readback.pageCount - 1);
    expect(lines.some((line) => line.startsWith('1 juli 2025 J. de Vries'))).toBe(true);
    expect(lines.filter((line) => line === 'Vaststelling')).toHaveLength(0);
  });
});

describe('the document', () => {
  it('runs a header and "Pagina X van Y" on every page, the first included', () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain(`Pagina ${index + 1} van ${pdf.pageCount}`);
      expect(page).toContain('Protocol sociale media · wijzigingen 1.0 → 2.0');
    });
  });

  it('carries title, language and a tagged structure', () => {
    expect(pdf.info.Title).toBe('Protocol sociale media — wijzigingen 1.0 → 2.0');
    expect(pdf.info.Author).toBe('Casparus College');
    expect(pdf.lang).toBe('nl');
    expect(pdf.marked).toBe(true);
    for (const role of ['Document', 'Sect', 'H1', 'H2', 'H3', 'P', 'Table', 'TH', 'TD', 'L', 'LI'])
      expect(pdf.roles.get(role) ?? 0, role).toBeGreaterThan(0);
    expect(pdf.outline.map((item) => item.dest)).toEqual([
      'boardpack:summary',
      'boardpack:changes',
      'boardpack:approval',
    ]);
  });

  it('is byte-identical when rendered again', async () => {
    const again = await renderBoardPack(inputFor(revision.diff, revision.newPolicy));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it.skipIf(!haveTool('qpdf'))('passes qpdf --check', () => {
    const file = join(scratch, 'pack.pdf');
    writeFileSync(file, bytes);
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });
});

describe('English policy', () => {
  it("uses the English labels throughout and keeps the engine's reasons", async () => {
    const english = seedRevision('en');
    const readback = await readPdf(await renderBoardPack(inputFor(english.diff, english.newPolicy)));
    const first = readback.pages[0]!;
    expect(first).toContain('Version 2.0 compared with version 1.0');
    const { total, substantive, editorial } = english.diff.summary;
    expect(first).toContain(`${total} changes: ${substantive} substantive, ${editorial} editorial`);
    expect(first).toContain('Page 1 of');
    expect(lineTexts(readback, 0)).toContain('Status Draft → Proposed');
    const rest = readback.pages.slice(1).join(' ');
    expect(rest).toContain('Why substantive');
    expect(rest).toContain('clause removed');
    expect(rest).toContain('For approval');
    expect(readback.pages[readback.pageCount - 1]).toContain('Adoption');
    expect(readback.lang).toBe('en');
    expect(readback.info.Title).toBe('Protocol sociale media — changes 1.0 → 2.0');
  });
});

describe('no changes', () => {
  it('makes a short pack that says so', async () => {
    const same = seedRevision().newPolicy;
    const diff = diffPolicies(same, same);
    expect(diff.changes).toHaveLength(0);
    const readback = await readPdf(await renderBoardPack(inputFor(diff, same)));
    expect(readback.pageCount).toBe(1);
    const text = readback.pages[0]!;
    expect(text).toContain('Geen wijzigingen');
    expect(text).toContain('Versie 2.0 vergeleken met versie 2.0');
    expect(text).toContain('Ter vaststelling');
    expect(text).not.toContain('Waarom inhoudelijk');
    expect(readback.outline.map((item) => item.dest)).toEqual(['boardpack:summary', 'boardpack:approval']);
  });
});

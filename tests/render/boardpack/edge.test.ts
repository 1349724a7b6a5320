// Board packs for inputs the seed revision does not cover: plain Markdown without ids, text the standard fonts
// would garble, a clause longer than a page, a language without labels of its own.
import { describe, expect, it } from 'vitest';
import { boardPackTexts } from '../../../src/report/documents/boardpack.js';
import { diffPolicies } from '../../../src/diff/index.js';
import type { PolicyDiff } from '../../../src/diff/types.js';
import type { Policy } from '../../../src/model/policy.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { DELETED_RED, renderBoardPack } from '../../../src/render/boardpack/index.js';
import { readPdf, squash, testBrand } from '../../support/pdf.js';
import { PROJECT_ROOT } from './fixtures.js';
import { decorationOf, drawing } from './readback.js';

const parse = (markdown: string, path = 'policies/school/beleid.md'): Policy => parsePolicy(markdown, { path }).policy;

async function pack(diff: PolicyDiff, policy: Policy): Promise<Uint8Array> {
  return renderBoardPack({
    diff,
    policy,
    brand: testBrand(),
    texts: boardPackTexts(diff, policy, PROJECT_ROOT),
    options: { creationDate: new Date(Date.UTC(2024, 0, 1)), producer: 'clausemark test', sourceHash: 'cd'.repeat(32) },
  });
}

describe('board pack edge cases', () => {
  it('shows plain Markdown by section and number, never the ids the parser made up', async () => {
    const before = parse(
      '# Beleid\n\n## Regels\n\n1. Leerlingen mogen bellen in de pauze.\n2. Telefoons zijn uit in de les.\n\n## Slot\n\nDit beleid geldt voor iedereen.\n',
    );
    const after = parse(
      '# Beleid\n\n## Regels\n\n1. Leerlingen mogen niet bellen in de pauze.\n2. Telefoons zijn uit in de les.\n\n## Slot\n\nDit beleid geldt voor alle leerlingen en medewerkers.\n',
    );
    const diff = diffPolicies(before, after);
    expect(diff.changes.length).toBe(2);
    const synthetic = diff.changes.map((change) => change.new!.id);
    expect(diff.changes.every((change) => change.new!.synthetic)).toBe(true);
    const readback = await readPdf(await pack(diff, after));
    const text = readback.pages.join(' ');
    for (const id of synthetic) expect(text).not.toContain(id);
    expect(text).toContain('Regels');
    expect(text).toContain('Slot');
    expect(squash(text)).toContain(squash('Leerlingen mogen niet bellen in de pauze.'));
  });

  it('sets ĳ, curly quotes and accents in the redline with the brand fonts', async () => {
    const before = parse(
      '---\nid: t\ntitle: Ĳverig beleid\norganisation: Scholengroep Ĳssel\nversion: "1"\n---\n\n## Regels {#regels}\n\n1. {#r.1} Wij zijn ĳverig en zorgvuldig.\n',
    );
    const after = parse(
      '---\nid: t\ntitle: Ĳverig beleid\norganisation: Scholengroep Ĳssel\nversion: "2"\n---\n\n## Regels {#regels}\n\n1. {#r.1} Wij zijn “bijzonder” ĳverig en zorgvuldig, ook in één week.\n',
    );
    const diff = diffPolicies(before, after);
    const bytes = await pack(diff, after);
    const readback = await readPdf(bytes);
    expect(readback.pages[0]).toContain('Scholengroep Ĳssel');
    expect(readback.pages.join(' ')).toContain('“bijzonder”');
    expect(readback.pages.join(' ')).toContain('één');
    expect(readback.fonts.every((font) => font.embedded)).toBe(true);
  });

  it('breaks a clause longer than a page across pages, keeping the redline decorations with their words', async () => {
    const sentence = 'De school bewaart berichten niet langer dan nodig is voor het doel waarvoor zij zijn verzameld.';
    const long = Array.from(
      { length: 60 },
      (_, index) => `${sentence.replace('De school', `Regel ${index + 1}: de school`)}`,
    ).join(' ');
    const before = parse(
      `---\nid: t\ntitle: Bewaren\norganisation: School\nversion: "1"\n---\n\n## Bewaren {#bewaren}\n\n1. {#b.1} ${long}\n`,
    );
    const after = parse(
      `---\nid: t\ntitle: Bewaren\norganisation: School\nversion: "2"\n---\n\n## Bewaren {#bewaren}\n\n1. {#b.1} ${long.replace('Regel 55: de school bewaart', 'Regel 55: de school verwijdert')}\n`,
    );
    const diff = diffPolicies(before, after);
    expect(diff.changes[0]!.words?.some((word) => word.op === 'delete' && word.text.includes('bewaart'))).toBe(true);
    const bytes = await pack(diff, after);
    const readback = await readPdf(bytes);
    expect(readback.pageCount).toBeGreaterThanOrEqual(4);
    const { texts, lines } = await drawing(bytes);
    const struck = texts.find((text) => text.text.trim() === 'bewaart' && text.colour === DELETED_RED);
    expect(struck).toBeDefined();
    expect(struck!.page).toBeGreaterThan(2);
    expect(decorationOf(struck!, lines, DELETED_RED, 'through')).toBeDefined();
    // Nothing is lost across the page breaks.
    const body = squash(readback.pages.slice(1).join(''));
    expect(body).toContain(squash('Regel 60: de school bewaart berichten niet langer dan nodig'));
    readback.pages.forEach((page, index) => expect(page).toContain(`Pagina ${index + 1} van ${readback.pageCount}`));
  });

  it('falls back to English labels for a language without a label file', async () => {
    const before = parse(
      '---\nid: t\ntitle: Richtlinie\norganisation: Schule\nversion: "1"\nlang: de\n---\n\n## Regeln {#regeln}\n\n1. {#r.1} Handys sind im Unterricht aus.\n',
    );
    const after = parse(
      '---\nid: t\ntitle: Richtlinie\norganisation: Schule\nversion: "2"\nlang: de\n---\n\n## Regeln {#regeln}\n\n1. {#r.1} Handys sind im Unterricht immer aus.\n',
    );
    const readback = await readPdf(await pack(diffPolicies(before, after), after));
    expect(readback.pages[0]).toContain('Version 2 compared with version 1');
    expect(readback.lang).toBe('de');
  });

  it('names a file without a version number "—", never a blank: "Versie vergeleken met versie", "wijzigingen →"', async () => {
    const before = parse('---\ntitle: Statuten\n---\n\n## Naam\n\nDe vereniging draagt de naam Fronteers.\n');
    const after = parse('---\ntitle: Statuten\n---\n\n## Naam\n\nDe vereniging draagt de naam Fronteers Nederland.\n');
    const diff = diffPolicies(before, after);
    const readback = await readPdf(await pack(diff, after));
    const text = readback.pages.join('\n');
    expect(text).toContain('Versie — vergeleken met versie —');
    expect(text).not.toMatch(/Versie\s+vergeleken met versie\s/);
    expect(text).not.toMatch(/wijzigingen\s*→/);
    expect(text).not.toMatch(/· versie\s*$/m);
    expect(readback.info.Title).toBe('Statuten — wijzigingen');
    expect(readback.lines[0]!.some((line) => line.join(' ') === 'Statuten · wijzigingen')).toBe(true);
  });

  it("lists the procedure's fields and an unknown field by their names, an approval by its step, empty fields not at all", async () => {
    const front = (level: string, extra: string): string =>
      `---\nid: k\ntitle: Klachtenregeling\norganisation: Stichting De Linde\nversion: "1.0"\nlang: nl\nlevel: ${level}\n${extra}---\n\n## Doel {#doel}\n\n1. {#d.1} Een klacht meldt u bij de directeur.\n`;
    const before = parse(front('bestuur', 'key: statutes\n'));
    const after = parse(
      front(
        'school',
        "key: statutes\nheroSlogan: ''\nsite: nieuw\napprovals:\n  - { date: 2026-02-03, name: A. Jansen, role: Voorzitter MR, step: instemming }\n",
      ),
    );
    const readback = await readPdf(await pack(diffPolicies(before, after), after));
    const lines = readback.lines[0]!.map((line) => line.join(' '));
    expect(lines).toContain('Niveau (bestuur of school) bestuur → school');
    expect(lines).toContain('site — → nieuw');
    expect(
      lines.some((line) => line.startsWith('Instemming toegevoegd: 3 februari 2026, A. Jansen, Voorzitter MR')),
    ).toBe(true);
    expect(readback.pages[0]).not.toContain('heroSlogan');
    expect(readback.pages[0]).not.toContain('HeroSlogan');
  });
});

// buildBoardPack, the glue `clausemark diff --format pdf` calls: brand (--brand, else the new version's), wording in
// the new version's language, the new version's reproducible date, and a document ID from both sources.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBrand } from '../../../src/brand/load.js';
import { buildBoardPack } from '../../../src/report/documents/boardpack.js';
import { toolVersion } from '../../../src/io/version.js';
import { diffPolicies } from '../../../src/diff/index.js';
import { ClausemarkError } from '../../../src/model/errors.js';
import type { Policy } from '../../../src/model/policy.js';
import { loadPolicy, parsePolicy } from '../../../src/parse/index.js';
import { attachProcedure } from '../../../src/procedure/attach.js';
import { PROJECT_ROOT, REVISION_PATH, revisedSource, SEED_PATH } from '../../render/boardpack/fixtures.js';
import { drawing } from '../../render/boardpack/readback.js';
import { readPdf, squash } from '../../support/pdf.js';
import { needTool } from '../../support/tools.js';

const seed = readFileSync(SEED_PATH, 'utf8');
const oldPolicy = loadPolicy(SEED_PATH).policy;
const scratch = mkdtempSync(join(tmpdir(), 'clausemark-boardpack-build-'));

function revised(edit: (text: string) => string = (text) => text): Policy {
  return parsePolicy(edit(revisedSource(seed)), { path: 'policies/casparus-college/social-media.md' }).policy;
}

async function build(newPolicy: Policy, brand?: string, old: Policy = oldPolicy): Promise<Uint8Array> {
  return buildBoardPack(diffPolicies(old, newPolicy), old, newPolicy, {
    root: PROJECT_ROOT,
    ...(brand ? { brand } : {}),
  });
}

// The pack of the unedited revision, built once (inside a test, so with the environment beforeEach sets) and read
// back once for the tests that only look at it; the reproducibility test builds a second one of its own.
let plainPack: Promise<Uint8Array> | undefined;
const plain = (): Promise<Uint8Array> => (plainPack ??= build(revised()));
let plainReadback: ReturnType<typeof readPdf> | undefined;
const plainRead = (): ReturnType<typeof readPdf> => (plainReadback ??= plain().then((bytes) => readPdf(bytes)));

/** Colour the policy title is set in on page 1: the brand's primary colour. */
async function titleColour(bytes: Uint8Array): Promise<string | undefined> {
  const { texts } = await drawing(bytes);
  return texts.find((text) => text.page === 1 && text.text === 'Protocol sociale media')?.colour;
}

beforeEach(() => {
  // The creation date must come from the policy here, not from a SOURCE_DATE_EPOCH of the environment.
  vi.stubEnv('SOURCE_DATE_EPOCH', '');
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(scratch, { recursive: true, force: true });
});

describe('buildBoardPack', () => {
  it("draws the pack in the brand named after the new version's organisation", async () => {
    const readback = await plainRead();
    expect(readback.pages[0]).toContain('Casparus College Pagina 1 van');
    expect(await titleColour(await plain())).toBe(
      loadBrand('casparus-college', { root: PROJECT_ROOT }).colours.primary.toLowerCase(),
    );
  });

  it("follows the new version's brand field, and --brand over it", async () => {
    const branded = revised((text) => text.replace('org: casparus-college', 'org: casparus-college\nbrand: allure'));
    const primary = (name: string): string => loadBrand(name, { root: PROJECT_ROOT }).colours.primary.toLowerCase();
    expect(primary('allure')).not.toBe(primary('casparus-college'));
    expect(await titleColour(await build(branded))).toBe(primary('allure'));
    expect(await titleColour(await build(branded, 'default'))).toBe(primary('default'));
  });

  it('refuses an unknown --brand, naming the argument', async () => {
    const error = await build(revised(), 'no-such-brand').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClausemarkError);
    expect((error as ClausemarkError).place.argument).toBe('--brand');
  });

  it("words the pack in the new version's language", async () => {
    const english = revised((text) => text.replace('lang: nl', 'lang: en'));
    const readback = await readPdf(await build(english));
    expect(readback.pages[0]).toContain('Version 2.0 compared with version 1.0');
    expect(readback.pages[0]).toContain('Page 1 of');
    expect(readback.lang).toBe('en');
  });

  it("dates the pack with the new version's date and names the tool", async () => {
    const readback = await plainRead();
    // The revision is effective 2025-08-01, its latest date.
    expect(readback.info.CreationDate).toBe('D:20250801000000Z');
    expect(readback.info.ModDate).toBe('D:20250801000000Z');
    expect(readback.info.Producer).toBe(`clausemark ${toolVersion()}`);
    expect(readback.info.Title).toBe('Protocol sociale media — wijzigingen 1.0 → 2.0');
  });

  it('is reproducible, and its document ID changes with either version', async () => {
    const first = await plain();
    const second = await build(revised());
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const documentId = (bytes: Uint8Array): string =>
      /\/ID \[<([0-9a-f]+)>/.exec(Buffer.from(bytes).toString('latin1'))?.[1] ?? '';
    expect(documentId(first)).toMatch(/^[0-9a-f]{32}$/);
    const otherOld = parsePolicy(seed.replace('hoge boetes', 'forse boetes'), { path: SEED_PATH }).policy;
    expect(documentId(await build(revised(), undefined, otherOld))).not.toBe(documentId(first));
  });
});

describe('the Casparus College revision in the repository', () => {
  it('makes a complete pack: summary, every change, approval block', async ({ skip }) => {
    const newPolicy = loadPolicy(join(PROJECT_ROOT, REVISION_PATH)).policy;
    const diff = diffPolicies(oldPolicy, newPolicy);
    const bytes = await buildBoardPack(diff, oldPolicy, newPolicy, { root: PROJECT_ROOT });
    const readback = await readPdf(bytes);
    const { total, substantive, editorial } = diff.summary;
    expect(readback.pages[0]).toContain(`${total} wijzigingen: ${substantive} inhoudelijk, ${editorial} redactioneel`);
    const all = squash(readback.pages.join(''));
    for (const change of diff.changes) expect(all).toContain(squash((change.new ?? change.old)!.id));
    expect(readback.pages[readback.pageCount - 1]).toContain('Ter vaststelling');
    needTool(skip, 'qpdf');
    const file = join(scratch, 'revision.pdf');
    writeFileSync(file, bytes);
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });
});

describe('the signing page of an in-place revision', () => {
  it("lists the old version's approvals its file carries over as given for no one, and asks for every step", async () => {
    const rows = [
      '  - {date: 2025-03-12, name: M. Visser, role: Voorzitter GMR, step: instemming, body: GMR}',
      '  - {date: 2025-03-26, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling}',
    ].join('\n');
    const source = (version: string, status: string, days: string) =>
      `---\nid: klachtenregeling\ntitle: Klachtenregeling\norganisation: Stichting De Linde\nversion: "${version}"\nstatus: ${status}\nlang: nl\nkind: klachtenregeling\nlevel: bestuur\napprovals:\n${rows}\n---\n\n## Behandeling {#beh}\n\n1. {#beh.termijn} Het bestuur bevestigt de ontvangst binnen ${days} werkdagen.\n`;
    const read = (text: string) =>
      attachProcedure(parsePolicy(text, { path: '/tmp/nowhere/klachtenregeling.md' }).policy, PROJECT_ROOT);
    const old = read(source('1.0', 'approved', 'vijf'));
    const revision = read(source('1.1', 'proposed', 'tien'));
    const readback = await readPdf(await build(revision, undefined, old));
    const last = squash(readback.pages[readback.pageCount - 1]!);
    expect(last).toContain(squash('Ter vaststelling'));
    expect(last).not.toContain(squash('M. Visser'));
    expect(last).not.toContain(squash('J. de Vries'));
    expect(last).toContain(squash('Instemming GMR (WMS art. 10 sub g)'));
    expect(last).toContain(squash('Vaststelling bestuur (WPO art. 14)'));
    expect(last).toContain(squash('Niet in deze tabel, want gegeven voor versie 1.0: instemming GMR (12 maart 2025)'));
  });
});

describe('how the board pack cites a clause', () => {
  /**
   * A policy whose third heading holds a subsection (3.1) of five numbered items, the fifth with `fifth`; with
   * `inserted`, a sixth item before them all, so the five are renumbered.
   */
  const withItems = (fifth: string, inserted?: string): Policy =>
    parsePolicy(
      [
        '---',
        'id: pestprotocol',
        'title: Pestprotocol',
        'organisation: Casparus College',
        'org: casparus-college',
        'version: "1.0"',
        'lang: nl',
        '---',
        '',
        '# Pestprotocol',
        '',
        '## Doel {#doel}',
        '',
        'De school is veilig.',
        '',
        '## Begrippen {#begrippen}',
        '',
        'Pesten is herhaald kwetsen.',
        '',
        '## Aanpak {#aanpak}',
        '',
        '### Melden {#aanpak.melden}',
        '',
        ...(inserted ? [`1. {#aanpak.vooraf} ${inserted}`] : []),
        '1. {#aanpak.leerling} Een leerling meldt pesten bij de mentor.',
        '2. {#aanpak.ouder} Een ouder meldt pesten bij de mentor.',
        '3. {#aanpak.mentor} De mentor noteert de melding.',
        '4. {#aanpak.directie} De directie hoort de betrokkenen.',
        `5. {#aanpak.besluit} ${fifth}`,
        '',
      ].join('\n'),
      { path: 'policies/casparus-college/pestprotocol.md' },
    ).policy;

  it('cites a changed item as the document names it ("Artikel 3.1, lid 5"), not "3.1 5."', async () => {
    const old = withItems('De directie mag een maatregel nemen.');
    const now = withItems('De directie moet een maatregel nemen.');
    const diff = diffPolicies(old, now);
    expect(diff.changes.map((change) => [change.new?.id, change.significance])).toEqual([
      ['aanpak.besluit', 'substantive'],
    ]);
    const readback = await readPdf(await buildBoardPack(diff, old, now, { root: PROJECT_ROOT }));
    // The summary's table of substantive changes: the article, its heading, why.
    const row = readback.pages[0]!.replace(/\s+/g, ' ');
    expect(row).toContain('Artikel 3.1, lid 5 Melden');
    expect(row).not.toMatch(/3\.1 5\. Melden/);
  });

  it('cites it so in the change cards: the number in the margin and the renumbered line', async () => {
    const old = withItems('De directie neemt een maatregel.');
    const now = withItems('De directie neemt een maatregel.', 'Elke melding is welkom.');
    const diff = diffPolicies(old, now);
    expect(diff.changes.filter((change) => change.kinds.includes('added')).map((change) => change.new?.id)).toEqual([
      'aanpak.vooraf',
    ]);
    const readback = await readPdf(await buildBoardPack(diff, old, now, { root: PROJECT_ROOT }));
    const text = readback.pages.join('\n').replace(/\s+/g, ' ');
    // The added item's card hangs its citation in the margin beside its heading.
    expect(text).toContain('Artikel 3.1, lid 1 Aanpak › Melden');
    // The five items after it only got another number: one line names the first of them as the document does.
    expect(text).toContain('Artikel 3.1, lid 1 → Artikel 3.1, lid 2 aanpak.leerling');
    expect(text).toContain('Artikel 3.1, lid 5 → Artikel 3.1, lid 6 aanpak.besluit');
    expect(text).not.toMatch(/3\.1 \d\./);
  });
});

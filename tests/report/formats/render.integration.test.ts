// Issue 29 item 2: every format of every report kind's table (src/report/formats/) renders through its job, and
// what it renders is what its row says: a text for a text format, the bytes of a PDF or a Word file for a binary one.
// A format added to a table with a renderer that makes nothing, or the wrong kind of thing, fails here; a kind
// added without a way to render it here fails the first test.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProject } from '../../../src/io/project.js';
import { describe, expect, it } from 'vitest';
import { ACKNOWLEDGE_REPORT } from '../../../src/report/formats/acknowledge.js';
import { AGENDA_REPORT } from '../../../src/report/formats/agenda.js';
import { loadBrand } from '../../../src/brand/load.js';
import { CHECK_REPORT } from '../../../src/report/formats/check.js';
import { COMPARE_REPORT } from '../../../src/report/formats/compare.js';
import { DEVIATIONS_REPORT } from '../../../src/report/formats/deviations.js';
import { DIFF_REPORT } from '../../../src/report/formats/diff.js';
import { DOSSIER_REPORT } from '../../../src/report/formats/dossier.js';
import { POLICY_REPORT } from '../../../src/build/policy-formats.js';
import { checkFiles } from '../../../src/check/files.js';
import { agendaJob } from '../../../src/jobs/agenda.js';
import { compareJob } from '../../../src/jobs/compare.js';
import { deviationsJob } from '../../../src/jobs/deviations.js';
import { diffJob } from '../../../src/jobs/diff.js';
import { dossierJob } from '../../../src/jobs/dossier.js';
import { renderPolicyFiles } from '../../../src/build/policy.js';
import { discoverPolicies } from '../../../src/io/discover.js';
import { PLAIN } from '../../../src/render/check/text.js';
import { adapted, sectorProject, v11 } from '../../template/support.js';
import { PROJECT_ROOT, policyPath } from '../../support/paths.js';
import { shippedProject } from '../../support/project.js';
import { reportKinds } from './kinds.js';

const APPROVED = policyPath('casparus-college');
const REVISION = join(PROJECT_ROOT, 'policies', 'casparus-college', 'revisions', 'social-media-2.0.md');

/** The row says binary: the bytes of a PDF or of a ZIP package (.docx); else a text with something in it. */
function expectAsRowSays(content: unknown, row: { name: string; binary: boolean }, where: string): void {
  if (row.binary) {
    expect(content, `${where} ${row.name}: bytes`).toBeInstanceOf(Uint8Array);
    const magic = Buffer.from(content as Uint8Array)
      .subarray(0, 5)
      .toString('latin1');
    expect(['%PDF-', 'PK\u0003\u0004'], `${where} ${row.name}: a PDF or a Word package`).toContain(
      magic.startsWith('PK') ? magic.slice(0, 4) : magic,
    );
  } else {
    expect(typeof content, `${where} ${row.name}: text`).toBe('string');
    expect((content as string).trim().length, `${where} ${row.name}: not empty`).toBeGreaterThan(0);
  }
}

describe('every format of every report kind', () => {
  it('is rendered below', async () => {
    const rendered = [
      ACKNOWLEDGE_REPORT,
      CHECK_REPORT,
      DIFF_REPORT,
      COMPARE_REPORT,
      DEVIATIONS_REPORT,
      AGENDA_REPORT,
      POLICY_REPORT,
      DOSSIER_REPORT,
    ];
    expect([...(await reportKinds()).values()].map((kind) => kind.command).sort()).toEqual(
      rendered.map((kind) => kind.command).sort(),
    );
  });

  it('check', () => {
    const results = checkFiles([APPROVED, REVISION]);
    for (const row of CHECK_REPORT.formats)
      expectAsRowSays(row.render({ results, quiet: false, palette: PLAIN }), row, 'check');
  });

  it('diff', async () => {
    for (const row of DIFF_REPORT.formats) {
      const outcome = await diffJob([APPROVED, REVISION], { root: PROJECT_ROOT, format: row.name });
      expectAsRowSays(outcome.content, row, 'diff');
      expect(outcome.defaultFile.endsWith(`.${row.extension}`)).toBe(true);
    }
  });

  it('compare', async () => {
    for (const row of COMPARE_REPORT.formats) {
      const content = await compareJob([policyPath('allure'), policyPath('aloysius')], {
        root: PROJECT_ROOT,
        format: row.name,
      });
      expectAsRowSays(content, row, 'compare');
    }
  });

  it('deviations', () => {
    const made = sectorProject();
    made.write('policies/allure/social-media.md', adapted(v11(), { organisation: 'Stichting Allure' }, 'allure'));
    const template = join(made.root, 'templates', 'sector', 'social-media.md');
    const policy = join(made.root, 'policies', 'allure', 'social-media.md');
    for (const row of DEVIATIONS_REPORT.formats)
      expectAsRowSays(
        deviationsJob([policy], { template, format: row.name, project: findProject(made.root) }).content,
        row,
        'deviations',
      );
  });

  it('agenda', () => {
    const policies = join(shippedProject(), 'policies');
    for (const row of AGENDA_REPORT.formats)
      expectAsRowSays(agendaJob([policies], { format: row.name, from: '2026-01-15' }).content, row, 'agenda');
  });

  it('build', async () => {
    const file = join(PROJECT_ROOT, 'policies', 'linde', 'klachtenregeling.md');
    const formats = POLICY_REPORT.formats.map((row) => row.name);
    const outDir = mkdtempSync(join(tmpdir(), 'clausemark-formats-'));
    const { files } = await renderPolicyFiles(file, {
      root: PROJECT_ROOT,
      outDir,
      showIds: false,
      pdfa: false,
      formats,
    });
    expect(files.map((written) => written.format)).toEqual(formats);
    for (const [index, row] of POLICY_REPORT.formats.entries()) {
      expectAsRowSays(files[index]?.bytes, row, 'build');
      expect(files[index]?.output.endsWith(`.${row.extension}`)).toBe(true);
    }
  });

  it('acknowledge', async () => {
    const input = {
      brand: loadBrand('default', { root: PROJECT_ROOT }),
      texts: {
        lang: 'nl',
        title: 'Kennisname Meldcode',
        intro: 'Met uw handtekening bevestigt u dat u de geldende versie kent.',
        changesHeading: 'Wat is gewijzigd',
        noChanges: 'De hele tekst.',
        listHeading: 'Tekenlijst',
        columns: ['Naam', 'Waar', 'Datum', 'Handtekening'] as [string, string, string, string],
        page: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
      },
      policy: { id: 'meldcode', org: 'linde', organisation: 'Stichting De Linde', version: '3.0' },
      changes: [{ number: '2', text: 'De aandachtsfunctionaris is het eerste aanspreekpunt.' }],
      people: [{ name: 'A. Jansen', where: 'De Es' }],
      options: { creationDate: new Date('2026-01-15T00:00:00Z'), producer: 'clausemark', sourceHash: 'sha256:0' },
    };
    for (const row of ACKNOWLEDGE_REPORT.formats) expectAsRowSays(await row.render(input), row, 'acknowledge');
  });

  it('dossier', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clausemark-formats-')), 'dossier.pdf');
    const files = discoverPolicies([join(shippedProject(), 'policies')], []);
    const result = await dossierJob(files, { root: PROJECT_ROOT, org: 'linde', at: '2026-01-15', out });
    const [row] = DOSSIER_REPORT.formats;
    expectAsRowSays(new Uint8Array(readFileSync(result.file)), row!, 'dossier');
  });
});

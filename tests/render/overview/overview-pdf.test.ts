// The board's overview as a PDF (src/render/overview): the fixture foundation's matrix worded in English, rendered
// and read back: A4 landscape, a tint behind a cell only repeating its words, each request numbered under "What to
// do", the overview as data attached, and the same bytes for the same input (out/overview.pdf is replaced only when
// they differ, so an unchanged `start` writes nothing).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../../src/brand/load.js';
import { discoverPolicies } from '../../../src/io/discover.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { renderOverviewPdf, type OverviewPdfInput } from '../../../src/render/overview/index.js';
import { schoolOverview, wordOverview } from '../../../src/report/documents/school-overview.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { needTool } from '../../support/tools.js';
import { ANKER, ANKER_DATE, asks, expectedOverview } from '../../report/documents/school-overview-expected.js';

function input(): OverviewPdfInput {
  const policies = discoverPolicies([join(ANKER, 'policies')], []).map((file) => loadPolicy(file).policy);
  const overview = schoolOverview(policies, ANKER, ANKER_DATE);
  return {
    overviews: overview.organisations.map((organisation) => wordOverview(organisation, overview, { lang: 'en' })),
    title: 'What every school must have',
    lang: 'en',
    brand: loadBrand('default', { root: PROJECT_ROOT }),
    page: (page, pages) => `Page ${page} of ${pages}`,
    json: `${JSON.stringify(overview, null, 2)}\n`,
    options: {
      creationDate: new Date(`${ANKER_DATE}T00:00:00Z`),
      producer: 'clausemark test',
      sourceHash: 'a'.repeat(64),
    },
  };
}

describe('the overview PDF', () => {
  const made = input();
  let bytes: Uint8Array;
  let again: Uint8Array;
  let pdf: string;

  beforeAll(async () => {
    bytes = await renderOverviewPdf(made);
    again = await renderOverviewPdf(input());
    pdf = join(mkdtempSync(join(tmpdir(), 'clausemark-overview-pdf-')), 'overview.pdf');
    writeFileSync(pdf, bytes);
  }, 120_000);

  it('is the same bytes for the same overview', () => {
    expect(Buffer.from(bytes).equals(Buffer.from(again))).toBe(true);
  });

  it('is A4 landscape, with every request numbered under “What to do” in the matrix’s order', (context) => {
    needTool(context.skip, 'pdftotext');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\f/g, '\n');
    const [matrix, toDo] = text.split('\nWhat to do\n');
    // As many requests as the true overview has cells that ask (missing, overdue, a schoolgids late for its school
    // year), each pointed to once from the matrix.
    const asking = Object.values(expectedOverview().rows).flatMap((row) => Object.values(row).filter(asks));
    expect([...matrix!.matchAll(/→ (\d+)/g)].map((found) => Number(found[1]))).toEqual(
      asking.map((_, index) => index + 1),
    );
    expect([...toDo!.matchAll(/^(\d+)\. /gm)].map((found) => Number(found[1]))).toEqual(
      asking.map((_, index) => index + 1),
    );
    expect(toDo).toContain('1. Stichting Het Anker: the law: Medezeggenschapsstatuut at least every 2 years');
    expect(matrix).toContain('missing');
    expect(matrix).toContain('via the board');
  });

  it('names no command for the board that reads it: what starts a missing policy is said in out/overview.html', (context) => {
    needTool(context.skip, 'pdftotext');
    const toDo = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).split('\nWhat to do\n')[1]!;
    // The overview the PDF is made of does offer a command for its missing cells; the page leaves it out.
    expect(made.overviews.flatMap((overview) => overview.toDo).some((item) => item.command)).toBe(true);
    expect(toDo).toMatch(/: no .+ found in /);
    expect(toDo).not.toMatch(/clausemark |--[a-z]/);
  });

  it('carries the overview as data, overview.json', (context) => {
    needTool(context.skip, 'pdfdetach');
    expect(execFileSync('pdfdetach', ['-list', pdf], { encoding: 'utf8' })).toContain('overview.json');
    const out = join(mkdtempSync(join(tmpdir(), 'clausemark-overview-json-')), 'overview.json');
    execFileSync('pdfdetach', ['-savefile', 'overview.json', '-o', out, pdf]);
    expect(readFileSync(out, 'utf8')).toBe(made.json);
  });
});

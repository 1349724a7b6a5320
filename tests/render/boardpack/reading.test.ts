// Issue 12 item 7, the board pack read as a board member would: no two changes under the same heading, no summary
// cut off with "…", one signing row for the decision.
import { describe, expect, it } from 'vitest';
import { boardPackTexts } from '../../../src/report/documents/boardpack.js';
import { diffPolicies } from '../../../src/diff/index.js';
import type { Policy } from '../../../src/model/policy.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { renderBoardPack } from '../../../src/render/boardpack/index.js';
import { reasonText } from '../../support/reasons.js';
import { readPdf, squash, testBrand } from '../../support/pdf.js';
import { PROJECT_ROOT } from './fixtures.js';

const parse = (body: string, version: string): Policy =>
  parsePolicy(`---\nid: t\ntitle: Protocol\norganisation: School\nversion: "${version}"\nlang: nl\n---\n\n${body}`, {
    path: 'policies/school/t.md',
  }).policy;

const BEFORE = [
  '## Regels',
  '',
  '1. De mentor meldt het voorval bij de teamleider en bij de vertrouwenspersoon van de school.',
  '',
  '## Bedenk dat...',
  '',
  '- Een bericht op sociale media direct online staat.',
  '- Online informatie misschien wel eeuwig online staat.',
  '',
].join('\n');
const AFTER = [
  '## Regels',
  '',
  '1. De mentor meldt het voorval binnen twee werkdagen schriftelijk bij de teamleider, de directeur en bij de vertrouwenspersoon van de school, tenzij de leerling daar niet mee instemt.',
  '',
  '## Bedenk dat...',
  '',
  '- Een bericht op sociale media meteen online staat.',
  '- Online informatie vaak eeuwig online staat.',
  '',
].join('\n');

describe('the board pack read as a board member would', () => {
  it('gives changes that share number and heading their own words, wraps the summary instead of cutting it, and asks one signature row', async () => {
    const before = parse(BEFORE, '1');
    const after = parse(AFTER, '2');
    const diff = diffPolicies(before, after);
    const bytes = await renderBoardPack({
      diff,
      policy: after,
      brand: testBrand(),
      texts: boardPackTexts(diff, after, PROJECT_ROOT),
      options: {
        creationDate: new Date(Date.UTC(2024, 0, 1)),
        producer: 'clausemark test',
        sourceHash: 'ef'.repeat(32),
      },
    });
    const readback = await readPdf(bytes);
    const all = readback.pages.join('\n');
    // Two bullets under "Bedenk dat..." (both numbered 2): each card names its own clause.
    expect(squash(all)).toContain(squash('Bedenk dat... — “Een bericht op sociale media meteen'));
    expect(squash(all)).toContain(squash('Bedenk dat... — “Online informatie vaak eeuwig online'));
    // The summary table carries every reason whole.
    const summary = squash(readback.pages[0]!);
    const reasons = diff.changes
      .filter((change) => change.significance === 'substantive')
      .flatMap((change) => change.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(summary).toContain(squash(reasonText(reason, 'nl')));
    // One row to sign for the decision.
    const last = readback.pages[readback.pages.length - 1]!;
    expect(last.match(/vaststelling/gi)?.length).toBe(2); // "Ter vaststelling" and the one row
  });
});

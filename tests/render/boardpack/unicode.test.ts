// Issue 12 item 6 in the board pack and the text report: a change nobody can see is named ("⟨U+200B⟩") and
// explained, never headed "herschreven"; one change is "1 wijziging", not "1 wijzigingen".
import { describe, expect, it } from 'vitest';
import { boardPackTexts } from '../../../src/report/documents/boardpack.js';
import { diffPolicies } from '../../../src/diff/index.js';
import type { Policy } from '../../../src/model/policy.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { renderBoardPack } from '../../../src/render/boardpack/index.js';
import { prepareReport, renderText } from '../../../src/render/diff/index.js';
import { loadLabels } from '../../../src/wording/labels.js';
import { readPdf, testBrand } from '../../support/pdf.js';
import { PROJECT_ROOT } from './fixtures.js';

const parse = (clause: string, version: string): Policy =>
  parsePolicy(
    `---\nid: t\ntitle: Test\norganisation: School\nversion: "${version}"\nlang: nl\n---\n\n## Regels {#regels}\n\n1. {#r.1} ${clause}\n`,
    { path: 'policies/school/t.md' },
  ).policy;

describe('invisible changes and counts in the board pack', () => {
  it('names a zero-width space, says why the change is editorial and counts one change in the singular', async () => {
    const before = parse('Zie de regel.', '1');
    const after = parse('Zie\u200b de regel.', '2');
    const diff = diffPolicies(before, after);
    const bytes = await renderBoardPack({
      diff,
      policy: after,
      brand: testBrand(),
      texts: boardPackTexts(diff, after, PROJECT_ROOT),
      options: {
        creationDate: new Date(Date.UTC(2024, 0, 1)),
        producer: 'clausemark test',
        sourceHash: 'ab'.repeat(32),
      },
    });
    const text = (await readPdf(bytes)).pages.join('\n');
    expect(text).toContain('U+200B');
    expect(text).toContain('alleen onzichtbare tekens gewijzigd');
    expect(text).not.toContain('herschreven');
    expect(text).toContain('1 wijziging: 0 inhoudelijk, 1 redactioneel');
    expect(text).not.toContain('1 wijzigingen');
  });

  it('shows a no-break space that replaced a space in the text report', () => {
    const diff = diffPolicies(parse('Meld dit bij de mentor.', '1'), parse('Meld dit bij\u00a0de mentor.', '2'));
    const report = prepareReport(diff, { labels: loadLabels('nl', { root: PROJECT_ROOT }), lang: 'nl' });
    const text = renderText(report);
    expect(text).toContain('{+⟨U+00A0⟩+}');
    expect(text).toContain('(alleen onzichtbare tekens gewijzigd');
  });
});

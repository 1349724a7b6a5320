// Issue 23 item 1: the deviation register reads a clause with the footnotes it cites, so an exception added to a
// locked clause in a footnote shows the clause as modified (a violation), with the footnote in the redline.
import { describe, expect, it } from 'vitest';
import { deviationsOf } from '../../src/template/deviations.js';
import { adapted, edit, parse, v10 } from './support.js';

const RESPECT = 'en laten iedereen in zijn waarde.';

describe('deviations: footnotes count with the clause that cites them', () => {
  it('the adapted template is verbatim (control)', () => {
    const entry = deviationsOf(v10(), parse(adapted(v10()))).clauses.find((e) => e.id === 'up.respect');
    expect(entry).toMatchObject({ status: 'verbatim', marker: 'locked' });
  });

  it('a footnote adding an exception to locked up.respect makes it modified, a violation', () => {
    let source = edit(adapted(v10()), RESPECT, `${RESPECT}[^uitz]`);
    source = `${source}\n[^uitz]: Behalve tegenover de directie, daar geldt geen fatsoensnorm.\n`;
    const entry = deviationsOf(v10(), parse(source)).clauses.find((e) => e.id === 'up.respect');
    expect(entry).toMatchObject({ status: 'modified', violation: 'locked-modified' });
    const inserted = (entry?.words ?? []).filter((word) => word.op === 'insert').map((word) => word.text);
    expect(inserted.join('')).toContain('Behalve tegenover de directie');
  });
});

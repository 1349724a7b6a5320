// Issue 23 item 1: a footnote is part of the clause that cites it, so a footnote that adds an exception to a locked
// template clause modifies that clause: `check` reports template-locked-modified (the register: tests/template).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/parse/index.js';
import { RULES } from '../../../src/check/rules/index.js';
import { checkWorded, fixture, fixtureProject, sites, type WordedResult } from './helpers.js';

const FILE = fixture('template-locked-modified.md');
const FIXTURE = readFileSync(FILE, 'utf8');
/** Checked where the fixture stands and in its project, so its sector template is found as for the fixture itself. */
const checkText = (source: string): WordedResult =>
  checkWorded(parsePolicy(source, { path: FILE }), RULES, { project: fixtureProject() });
const LOCKED = 'Dit protocol draagt bij aan een goed en veilig school- en onderwijsklimaat.';
const CHANGED = 'Dit protocol draagt bij aan een **sociaal** school- en onderwijsklimaat.';

/** The fixture with the locked clause up.klimaat verbatim, then `withNote` applied. */
function verbatim(withNote: (source: string) => string = (source) => source): string {
  expect(FIXTURE).toContain(CHANGED);
  return withNote(FIXTURE.replace(CHANGED, LOCKED));
}

const exception = (source: string): string =>
  `${source.replace(LOCKED, `${LOCKED}[^uitz]`)}\n[^uitz]: Dit geldt niet voor de bovenbouw.\n`;

describe('a footnote on a locked template clause', () => {
  it('the locked clause copied verbatim, without a footnote, is clean (control)', () => {
    const findings = checkText(verbatim()).findings.filter((f) => f.ruleId === 'template-locked-modified');
    expect(findings).toEqual([]);
  });

  it('a footnote adding an exception is a modification of the locked clause', () => {
    const result = checkText(verbatim(exception));
    const locked = result.findings.filter((f) => f.ruleId === 'template-locked-modified');
    expect(sites(locked)).toEqual(['20:4 error template-locked-modified']);
    expect(locked[0]?.message).toContain('"up.klimaat" is locked');
  });
});
